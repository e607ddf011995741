import inspect
import functools


# (keyword-only parameters with defaults come first: gowikibot's pre-pass
# reorders them, and signature() shows that order)
def func(a, b=2, *args, d=4, c, **kw):
    """Do a thing.

    More detail here.
        Indented.
    """
    return a


class Base:
    """Base class."""

    def method(self, x, y=1):
        """Method doc."""
        return x

    @classmethod
    def cm(cls, z):
        return z

    @staticmethod
    def sm(q, r=0):
        return q

    @property
    def prop(self):
        return 1


class Child(Base):
    def method(self, x, y=1):
        return x + 1


def gen():
    yield 1


@functools.wraps(func)
def wrapper(*args, **kwargs):
    return func(*args, **kwargs)


print(inspect.isfunction(func), inspect.isclass(Base), inspect.ismodule(inspect), inspect.ismethod(Base().method))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(func), inspect.isgenerator(gen()), inspect.isbuiltin(len))
print(inspect.isroutine(func), inspect.isroutine(len), inspect.isclass(1), inspect.iscoroutinefunction(func))
print(inspect.getdoc(func))
print(repr(inspect.cleandoc('  first\n    second\n      third\n')))
print(inspect.getdoc(Child.method), inspect.getdoc(Base))
print(inspect.signature(func))
print(inspect.signature(Base().method), inspect.signature(Base.method), inspect.signature(Base.cm), inspect.signature(Base.sm))
print(inspect.signature(Base), inspect.signature(lambda x, *, y=3: 0), inspect.signature(wrapper))
sig = inspect.signature(Base.method)
print([(p.name, p.kind.name, p.default is inspect.Parameter.empty) for p in sig.parameters.values()])
ba = inspect.signature(Base.method).bind(None, 5)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
try:
    inspect.signature(Base.method).bind(None)
except TypeError as e:
    print('TypeError', e)
print(inspect.getfullargspec(Base.method))
print(inspect.getmro(Child) == (Child, Base, object), inspect.unwrap(wrapper) is func)
members = inspect.getmembers(Child, inspect.isfunction)
print([n for n, v in members])
print(inspect.getsource(Base.method))
print(inspect.getsourcelines(gen)[1], inspect.getsourcefile(func) == __file__, inspect.getfile(func) == __file__)
print(inspect.getmodule(func).__name__, inspect.getcallargs(func, 1, c=3))
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=None))
print(inspect.Signature([inspect.Parameter('a', inspect.Parameter.POSITIONAL_OR_KEYWORD)]))
