# co_firstlineno (and so inspect.getsource) of functions with **kwargs,
# whose code the layer gives a keyword-order prologue; BoundArguments
# without an empty *args; subprocess.list2cmdline.
import inspect
import subprocess

x = 1


def f(a): pass
def g(a, *, c): pass
def h(a, *args): pass
def i(a, **kw): pass
def j(a, *args, c): pass
def k(a, *args, c, **kw): pass


def l(a, b=2, *args, c, d=4, **kw):
    """Doc."""
    return a


class C:
    def method(self, **options):
        return options


print([fn.__code__.co_firstlineno for fn in (f, g, h, i, j, k, l, C.method)])
print(inspect.getsource(l))
print(inspect.getsource(C.method))
print(inspect.getsourcelines(i)[1], inspect.findsource(k)[1])
print(inspect.signature(l).bind(1, c=3).arguments, inspect.signature(l).bind(1, 2, 3, c=3, e=5).arguments)
b = inspect.signature(h).bind(1)
print(b.arguments, b.args, b.kwargs)
b.apply_defaults()
print(b.arguments)
for seq in (['a b', 'c"d'], ['', 'x'], ['a\\', 'b c\\'], ['a\\\\"b', 'q'], ['tab\there', 'x\\y'], [b'by tes']):
    print(repr(subprocess.list2cmdline(seq)))
