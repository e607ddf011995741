# The @ operator (PEP 465): __matmul__, __rmatmul__, __imatmul__, @= and
# its precedence among the other operators (shown by an expression class
# that records how it was combined).


class E:
    def __init__(self, s):
        self.s = s

    def __repr__(self):
        return self.s

    def _bin(op):
        def f(self, other):
            return E('(%r %s %r)' % (self, op, other))

        def r(self, other):
            return E('(%r %s %r)' % (other, op, self))
        return f, r

    __matmul__, __rmatmul__ = _bin('@')
    __mul__, __rmul__ = _bin('*')
    __truediv__, __rtruediv__ = _bin('/')
    __floordiv__, __rfloordiv__ = _bin('//')
    __mod__, __rmod__ = _bin('%')
    __add__, __radd__ = _bin('+')
    __sub__, __rsub__ = _bin('-')
    __pow__, __rpow__ = _bin('**')
    __lshift__, __rlshift__ = _bin('<<')
    __and__, __rand__ = _bin('&')

    def __neg__(self):
        return E('(-%r)' % self)

    def __invert__(self):
        return E('(~%r)' % self)

    def __getitem__(self, k):
        return E('%r[%r]' % (self, k))

    def __call__(self, *a):
        return E('%r(%s)' % (self, ', '.join(map(repr, a))))


a, b, c, d = E('a'), E('b'), E('c'), E('d')
print(a @ b)
print(a @ b @ c)
print(a * b @ c, a @ b * c, a / b @ c // d, a % b @ c)
print(a + b @ c, a @ b + c, a - b @ c - d, a @ b << c, a & b @ c)
print(-a @ b, a @ -b, ~a @ b, a @ b ** c, a ** b @ c, a @ -b ** c)
print(a[1] @ b(2), (a + b) @ (c - d), a @ b[c] @ d, [a @ b, c @ d], {'k': a @ b})
print(f(a) @ b if (f := (lambda x: x)) else None)
print(a @ (b @ c), 2 @ a, a @ 2, a @b@ c)
print(a @
      b)
x = a
x @= b
print(x)
x @= c @ d
print(x)


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        if not isinstance(other, M):
            return NotImplemented
        return M(self.v * other.v)

    def __rmatmul__(self, other):
        return M(other * self.v + 1000)

    def __imatmul__(self, other):
        self.v += other.v
        return self

    def __repr__(self):
        return 'M(%r)' % self.v


class Sub(M):
    def __rmatmul__(self, other):
        return 'Sub.__rmatmul__ first'


m = M(2)
print(m @ M(3), 5 @ m, m @ Sub(1))
n = m
n @= M(5)
print(n, n is m)
y = 3
try:
    y @= 4
except TypeError as e:
    print(e)
for l, r in ((1, 2), ('s', [1]), (M(1), 'x')):
    try:
        l @ r
    except TypeError as e:
        print(e)
print(eval('m @ M(10)'))
ns = {}
exec('z = E("p") @ E("q")', {'E': E}, ns)
print(ns['z'])


def deco(fn):
    return fn


@deco
def g():
    return a @ b


print(g())
