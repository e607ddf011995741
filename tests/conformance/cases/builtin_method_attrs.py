# Built-in functions and methods have CPython's introspection attributes.
for f in (len, [].append, list.append, str.join, 'x'.join, dict.get, sorted):
    print(f.__name__, f.__qualname__, f.__doc__ is not None, type(f.__doc__).__name__)
print(len.__module__, len.__self__.__name__)


def wrap(fn):
    def inner(*a):
        return fn(*a)
    inner.__name__ = fn.__name__
    inner.__doc__ = fn.__doc__
    return inner


w = wrap(len)
print(w.__name__, w([1, 2]), w.__doc__ == len.__doc__)
for name in ('append', 'extend', 'index', 'sort'):
    print(name, getattr(list, name).__name__, bool(getattr(list, name).__doc__))
