def f(
    a,
    *args,
    **kwargs,
):
    return a, list(args), sorted(kwargs)
print(f(1, 2, x=3,))
def g(a, *, b,):
    return a + b
print(g(1, b=2))
print(f(*[1, 2],))
