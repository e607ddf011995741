# Keyword-only parameters keep their source order (co_varnames,
# inspect.signature, error messages) when one with a default comes before
# one without; calls, defaults and closures over them are unchanged.
import inspect


def positionals(foo: str, *, bar: int, baz: str = '') -> tuple:
    return foo + baz, bar ** 2


def mixed(a, b=2, *rest, c, d=4, e, f=6, **more):
    def inner():
        return (a, c, d, e, f)
    d += 1
    del f
    f = 'local f'
    return inner(), rest, sorted(more.items()), f


class Widget:
    def configure(self, *, width=10, height, colour='red', depth):
        return width, height, colour, depth

    @staticmethod
    def make(*, kind='plain', name):
        return kind, name


for fn in (positionals, mixed, Widget.configure, Widget.make):
    code = fn.__code__
    print(fn.__name__, code.co_varnames[:code.co_argcount + code.co_kwonlyargcount],
          sorted(fn.__kwdefaults__.items()))
    print(' ', inspect.signature(fn))
print(positionals('a', bar=3), positionals('a', baz='z', bar=2))
print(mixed(1, c=3, e=5), mixed(1, 2, 3, c='c', d=0, e='e', f='f', g='g'))
print(Widget().configure(height=1, depth=2), Widget().configure(depth=1, height=2, width=3, colour='blue'))
print(Widget.make(name='n'), Widget.make(kind='k', name='n'))
for call in (lambda: positionals('a'), lambda: mixed(1), lambda: mixed(1, c=1),
             lambda: Widget().configure(), lambda: positionals('a', 1)):
    try:
        call()
    except TypeError as exc:
        print('TypeError', exc)
print([name for name in inspect.signature(positionals).parameters])
params = inspect.signature(mixed).parameters
print([(name, p.kind == inspect.Parameter.KEYWORD_ONLY, p.default) for name, p in params.items()])
