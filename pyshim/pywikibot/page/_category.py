"""pywikibot.page._category as pywikibot 9.6.3 lays it out (the class lives in pywikibot.page)."""
from pywikibot.page import Category  # noqa: F401

__all__ = ('Category',)
