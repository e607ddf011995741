# Exception instances keep attributes under any name, however the name
# reaches them: attribute syntax, getattr/setattr/hasattr/delattr with a
# computed name, the instance's __dict__, exec'd code, a name used elsewhere
# only as a global or an import.
import json

dumps = 1  # a global only


class Fail(Exception):
    pass


e = Fail('x')
name = 'computed_' + 'name'
setattr(e, name, 1)
print(getattr(e, name), hasattr(e, name), hasattr(e, name + '_not'))
g = {'e': e}
exec('print(e.computed_name)', g)
e.__dict__['via_dict'] = 2
print(e.via_dict, getattr(e, 'via' + '_dict'))
e.dumps = 3  # the name of an imported function and a global here
print(e.dumps, dumps, json.dumps([e.dumps]))
e.count = 1
e.count += 1
print(e.count)
del e.count
print(hasattr(e, 'count'))
try:
    e.count
except AttributeError as err:
    print('AttributeError:', err)
delattr(e, name)
print(hasattr(e, name), sorted(k for k in vars(e)))
setattr(e, 'only' + '_set_by_setattr', 4)
print(vars(e)['only_set_by_setattr'], getattr(e, 'only_set_by_setattr'))
v = ValueError('plain')
try:
    getattr(v, 'never' + '_set')
except AttributeError as err:
    print('AttributeError:', err)
print(getattr(v, 'never_set_either', 'default'))


class WithFallback(Exception):
    def __getattr__(self, attr):
        return 'fallback ' + attr


w = WithFallback()
print(w.anything, getattr(w, 'any' + 'thing_else'))
w.anything = 'set'
print(w.anything)
