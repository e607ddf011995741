"""The interwiki map's entries (pywikibot 9.6.3's site._interwikimap):
_IWEntry(local, url, prefix) whose site is made on first use (the exception
raised making it, if any)."""
import pywikibot

__all__ = ('_IWEntry', '_InterwikiMap')


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


class _InterwikiMap:
    """A site's interwiki map (site._interwikimap): prefix to _IWEntry,
    read from the siteinfo on first use (_map holds it, None until then)."""

    def __init__(self, site):
        self._site = site
        self._map = None

    def reset(self):
        """Forget the entries: the next use reads them again."""
        self._map = None

    @property
    def _iw_sites(self):
        if self._map is None:
            # formatversion 1 marks a local prefix with '', 2 with True
            self._map = {iw['prefix']: _IWEntry(iw.get('local', False) is not False, iw['url'], iw['prefix'])
                         for iw in self._site.siteinfo['interwikimap']}
        return self._map

    def __getitem__(self, prefix):
        """The entry of prefix, once its site is made: KeyError for an
        unknown prefix, the exception making the site raised."""
        if prefix not in self._iw_sites:
            raise KeyError("'{}' is not an interwiki prefix.".format(prefix))
        entry = self._iw_sites[prefix]
        site = entry.site
        if isinstance(site, pywikibot.site.BaseSite):
            return entry
        if isinstance(site, Exception):
            raise site
        raise TypeError('_iw_sites[{}] is wrong type: {}'.format(prefix, type(site)))

    def get_by_url(self, url):
        """The prefixes whose URL is url."""
        return {prefix for prefix, entry in self._iw_sites.items() if entry.url == url}
