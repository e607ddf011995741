"""pywikibot.page._links as pywikibot 9.6.3 lays it out (the names live in pywikibot.page)."""
from pywikibot.page import BaseLink, Link, SiteLink, html2unicode  # noqa: F401

__all__ = ('BaseLink', 'Link', 'SiteLink', 'html2unicode')
