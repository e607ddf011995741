# typing.Generic and the generic aliases of user classes: Generic[T] and
# C[int] have __origin__ and __args__, still work as base classes and
# create instances; the standard aliases print as CPython's.
from typing import (Any, Callable, Dict, Generic, List, Optional, Protocol, Tuple,
                    TypeVar, Union, get_args, get_origin)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')

alias = Generic[T]
print(alias, alias.__origin__, alias.__args__, alias.__parameters__)
print(Generic, Generic[K, V])


class Box(Generic[T]):
    """A box."""

    kind = 'box'

    def __init__(self, item=None):
        self.item = item

    @classmethod
    def empty(cls):
        return cls()


print(Box.__mro__, Box.__orig_bases__, Box.__doc__)
print(Box[int], Box[int].__origin__, Box[int].__args__, Box[T].__parameters__, Box[int].__parameters__)
b = Box[str]('x')
print(type(b).__name__, b.item, b.__orig_class__, isinstance(b, Box))
print(Box[int].kind, Box[int].empty().item, Box[int] == Box[int], Box[int] == Box[str])
print(hash(Box[int]) == hash(Box[int]), {Box[int]: 1}[Box[int]])
print(get_origin(Box[int]), get_args(Box[int]), get_origin(Box), get_args(Box))


class Pair(Generic[K, V]):
    pass


print(Pair[str, int], Pair[K, V][str, int], Pair[str, V][bytes])


class StrBox(Box[str]):
    pass


class Both(Box[T], Generic[T]):
    pass


print(StrBox.__mro__, StrBox('s').item, Both.__mro__, Both[int])


class Shape(Protocol[T]):
    def area(self) -> T:
        ...


print(Shape[float], Shape[float].__origin__)
print(List[int], Dict[str, int], Optional[int], Optional[Box], Union[int, str])
print(List[int].__origin__, Dict[str, int].__args__, Tuple[int, str], Callable[[int], str])
print(Optional[Box[int]], List[Box[int]], Dict[str, List[int]], List[Any])
for bad in (lambda: Generic[int], lambda: Pair[int][str], lambda: Pair[K, V][int]):
    try:
        bad()
    except TypeError as exc:
        print('TypeError', exc)
