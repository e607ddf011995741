"""pywikibot.data.api.QueryGenerator's generator protocol (next, send,
restart) and support_namespace/continuekey on the test wiki: the same
output from real pywikibot 9.6.3 (querygen_more.out) and gowikibot."""
import warnings

import pywikibot
from pywikibot.data.api import ListGenerator, QueryGenerator

site = pywikibot.Site()
gen = QueryGenerator(site=site, parameters={'action': 'query', 'list': 'allusers', 'aulimit': 1})
first = next(gen)
second = gen.send(None)
print(first['name'] < second['name'], sorted(first))
gen.restart()
print(next(gen)['name'] == first['name'])
print(gen.support_namespace(), ListGenerator('allpages', site=site).support_namespace())
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    print(gen.continuekey)
print([str(w.message) for w in log])
gen2 = ListGenerator('allusers', site=site)
names = [u['name'] for u in gen2]
print(len(names) >= 2, names == sorted(names))
try:
    gen3 = ListGenerator('allusers', site=site)
    next(gen3)
    gen3.throw(ValueError('stop here'))
except ValueError as e:
    print('ValueError:', e)
