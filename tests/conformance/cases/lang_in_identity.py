# `in` over lists and tuples: identity first, then ==, with the identity
# fallback of objects that have no __eq__ (functions, modules, classes).
import math


def f():
    pass


def g():
    pass


class O:
    pass


class NeverEqual:
    def __eq__(self, other):
        return False


a, b = O(), O()
fs = [f]
print(f in [g], f in [f], f in (g, f), f in {f}, [f].index(f), [g, f].count(f))
print(f in fs, g in fs, f not in fs, g not in fs, f not in (g,))
print(a in [b], a in [a, b], [a, b].index(b), (a, b).count(a), a in {a: 1}, b in (a,))
print(print in [len, print], len in (print,), len not in (print,))
print(math in [math], object() in [None, 1], O in [O], O.__init__ in [O.__init__])
e = NeverEqual()
print(e in [e], e == e, [e].count(e), e in (e,), e not in [e], NeverEqual() in [e])
print([].__contains__(1), [1, 2].__contains__(2), (f,).__contains__(f), list.__contains__([f], f))
print(1 in [1.0, 2], 'a' in ('a', 'b'), 3 not in [1, 2], (1, 2) in [(1, 2)], [1] in [[1]])
print('x' in 'xyz', 2 in {2: 0}, 2 in {2}, 5 in range(10), 'k' in iter(['k']))
five = 5
try:
    1 in five
except TypeError as exc:
    print(exc)
