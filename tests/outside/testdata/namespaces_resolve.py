"""Namespace identifiers the wiki does not have: pywikibot resolves them
before any request and raises KeyError (shalomori123/pywikibot-scripts's
bots ask for namespace 100, which the test wiki lacks)."""
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
