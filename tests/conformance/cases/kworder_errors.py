# Duplicate and unexpected keyword arguments: CPython's TypeError texts.
def f(**kw):
    return kw


def h(a, b=2):
    return a, b


class C:
    def m(self, **kw):
        return kw

    def n(self, a):
        return a


calls = [
    lambda: f(a=1, **{'a': 2}),
    lambda: f(**{'a': 1}, **{'a': 2}),
    lambda: C().m(x=1, **{'x': 2}),
    lambda: h(1, **{'a': 2}),
    lambda: h(**{'a': 1}, **{'a': 2}),
    lambda: dict(a=1, **{'a': 2}),
    lambda: print(1, **{'sep': 1}, sep=2),
    lambda: h(1, c=5, d=6),
    lambda: h(1, d=5, c=6),
    lambda: h(1, zz=1, b=3, aa=2),
    lambda: C().n(1, z=3, y=4),
    lambda: f(**{1: 2}),
    lambda: len(x=1),
    lambda: h(b=1),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
print(f(**{'a': 1}, b=2))
