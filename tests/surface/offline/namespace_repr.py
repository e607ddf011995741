"""Namespace's repr as pywikibot 9.6.3's: the id, the names and the
aliases, then every other attribute (the keyword arguments, or set later)
by name; eval of the repr gives an equal namespace. The File namespaces
have Image aliases by default. Same output from real pywikibot 9.6.3
(namespace_repr.out) and gowikibot."""
from pywikibot.site import Namespace

a = Namespace(id=0, canonical_name='Foo')
print(repr(a))
a.defaultcontentmodel = 'bar'
print(repr(a))
a.case = 'upper'
print(repr(a))
b = eval(repr(a))
print(a == b, b.case, b.defaultcontentmodel)
print(repr(Namespace(14, custom_name='Kategorie', aliases=['Cat'], subpages='', content=True)))
print(repr(Namespace(6)), repr(Namespace(7)), repr(Namespace(10, 'Template', aliases=[])))
n = Namespace(2, 'User', 'Benutzer', nonincludable=False)
print(repr(n), n.nonincludable, n.canonical_name, n.custom_name)
