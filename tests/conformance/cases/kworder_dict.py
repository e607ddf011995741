# dict(...) and friends build dicts in keyword order.
import collections

print(dict(zeta=1, alpha=2, mid=3))
print(list(dict(b=1, a=2)))
print(dict({'m': 1}, z=2, y=3))
print(dict([('q', 1), ('p', 2)], b=3, a=4))
print(dict({'a': 1}, a=2, b=3))
d = {'x': 1}
d.update(w=2, v=3)
print(d)
d.update({'u': 4}, t=5, s=6)
print(d)
od = collections.OrderedDict(c=1, b=2, a=3)
print(list(od), od)
ordered = {'k2': 2, 'k1': 1, 'k3': 3}


def f(**kw):
    return list(kw.items())


print(f(**ordered))
print(f(first=0, **ordered))
print(f(**ordered, last=9))
print(f(**{'b': 1}, **{'a': 2}))
print(f(a0=0, **ordered, z9=9, **{'m5': 5}))
print(dict(**ordered))
print(dict(**ordered, zz=1))
print(dict(ordered, zz=1, aa=2))
Point = collections.namedtuple('Point', 'x y z')
pt = Point(z=3, y=2, x=1)
print(pt)
print(pt._replace(z=30, x=10))
print(pt._asdict())
merged = {**ordered, 'new': 1}
print(merged)
print(dict.fromkeys(['y', 'x']))
kwargs = dict(sep='-', end='!\n')
print('a', 'b', **kwargs)
print('{b}{a}'.format(b=1, a=2), '{a}{b}'.format(**dict(b=1, a=2)))
