# Decorators that are calls or dotted names, on functions with default
# arguments (gpython evaluates decorators after defaults).
import abc
import functools
import types


def tagged(tag):
    def deco(f):
        f.tag = tag
        return f
    return deco


@tagged('one')
def h(a, b=3, *, c=4):
    return a, b, c


print(h(1), h.tag)

ns = types.SimpleNamespace(passthrough=lambda f: f)


@ns.passthrough
def g(a, b='x'):
    return a + b


print(g('y'))


@functools.lru_cache(maxsize=None)
def fib(n, memo=None):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20))


class A(abc.ABC):
    @abc.abstractmethod
    def m(self, x=5):
        pass

    @tagged('two')
    @staticmethod
    def s(a, b=6):
        return a * b


class B(A):
    def m(self, x=5):
        return x


print(B().m(), A.s(2), A.__abstractmethods__)
try:
    A()
except TypeError as e:
    print('TypeError', e)
