"""API requests pywikibot keeps in <base_dir>/apicache (CachedRequest).

Logs in, then makes the cached requests pywikibot makes: the siteinfo
(has_extension asks for the extensions, with the general part first), a
site._request with an expiry and a data.api.CachedRequest of its own. Then
it creates a page and asks again: the cached answer does not have the new
page until the cache expires, an uncached request has it. The entries are
then listed by pywikibot's scripts/maintenance/cache.py.
"""
import pywikibot
from pywikibot.data import api

site = pywikibot.Site()
site.login()
print('ProofreadPage:', site.has_extension('ProofreadPage'))
print('Cite:', site.has_extension('Cite'))

stats = site._request(expiry=2, parameters={'action': 'query', 'meta': 'siteinfo',
                                            'siprop': 'statistics'})
print(type(stats).__name__, sorted(stats.submit()['query']['statistics']))

params = {'action': 'query', 'list': 'allpages', 'aplimit': 3}


def titles(req):
    data = req.submit()
    return [p['title'] for p in data['query']['allpages']]


first = api.CachedRequest(1, site=site, parameters=params)
print('cached:', titles(first))
print('cache file name is the hash:', first._cachefile_path().name == first._create_file_name())
print(first._cachefile_path().parent.name, len(first._create_file_name()))

page = pywikibot.Page(site, 'AAA cached')
page.text = 'Created after the first cached request.'
page.save(summary='cache-test')

again = api.CachedRequest(1, site=site, parameters=params)
print('cached again:', titles(again))
print('read from the cache:', first._cachetime is None, isinstance(again._cachetime, pywikibot.Timestamp))
print('uncached:', titles(api.Request(site=site, parameters=params)))
fresh = api.CachedRequest(0, site=site, parameters=params)
print('expired:', titles(fresh))
