"""pywikibot.site.ClosedSite: a wiki closed to read-only mode (family
closed_wikis); write-related look-ups answer without asking the wiki."""
import pywikibot
from pywikibot.exceptions import NoPageError
from pywikibot.site import APISite

__all__ = ('ClosedSite',)


class ClosedSite(APISite):
    """A site closed to read-only mode."""

    def _closed_error(self, notice=''):
        pywikibot.error('Site {} has been closed. {}'.format(self.sitename, notice))

    def page_restrictions(self, page):
        """Every action is restricted to stewards, forever."""
        if not page.exists():
            raise NoPageError(page)
        if not hasattr(page, '_protection'):
            page._protection = dict.fromkeys(('create', 'delete', 'edit', 'move', 'upload'),
                                             ('steward', 'infinity'))
        return page._protection

    def recentchanges(self, **kwargs):
        self._closed_error('No recent changes can be returned.')

    def is_uploaddisabled(self):
        return True

    def newpages(self, **kwargs):
        self._closed_error('No new pages can be returned.')

    def newfiles(self, **kwargs):
        self._closed_error('No new files can be returned.')
