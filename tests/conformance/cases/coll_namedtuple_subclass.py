from collections import namedtuple
class Point(namedtuple('Point', 'x y')):
    def norm2(self):
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
print(p, p.norm2(), p.x, p[1], p == (3, 4))
print(p._replace(x=0))
print(sorted([Point(2, 0), Point(1, 9)]))
