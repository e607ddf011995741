# sys._getframe: f_code, f_lineno, f_globals, f_locals and f_back through
# functions, generators, comprehensions, class bodies and the module.
import sys
f = sys._getframe()
import os
print(os.path.basename(f.f_code.co_filename), f.f_lineno, f.f_globals['__name__'], f.f_back, f.f_code.co_name)
def inner():
    fr = sys._getframe(1)
    return fr.f_code.co_name, fr.f_lineno, sorted(sys._getframe(0).f_locals), sorted(fr.f_locals)
def outer(a, b=2):
    q = 1
    return inner()
print(outer(5))
def gen():
    yield sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print(list(gen()))
print([sys._getframe().f_code.co_name for _ in range(1)])
class K:
    name = sys._getframe().f_code.co_name
print(K.name)
def deep(n):
    if n == 0:
        out = []
        f = sys._getframe()
        while f is not None:
            out.append((f.f_code.co_name, f.f_lineno))
            f = f.f_back
        return out
    return deep(n - 1)
print(deep(3))
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
print(outer.__code__.co_flags, (lambda: 0).__code__.co_flags, gen.__code__.co_flags)
import inspect
print(inspect.isgeneratorfunction(outer), inspect.isgeneratorfunction(gen))
