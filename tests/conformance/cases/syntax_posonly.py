def f(a, b, /, c, *, d=4):
    return a + b + c + d
print(f(1, 2, 3))
print(f(1, 2, c=3, d=10))
g = lambda x, /, y=2: x * y
print(g(5))
def h(a, /):
    return a
print(h("only"))
