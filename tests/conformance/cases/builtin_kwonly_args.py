def f(a, *, b, c=3):
    return (a, b, c)
print(repr(f(1, b=2)), repr(f(1, b=2, c=5)))
def g(*, x=1, y, z=3):
    return (x, y, z)
print(repr(g(y=2)), repr(g(x=0, y=0, z=0)))
def h(a, *args, key=None, flag):
    return (a, args, key, flag)
print(repr(h(1, 2, 3, flag=True)))
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
l = lambda *, p, q=2: p + q
print(l(p=1))
class K:
    def m(self, *, a, b=10):
        return a + b
print(K().m(a=1))
