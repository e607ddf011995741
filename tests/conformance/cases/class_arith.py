class M:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return M(self.v + (o.v if isinstance(o, M) else o))
    def __radd__(self, o):
        return M(o + self.v)
    def __sub__(self, o):
        return M(self.v - o)
    def __rsub__(self, o):
        return M(o - self.v)
    def __mul__(self, o):
        return M(self.v * o)
    def __rmul__(self, o):
        return M(self.v * o * 10)
    def __truediv__(self, o):
        return M(self.v / o)
    def __floordiv__(self, o):
        return M(self.v // o)
    def __mod__(self, o):
        return M(self.v % o)
    def __pow__(self, o):
        return M(self.v ** o)
    def __neg__(self):
        return M(-self.v)
    def __pos__(self):
        return M(+self.v)
    def __abs__(self):
        return M(abs(self.v))
    def __invert__(self):
        return M(~self.v)
    def __repr__(self):
        return "M(%r)" % (self.v,)
m = M(7)
print(m + M(1), m + 2, 3 + m, m - 1, 10 - m, m * 2, 2 * m)
print(m / 2, m // 2, m % 4, m ** 2, -m, +m, abs(M(-3)), ~m)
