"""Namespace identifiers the wiki does not have: pywikibot resolves them
before any request and raises KeyError (shalomori123/pywikibot-scripts's
bots ask for namespace 100, which the test wiki lacks). The namespaces
of list generators (recentchanges, usercontribs, ...) are resolved the
same way (a wiki-maintenance bot's recentchanges(namespaces=[3006])).
Names and '|'-separated strs are accepted there."""
import pywikibot

site = pywikibot.Site()
print([ns.id for ns in site.namespaces.resolve([0, 'User', '2', 'Template'])])
for ns in (100, 'Nosuch', [0, 100, 'Nosuch']):
    try:
        if isinstance(ns, list):
            site.namespaces.resolve(ns)
        else:
            list(site.allpages(namespace=ns, total=1))
    except KeyError as e:
        print(repr(e))
try:
    site.namespaces.resolve([True])
except TypeError as e:
    print('TypeError', e)
for call in (lambda: site.recentchanges(namespaces=[3006], total=1),
             lambda: site.usercontribs(user='Nobody', namespaces='Nosuch', total=1),
             lambda: site.search('x', namespaces=[0, 3006], total=1),
             lambda: site.watchlist_revs(namespaces=[3006], total=1)):
    try:
        list(call())
    except KeyError as e:
        print(repr(e))
for ns in ('Talk', 'Talk|User', [1, 'User'], []):
    print(repr(ns), [c['title'] for c in site.usercontribs(user='Nobody', namespaces=ns, total=1)])
