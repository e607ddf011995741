class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p.x, p.y, p.norm1(), p.dims, Point.dims)
p.z = 5
print(sorted(vars(p).items()))
Point.dims = 3
print(p.dims)
p.dims = 10
print(p.dims, Point.dims)
del p.dims
print(p.dims)
