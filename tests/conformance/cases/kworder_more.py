# More keyword-order cases: namedtuple errors, custom mappings after **, collections, keyword-only.
import collections
Point = collections.namedtuple('Point', 'x y z')
pt = Point(1, 2, 3)
for call in [lambda: pt._replace(q=1, r=2), lambda: Point(x=1, y=2, z=3, w=4, v=5), lambda: Point._make([1, 2])]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class M:
    def keys(self):
        return ['k2', 'k1']
    def __getitem__(self, k):
        return k.upper()
def f(*a, **kw):
    return a, kw
print(f(*(i for i in range(3)), **M()))
print(f(1, *[2, 3], x=1, **M()))
def g(**kw):
    kw2 = dict(kw, extra=1)
    return g2(**kw2)
def g2(**kw):
    return kw
print(g(b=2, a=1))
od = collections.OrderedDict(b=1, a=2)
od.update(d=1, c=2)
print(od)
dd = collections.defaultdict(list, z=1, y=2)
print(dd)
c = collections.Counter(b=2, a=1, c=2)
print(c, list(c))
cm = collections.ChainMap(dict(y=1, x=2))
print(list(cm))
import json
print(json.dumps(g(q=1, p=2)))
print(sorted(g(q=1, p=2).items()))
print('%(b)s %(a)s' % dict(b=1, a=2))
class K:
    def __init__(self, a, **kw):
        self.kw = kw
    def __repr__(self):
        return 'K(%r)' % (self.kw,)
print(K(1, y=1, x=2), K(a=0, y=1, x=2))
print(list(map(lambda **k: k, [])))
print(dict(dict(b=1, a=2), d=3, c=4))
print({**dict(b=1, a=2), **dict(d=3, c=4)})
def h(a, b, *, c, d=4, **e):
    return a, b, c, d, e
print(h(1, 2, c=3, z=5, y=6))
print(h(b=2, a=1, d=0, c=3, n=1, m=2))
