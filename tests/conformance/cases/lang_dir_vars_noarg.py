# dir() and vars() without an argument: the names of the calling scope
# (module, function, closure, comprehension, class body).
import os
a = 1
print([n for n in dir() if not n.startswith("__")], sorted(k for k in vars() if not k.startswith("__")))
def f(x, y=2):
    z = 3
    def g():
        return x
    print(dir(), sorted(vars()))
    return [dir() for _ in range(1)]
print(f(1))
class C:
    p = 1
    print(dir())
print(vars() is globals())
try:
    dir(1, 2)
except TypeError as e:
    print(e)
