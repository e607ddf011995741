"""pywikibot.site.Namespace and NamespacesDict look names up as pywikibot
9.6.3's: any case, '_' for ' ', a colon on either side (':File:', 'File:'),
and nothing for more colons or text after one. Same output from real
pywikibot 9.6.3 (namespace_names.out) and gowikibot."""
from pywikibot.site import Namespace, NamespacesDict

ns = Namespace(id=6, custom_name='dummy', canonical_name='File', aliases=['Image', 'Immagine'])
for name in ('dummy', 'Dummy', 'file', 'File', ':File', ':File:', 'File:', 'image', 'Image', '::File',
             'File::', ':File::', 'Fi le', 'File:x', '', ':', 'immagine'):
    print(repr(name), name in ns, ns == name, Namespace.normalize_name(name))
main = Namespace(id=0, canonical_name='', custom_name='')
print('' in main, ':' in main, main == '')
spaces = NamespacesDict(Namespace.builtin_namespaces())
for name in ('project', 'PROJECT', 'Project:', 'project talk', 'Project_Talk:', ':user:', 'User talk',
             'user_talk', '::User', 'Category:Foo', 'nothing', '', 'Media', ':Special:'):
    found = spaces.lookup_name(name)
    print(repr(name), None if found is None else int(found), name in spaces)
print(spaces['Project talk:'].id, spaces[':template'].id)
