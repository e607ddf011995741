# Function annotations: __annotations__ in signature order (evaluated when
# the def runs), inspect.signature, typing.get_type_hints (forward
# references, None), `from __future__ import annotations` (strings),
# assignment and deletion, functools.wraps, dataclasses.
import dataclasses
import functools
import inspect
import os
import sys
import tempfile
import typing
from typing import Optional

Alias = int


def f(a: int, b: 'str' = 'x', *args: float, c: list = None, d: Alias, **kw: dict) -> bool:
    return True


def multi(x: int,
          y: Optional[str] = None,
          ) -> typing.List[int]:
    return [x]


@functools.lru_cache()
def header_over_lines(n: int) -> dict[
        str, list[int]]:
    return {'n': [n]}


def plain(p, q=1):
    return p


print(f.__annotations__)
print(multi.__annotations__, multi(3))
print(header_over_lines.__wrapped__.__annotations__, header_over_lines(2))
print(plain.__annotations__, (lambda v: v).__annotations__)
plain.__annotations__['p'] = int
print(plain.__annotations__)
plain.__annotations__ = {'q': str}
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__)
print(inspect.signature(f))
print(inspect.signature(f).parameters['a'].annotation, inspect.signature(f).parameters['kw'].annotation)
print(inspect.signature(f).return_annotation, inspect.signature(plain).return_annotation)
print(typing.get_type_hints(f))


def forward(n: 'Node', m: 'Optional[Node]' = None) -> None:
    pass


class Node:
    Kind = str
    value: int
    label: 'str' = ''

    def method(self, k: Kind, other: 'Node') -> 'Node':
        return self


class Leaf(Node):
    depth: float


print(forward.__annotations__)
print(typing.get_type_hints(forward))
print(Node.method.__annotations__)
print(typing.get_type_hints(Node.method))
print(typing.get_type_hints(Leaf))


def outer():
    local_t = bytes

    def inner(v: local_t) -> local_t:
        return v
    return inner


print(outer().__annotations__)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(z: complex) -> int:
    return 1


print(wrapped.__annotations__, wrapped.__wrapped__.__annotations__)


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0

    def moved(self, dx: int) -> 'Point':
        return Point(self.x + dx, self.y)


print([fl.name for fl in dataclasses.fields(Point)], Point(1).moved(2), Point.moved.__annotations__)

d = tempfile.mkdtemp()
with open(os.path.join(d, 'lazyann_mod.py'), 'w') as fh:
    fh.write('from __future__ import annotations\n'
             'import typing\n'
             'def g(a: int, b: list[str] = None, *, c: "typing.Optional[int]" = 1) -> dict[str, int]:\n'
             '    pass\n'
             'class K:\n'
             '    def m(self, x: Undefined) -> K:\n'
             '        pass\n')
sys.path.insert(0, d)
import lazyann_mod
print(lazyann_mod.g.__annotations__)
print(typing.get_type_hints(lazyann_mod.g))
print(lazyann_mod.K.m.__annotations__)
print(inspect.signature(lazyann_mod.g))
try:
    typing.get_type_hints(lazyann_mod.K.m)
except NameError as e:
    print('NameError', e)
