def f(x):
    raise KeyError(x)
f("k")
