"""pywikibot.data.api against the test wiki: Request (read and write),
QueryGenerator/ListGenerator/PageGenerator/PropertyGenerator, ParamInfo,
API errors."""
import pywikibot
from pywikibot.data import api
from pywikibot.exceptions import APIError

site = pywikibot.Site()
site.login()

r = api.Request(site=site, parameters={'action': 'query', 'meta': 'siteinfo', 'siprop': 'general'})
print(sorted(r.keys()), r['siprop'], r.action, r.write)
data = r.submit()
print(data['query']['general']['sitename'], 'query' in data)

# keyword parameters (the old form) and | joining of lists
r = api.Request(site=site, action='query', titles=['Api test 1', 'Api test 2'], prop='info')
print(r['titles'])
pages = r.submit()['query']['pages']
print(sorted(p['title'] for p in pages.values()), sorted('missing' in p for p in pages.values()))

# a write: edit with the csrf token
for i in (1, 2, 3):
    req = api.Request(site=site, parameters={
        'action': 'edit', 'title': 'Api test {}'.format(i), 'text': 'text {} [[Api target]]'.format(i),
        'summary': 'data.api test', 'token': site.tokens['csrf']})
    print('write' if req.write else 'read', req['assert'])
    res = req.submit()
    print(res['edit']['result'], res['edit']['title'])

# formatversion 2 is returned as asked
r = api.Request(site=site, parameters={'action': 'query', 'titles': 'Api test 1', 'prop': 'info',
                                        'formatversion': 2})
print(type(r.submit()['query']['pages']).__name__)

# API errors
try:
    api.Request(site=site, parameters={'action': 'query', 'list': 'nosuchlist'}).submit()
except APIError as e:
    print('APIError', e.code)
try:
    api.Request(site=site, parameters={'action': 'nosuchaction'}).submit()
except APIError as e:
    print('APIError', e.code)
try:
    api.Request(site=site, parameters={'titles': 'x'})
except ValueError as e:
    print('ValueError', e)

# generators
gen = api.ListGenerator('allpages', site=site, parameters={'apprefix': 'Api test'})
print([p['title'] for p in gen])
gen = api.ListGenerator('allpages', site=site, parameters={'apprefix': 'Api test'})
gen.set_maximum_items(2)
print([p['title'] for p in gen])
gen = api.ListGenerator('allpages', site=site, parameters={'apprefix': 'Api test'})
gen.set_query_increment(1)
print([p['title'] for p in gen])
gen = api.QueryGenerator(site=site, parameters={'list': 'backlinks', 'bltitle': 'Api target'})
print(sorted(p['title'] for p in gen))
gen = api.PageGenerator('allpages', site=site, parameters={'gapprefix': 'Api test'}, g_content=True)
for page in gen:
    print(type(page).__name__, page.title(), page.exists(), page.text)
gen = api.PropertyGenerator('info', site=site, parameters={'titles': 'Api test 1|Api test 2'})
print(sorted((p['title'], p['ns']) for p in gen))

info = api.ParamInfo(site)
print('edit' in info.action_modules, 'allpages' in info.query_modules)
print(info.parameter('edit', 'title')['name'], info['query+allpages']['prefix'])
