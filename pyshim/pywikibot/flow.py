"""pywikibot.flow: the boards and topics of the Flow (StructuredDiscussions)
extension, deprecated in pywikibot 9.4.

gowikibot has the classes; on a site without the extension they raise
UnknownExtensionError('site is not Flow-enabled') as pywikibot does.
Reading and writing Flow boards is not implemented.
"""
import pywikibot
from pywikibot import config  # noqa: F401 (pywikibot.flow.config, as pywikibot's)
from pywikibot._extensions import has_extension
from pywikibot.exceptions import LockedPageError, NoPageError, UnknownExtensionError  # noqa: F401
from pywikibot.page import BasePage, User  # noqa: F401 (as pywikibot's)
from pywikibot.tools import (  # noqa: F401 (as pywikibot's)
    ModuleDeprecationWrapper,
    cached,
    deprecated_args,
    suppress_warnings,
)

# the deprecation warning of the Flow methods of APISite (pywikibot 9.4),
# which pywikibot's flow module suppresses
FLOW_WARNING = (r'pywikibot\.site\._extensions\.(Thanks)?FlowMixin\.[a-z_]+ '
                r'is deprecated since release 9\.4\.0\.')

__all__ = ('Board', 'FlowPage', 'Post', 'Topic')


class FlowPage(pywikibot.page.BasePage):
    """A page of the Flow extension."""

    def __init__(self, source, title=''):
        site = source if isinstance(source, pywikibot.site.APISite) else source.site
        if not has_extension(site, 'Flow'):
            raise UnknownExtensionError('site is not Flow-enabled')
        raise NotImplementedError('Flow pages are not implemented by gowikibot')


class Board(FlowPage):
    """A Flow discussion board."""


class Topic(FlowPage):
    """A Flow topic."""


class Post:
    """A post of a Flow topic."""

    def __init__(self, page, uuid):
        if not isinstance(page, Topic):
            raise TypeError('Page must be a Topic object')
        self.page = page
        self._uuid = uuid
