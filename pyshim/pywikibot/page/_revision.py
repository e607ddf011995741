"""pywikibot.page._revision as pywikibot 9.6.3 lays it out (the class lives in pywikibot.page)."""
from pywikibot.page import Revision  # noqa: F401

__all__ = ('Revision',)
