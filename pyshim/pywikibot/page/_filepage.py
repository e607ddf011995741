"""pywikibot.page._filepage as pywikibot 9.6.3 lays it out (the classes live in pywikibot.page)."""
from pywikibot.page import FileInfo, FilePage  # noqa: F401

__all__ = ('FileInfo', 'FilePage')
