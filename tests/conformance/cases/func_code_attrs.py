def f(a, b=2, *args, d=4, c, **kw):  # (defaulted keyword-only first: see mod_inspect)
    "Doc."
    x = 1
for n in ('co_argcount', 'co_kwonlyargcount', 'co_varnames', 'co_flags', 'co_name', 'co_firstlineno', 'co_filename', 'co_nlocals'):
    v = getattr(f.__code__, n, 'MISSING')
    print(n, v.rsplit('/', 1)[-1] if n == 'co_filename' else v)
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__doc__, f.__module__, f.__qualname__)
def g(): yield 1
print(g.__code__.co_flags if hasattr(g.__code__,'co_flags') else 'nf')
class A:
    def m(self):
        pass
def f():
    pass
print(A.m.__code__.co_firstlineno, f.__code__.co_firstlineno)
