"""The interwiki map's entries (pywikibot 9.6.3's site._interwikimap):
_IWEntry(local, url, prefix) whose site is made on first use (the exception
raised making it, if any)."""
import pywikibot

__all__ = ('_IWEntry',)


class _IWEntry:
    """An interwiki prefix's target: whether it is local, its URL, and the
    site, made on first use."""

    def __init__(self, local, url, prefix=None):
        self._site = None
        self.local = local
        self.url = url
        self.prefix = prefix

    @property
    def site(self):
        """The site of the URL, or the exception raised making it."""
        if self._site is None:
            try:
                self._site = pywikibot.Site(url=self.url, fam=None if self.local else self.prefix)
            except Exception as e:
                self._site = e
        return self._site
