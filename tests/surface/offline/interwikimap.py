"""site._interwikimap is pywikibot 9.6.3's _InterwikiMap: _map (None
until read from the siteinfo) holds prefix -> _IWEntry; indexing gives
the entry once its site is made (KeyError for an unknown prefix, the
site's exception raised); interwiki and local_interwiki go through it;
get_by_url and reset. (A stand-in site: a real one asks the wiki who
we are when made.) Same output from real pywikibot 9.6.3
(interwikimap.out) and gowikibot."""
import pywikibot
from pywikibot.exceptions import UnknownSiteError
from pywikibot.site._interwikimap import _InterwikiMap, _IWEntry

from pywikibot.site import APISite, BaseSite

en, de = BaseSite('en', 'wikipedia'), BaseSite('de', 'wikipedia')


class Stand:
    """Stands for an APISite (a real one would ask the wiki who we are)."""

    def __init__(self):
        self._interwikimap = _InterwikiMap(self)

    def interwiki(self, prefix):
        return APISite.interwiki(self, prefix)

    def local_interwiki(self, prefix):
        return APISite.local_interwiki(self, prefix)


stand = Stand()
iw = stand._interwikimap
print(type(iw).__name__, iw._map, iw._site is stand)

mapping = {'de': _IWEntry(False, 'https://de.wikipedia.org/wiki/$1'),
           'en': _IWEntry(True, 'https://en.wikipedia.org/wiki/$1'),
           'bug': _IWEntry(False, 'invalid')}
mapping['de']._site = de
mapping['en']._site = en
mapping['bug']._site = UnknownSiteError('Not a wiki')
iw._map = mapping
iw._site = None

print(stand.interwiki('de') is de, stand.interwiki('en') is en, stand.local_interwiki('en'), stand.local_interwiki('de'))
print(iw['de'] is mapping['de'], sorted(iw.get_by_url('https://de.wikipedia.org/wiki/$1')), iw.get_by_url('x'))
for call in (lambda: stand.interwiki('bug'), lambda: stand.interwiki('nope'), lambda: iw['nope'],
             lambda: stand.local_interwiki('bug')):
    try:
        call()
    except (KeyError, UnknownSiteError) as e:
        print(type(e).__name__, e)
mapping['odd'] = _IWEntry(False, 'odd')
mapping['odd']._site = 'not a site'
try:
    iw['odd']
except TypeError as e:
    print('TypeError', e)
iw.reset()
print(iw._map)

entry = _IWEntry(False, 'x', prefix='p')
print(entry.local, entry.url, entry.prefix, entry._site)
other = _InterwikiMap('stand-in')
print(other._site, other._map)
