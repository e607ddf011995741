f = lambda a, b={}: (a, b)
print(f(1))
g = lambda *a, **k: (a, sorted(k))
print(g(1, 2, x=3))
h = lambda: {"k": 1}
print(h()["k"])
