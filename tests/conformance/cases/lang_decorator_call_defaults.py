# A decorator call (@deco(args), @a.b, @abc.abstractmethod) on a function
# with default or keyword-only arguments.
import abc
import functools


def mk(tag):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return (tag, fn(*args, **kwargs))
        return wrapper
    return deco


class NS:
    deco = staticmethod(mk('ns'))


@mk('one')
def one(x, y=None):
    return (x, y)


print(one(1), one(1, 2))


@NS.deco
def two(x, *, minor=True):
    return (x, minor)


print(two(1), two(2, minor=False))


class Base(abc.ABC):
    @abc.abstractmethod
    def treat(self, page, summary=None, *, minor=True):
        """Treat a page."""

    @staticmethod
    @abc.abstractmethod
    def callback(item) -> bool:
        ...

    @abc.abstractmethod
    def get_contributions(self, total: int = 500, ns=None):
        ...


class Impl(Base):
    def treat(self, page, summary=None, *, minor=True):
        return (page, summary, minor)

    @staticmethod
    def callback(item):
        return bool(item)

    def get_contributions(self, total=500, ns=None):
        return total, ns


print(Impl().treat(1), Impl.callback(0), Impl().get_contributions(ns=0))
print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(e)
