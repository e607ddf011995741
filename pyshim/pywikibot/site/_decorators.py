"""Decorators of site methods (pywikibot 9.6.3's site._decorators): the
method runs only when the user is in a group or has a right, or when the
wiki has an extension or a MediaWiki version."""
import os
from textwrap import fill

from pywikibot._deprecate import manage_wrapping
from pywikibot.exceptions import UnknownExtensionError, UserRightsError

__all__ = ('CLOSED_WIKI_MSG', 'must_be', 'need_extension', 'need_right', 'need_version')

CLOSED_WIKI_MSG = 'Site {site} has been closed. Only steward can perform requested action.'


def _closed(site):
    """UserRightsError when site is closed and the user no steward."""
    if not site.has_group('steward'):
        raise UserRightsError(CLOSED_WIKI_MSG.format(site=site))


def must_be(group=None):
    """The method requires the user to be in group (the keyword argument
    as_group of a call overrides it)."""
    def decorator(fn):
        def callee(self, *args, **kwargs):
            grp = kwargs.pop('as_group', group)
            if self.obsolete:
                _closed(self)
            elif not self.has_group(grp):
                raise UserRightsError('User "{}" is not part of the required user group "{}"'
                                      .format(self.user(), grp))
            return fn(self, *args, **kwargs)
        manage_wrapping(callee, fn)
        return callee
    return decorator


def need_extension(extension):
    """The method requires the wiki to have extension."""
    def decorator(fn):
        def callee(self, *args, **kwargs):
            if not self.has_extension(extension):
                raise UnknownExtensionError('Method "{}" is not implemented without the extension {}'
                                            .format(fn.__name__, extension))
            return fn(self, *args, **kwargs)
        manage_wrapping(callee, fn)
        return callee
    return decorator


def need_right(right=None):
    """The method requires the user to have right (None: any user)."""
    def decorator(fn):
        def callee(self, *args, **kwargs):
            if self.obsolete:
                _closed(self)
            elif right is not None and not self.has_right(right):
                if os.environ.get('PYWIKIBOT_TEST_RUNNING', '0') == '1':
                    rights = ' but:\n' + fill(str(sorted(self.userinfo['rights'])), width=76,
                                              break_on_hyphens=False)
                else:
                    rights = '.'
                raise UserRightsError('User "{}" does not have required user right "{}" on site {}{}'
                                      .format(self.user(), right, self, rights))
            return fn(self, *args, **kwargs)
        manage_wrapping(callee, fn)
        return callee
    return decorator


def need_version(version):
    """The method requires MediaWiki version or newer."""
    def decorator(fn):
        def callee(self, *args, **kwargs):
            from pywikibot.tools import MediaWikiVersion
            if MediaWikiVersion(self.version()) < MediaWikiVersion(version):
                raise NotImplementedError('Method or function "{}"\nisn\'t implemented in MediaWiki '
                                          'version < {}'.format(fn.__name__, version))
            return fn(self, *args, **kwargs)
        manage_wrapping(callee, fn)
        return callee
    return decorator
