"""NamespacesDict._namespace_names, pywikibot 9.6.3's index of a site's
namespace names (each name lower-case, the Namespace), and names a script
adds to it: NamespacesDict looks them up (lookup_name, lookup_normalized_name,
'in' and []), as pywikibot's own api_tests do for a project namespace's
custom name. Same output from real pywikibot 9.6.3 (namespace_names_index.out)
and gowikibot."""
from pywikibot.site import Namespace, NamespacesDict

spaces = NamespacesDict(Namespace.builtin_namespaces())
index = spaces._namespace_names
print(type(index).__name__)
for name in sorted(index):
    print(repr(name), index[name].id)
print(repr(spaces.lookup_name('Wikipedia')), 'Wikipedia' in spaces)
spaces[4].custom_name = 'Wikipedia'
spaces._namespace_names['wikipedia'] = spaces[4]
print(spaces.lookup_name('Wikipedia').id, spaces.lookup_normalized_name('wikipedia').id,
      'Wikipedia' in spaces, spaces['Wikipedia:'].id, spaces.resolve('wikipedia')[0].id)
print(spaces.lookup_name('Project').id, spaces.lookup_name('project talk').id)
