def f(a, *, b, c=3, d, e=5):
    return a, b, c, d, e
print(f(1, b=2, d=4))
print(f(1, d=4, b=2, e=0))
def g(*args, key, default=None):
    return args, key, default
print(g(1, 2, key="k"))
h = lambda *, x, y=1: x + y
print(h(x=1))
