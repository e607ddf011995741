# A module's globals() dict keeps dict's methods when the module defines
# globals of the same names (get, keys, items, ...), and so does a
# function's **kwargs dict with such keys.
get = 'global get'
keys = 3
items = ['x']
values = None
update = pop = setdefault = copy = clear = 0


def show(*parts):
    print(*parts)


g = globals()
show(globals().get('get'), globals().get('missing', 'default'), g.get('keys'))
show('keys' in globals().keys(), len([k for k, v in g.items() if k == 'items']))
show(g.setdefault('added', 7), added, g.pop('added'), 'added' in g)
g.update({'made_by_update': 1})
show(made_by_update, type(g.copy()).__name__, g.copy()['keys'])
show(list(x for x in g.values() if x == 'global get'))


def with_kwargs(**kwargs):
    return kwargs.get('get'), sorted(kwargs.keys()), sorted(kwargs.items())


show(with_kwargs(get=1, keys=2, items=3))
namespace = {}
exec('get = 5\nresult = globals().get("get")', namespace)
show(namespace['result'], namespace.get('get'))


class Holder:
    get = 'class attribute'
    items = 'class items'

    def keys(self):
        return 'method keys'


h = Holder()
show(h.get, h.items, h.keys(), Holder.get, vars(Holder).get('get'))
try:
    (5).get
except AttributeError as exc:
    show(exc)
import os

try:
    os.items
except AttributeError as exc:
    show(exc)
