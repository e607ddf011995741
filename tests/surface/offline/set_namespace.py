"""api.ListGenerator.set_namespace as pywikibot 9.6.3's for a module that
takes several namespaces: the namespaces (numbers, names, Namespaces, a
'|'-separated str) are resolved by the site (KeyError for one it does not
have, TypeError for None), the request's namespace parameter is their
numbers, an empty list lifts the restriction, and it returns None. The
site's login is patched out and its namespaces and parameter information
set, so nothing is asked from the wiki. Same output from real pywikibot
9.6.3 (set_namespace.out) and gowikibot."""
import pywikibot
from pywikibot.data import api
from pywikibot.site import APISite, Namespace, NamespacesDict
from pywikibot.tools import MediaWikiVersion

APISite.login = lambda self, *args, **kwargs: None
APISite.logged_in = lambda self: False
APISite.mw_version = MediaWikiVersion('1.39.0')


class ParamInfo(dict):
    def parameter(self, module, name):
        return self[module].get(name)

    def fetch(self, modules):
        return None


site = pywikibot.Site('test', 'wikipedia')
site._namespaces = NamespacesDict(Namespace.builtin_namespaces())
site._paraminfo = ParamInfo({'query+allpages': {'prefix': 'ap', 'limit': {'max': 10},
                                                'namespace': {'multi': True}}})
gen = api.ListGenerator(listaction='allpages', site=site)
print(gen.support_namespace())
for value in (0, [0, 1], 'Talk', '0|10', [site.namespaces[6], 'Category'], [], 10000, None, '12|nosuch'):
    try:
        result = gen.set_namespace(value)
    except Exception as e:
        print(repr(value), type(e).__name__, gen.request.get('apnamespace'))
    else:
        print(repr(value), result, gen.request.get('apnamespace'))
