def f(*args, **kw):
    return list(args), sorted(kw), [kw[k] for k in sorted(kw)]
a = [1, 2]
b = (3,)
print(f(*a, *b))
print(f(0, *a, 4, *b, 5))
print(f(**{"x": 1}, **{"y": 2}))
print(f(*a, x=1, *b))
print(f(1, **{"a": 2}, b=3))
