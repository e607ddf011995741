"""api.QueryGenerator.set_namespace consults the module's parameter
information as pywikibot 9.6.3's does (a generator built from parameters):
AssertionError when no module of the query has a limit; for a module
without a namespace parameter a warning, a FutureWarning and False; for a
module that takes one namespace, TypeError for several (or none), except
for log events, which are then filtered by namespace as they come. The
site's login is patched out and its namespaces and parameter information
set, so nothing is asked from the wiki. Same output from real pywikibot
9.6.3 (set_namespace_paraminfo.out) and gowikibot (everything on stderr,
in order)."""
import sys
import warnings

import pywikibot
from pywikibot.data import api
from pywikibot.site import APISite, Namespace, NamespacesDict
from pywikibot.tools import MediaWikiVersion

APISite.login = lambda self, *args, **kwargs: None
APISite.logged_in = lambda self: False
APISite.mw_version = MediaWikiVersion('1.39.0')


class ParamInfo(dict):
    def parameter(self, module, name):
        return self.get(module, {}).get(name)

    def fetch(self, modules):
        return None


site = pywikibot.Site('test', 'wikipedia')
site._namespaces = NamespacesDict(Namespace.builtin_namespaces())
site._paraminfo = ParamInfo({
    'query+querypage': {'prefix': 'qp', 'limit': {'max': 10}},
    'query+allpages': {'prefix': 'ap', 'limit': {'max': 10}, 'namespace': {'multi': True}},
    'query+alllinks': {'prefix': 'al', 'limit': {'max': 10}, 'namespace': {'default': 0}},
    'query+logevents': {'prefix': 'le', 'limit': {'max': 10}, 'namespace': {'default': 0}},
    'query+links': {'prefix': 'pl'},
})


def attempt(gen, key, value):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            result = gen.set_namespace(value)
        except Exception as e:
            result = '{}: {}'.format(type(e).__name__, e)
    print('  ', repr(value), result, gen.request.get(key), file=sys.stderr)
    for w in caught:
        print('   ', w.category.__name__, w.message, file=sys.stderr)


for make, key, values in (
        (lambda: api.PageGenerator(site=site, generator='links', parameters={'titles': 'test'}),
         'gplnamespace', (0, [0, 1], None)),
        (lambda: api.ListGenerator(listaction='querypage', site=site), 'qpnamespace', ([0, 1], 0)),
        (lambda: api.ListGenerator(listaction='alllinks', site=site), 'alnamespace',
         ([0, 1], 0, 'Talk', [], None, [14])),
        (lambda: api.ListGenerator(listaction='allpages', site=site), 'apnamespace', ([0, 1], [])),
        (lambda: api.LogEntryListGenerator(site=site), 'lenamespace', ([0, 1], 2))):
    gen = make()
    print(type(gen).__name__, gen.modules, file=sys.stderr)
    for value in values:
        attempt(gen, key, value)
gen = api.LogEntryListGenerator(site=site)
gen.set_namespace([2, 3])
print(sorted(gen._namespaces), file=sys.stderr)
