"""A list query of at most 10 items, 4 a request (reqcount_test.go)."""
import pywikibot
from pywikibot.data import api

site = pywikibot.Site()
gen = api.ListGenerator('allpages', site=site, parameters={'apnamespace': 0, 'apprefix': 'Page 1'})
gen.set_query_increment(4)
gen.set_maximum_items(10)
for item in gen:
    print(item['title'])
