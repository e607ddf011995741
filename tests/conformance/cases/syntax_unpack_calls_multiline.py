def f(*args, **kw):
    return args, sorted(kw)
a = [1, 2]
print(f(
    *a,
    *a,
    key="v",
))
print(f(
    *a,
))
