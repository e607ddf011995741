"""pywikibot.data.api.ParamInfo's module helpers on the test wiki
(submodules, module_paths, normalize_modules, attributes, prefix_map,
normalize_paraminfo): the same output from real pywikibot 9.6.3
(paraminfo_more.out) and gowikibot."""
import warnings

import pywikibot
from pywikibot.data.api import ParamInfo

site = pywikibot.Site()
pi = ParamInfo(site, preloaded_modules={'edit'})
print(sorted(pi.root_modules), sorted(pi.init_modules), pi.param_modules)
query = pi.submodules('query')
print(len(query) > 50, sorted(query & {'info', 'revisions', 'allpages', 'siteinfo', 'tokens'}))
print(sorted(pi.submodules('query', path=True) & {'query+info', 'query+allpages'}))
paths = pi.module_paths
print(len(paths) > 100, sorted(paths & {'edit', 'query', 'query+info', 'query+allpages', 'parse'}))
print(sorted(pi.normalize_modules(['info', 'edit', 'allpages', 'query+revisions', 'unknown'])))
print(sorted(pi.normalize_modules('info|parse')))
print(sorted(pi.attributes('prefix', {'query+allpages', 'edit', 'query+info'}).items()))
prefixes = pi.prefix_map
print(prefixes['query+allpages'], prefixes['query+revisions'], 'edit' in prefixes)
data = {'paraminfo': {'modules': [{'path': 'a', 'x': 1}, {'path': 'b', 'missing': ''}, {'path': 'a', 'x': 2},
                                  {'path': 'a', 'x': 3}, {'path': 'c', 'x': 4}]}}
print(ParamInfo.normalize_paraminfo(data))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    print(sorted(ParamInfo.paraminfo_keys), sorted(pi.preloaded_modules))
print([str(w.message) for w in log])
