from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1])
q = Point(x=3, y=4)
print(q, Point._fields)
x, y = q
print(x, y, len(q), list(q), tuple(q))
print(p == (1, 2), p == Point(1, 2), p != q)
print(isinstance(p, tuple))
