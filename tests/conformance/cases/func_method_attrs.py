# A bound method passes the function's attributes on (__wrapped__ of a
# functools.wraps decorator, __defaults__, __code__, __dict__ ...);
# functions have __globals__ and __closure__, cells cell_contents.
import functools
import inspect


def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


class Thing:
    @deco
    def wrapped(self, x, y=2):
        return x

    def plain(self, q=1, *, r=2) -> int:
        return q


t = Thing()
print(t.wrapped.__wrapped__ is Thing.wrapped.__wrapped__, hasattr(t.plain, '__wrapped__'))
print(inspect.unwrap(t.wrapped).__name__, inspect.signature(t.wrapped))
print(t.plain.__defaults__, t.plain.__kwdefaults__, t.plain.__annotations__, t.plain.__code__.co_name)
print(t.plain.__globals__ is globals(), t.plain.__closure__, t.wrapped.__closure__ is not None)
Thing.plain.marker = 1
print(t.plain.__dict__, t.plain.__func__ is Thing.plain, t.plain.__self__ is t)
print([].append.__name__, [].append.__qualname__, hasattr([].append, '__wrapped__'))
try:
    t.plain.__wrapped__
except AttributeError as exc:
    print(exc)


def make_counter():
    count = 0
    label = 'c'

    def step():
        nonlocal count
        count += 1
        return label, count
    return step


step = make_counter()
step()
cells = step.__closure__
print(type(cells).__name__, len(cells), [type(c).__name__ for c in cells], sorted(c.cell_contents for c in cells if isinstance(c.cell_contents, int)))
print(step.__code__.co_freevars, make_counter.__closure__, deco.__globals__['__name__'])
