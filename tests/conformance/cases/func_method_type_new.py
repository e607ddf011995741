# types.MethodType(function, instance) binds any callable to any object but
# None, with CPython's argument errors; a bound Go function (print, len)
# gets the object as its first argument, a method of the object's own type
# (list.append) binds as list's own bound method does.
import types


class C:
    pass


def f(self, x):
    return (type(self).__name__, x)


o = C()
m = types.MethodType(f, o)
print(m(3), m.__self__ is o, m.__func__ is f, type(m).__name__, m.__name__)
print(type(m) is type(C().__init__), isinstance(m, types.MethodType))

for args, kw in [((f,), {}), ((f, o, 1), {}), ((1, o), {}), ((f, None), {}), ((f, o), {'x': 1}), ((), {})]:
    try:
        types.MethodType(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)

C.g = types.MethodType(f, C)
print(C.g(4), C().g(5))

p = types.MethodType(print, 'obj')
p('x', sep='-')
print(p.__func__ is print, p.__name__, p.__self__)
print(types.MethodType(len, [1, 2])())
a = types.MethodType(list.append, [1])
a(2)
print(a.__self__)


class Site:
    def __init__(self):
        self.calls = []


def patched_request(self, **kw):
    self.calls.append(sorted(kw))
    return 'dry'


# as pywikibot's dry tests patch one object's method
s = Site()
s.request = types.MethodType(patched_request, s)
print(s.request(action='query', titles='X'), s.calls)

# repr, equality and hash of bound methods
print(repr(types.MethodType(print, s)).replace(repr(s), 'S'))
m1, m2 = types.MethodType(patched_request, s), types.MethodType(patched_request, s)
print(m1 == m2, hash(m1) == hash(m2), m1 is m2, len({m1, m2, s.request}))
print(o.__init__ == o.__init__, hash(s.__init__) == hash(s.__init__), len({s.__init__, s.__init__}))
print(types.MethodType(f, o) == types.MethodType(f, C()), hash(types.MethodType(len, 'x')) == hash(types.MethodType(len, 'x')))
