from pywikibot.tools.collections import SizedKeyCollection, DequeGenerator, EMPTY_DEFAULT, GeneratorWrapper, RateLimit
class P:
    def __init__(s, k, v): s.k, s.v = k, v
    def __repr__(s): return 'P({},{})'.format(s.k, s.v)
c = SizedKeyCollection('k')
c.append(P('a', 1)); c.append(P('b', 2)); c.append(P('a', 3))
print(len(c), list(c), 'a' in c, c['a'])
print(list(c.filter('a')), len(c))
d = DequeGenerator([1, 2])
for x in d:
    print(x)
    if x == 1: d.append(5)
print('%s' % EMPTY_DEFAULT, '%(x)s' % {'x': 1}, len(EMPTY_DEFAULT), dict(EMPTY_DEFAULT))
class G(GeneratorWrapper):
    @property
    def generator(self):
        yield 1; yield 2
g = G(); print(list(g)); g.restart(); print(next(g))
print(RateLimit('x', 5, 60), RateLimit())
c.remove(P("a", 99)); print(len(c), list(c.iter_values_len()))
l = RateLimit('user', 500, 10); print(l.delay, l.ratio, l._replace(seconds=0).ratio, l[0], l[-1])
