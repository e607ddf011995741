class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        if o == 0:
            return self
        return self + o
    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)
print(sum([Vec(1, 2), Vec(3, 4), Vec(5, 6)]))
print(sum([Vec(1, 1)], Vec(10, 10)))
