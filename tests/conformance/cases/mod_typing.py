from typing import Any, Optional, Union, List, Dict, Tuple, Set, Iterable, Iterator, Callable, Generator, TypeVar, Generic, TYPE_CHECKING, cast, overload, Protocol, Literal, Final, ClassVar, Sequence, Mapping
import typing
T = TypeVar("T")
print(T, TYPE_CHECKING, cast(int, "x"), List[int], Optional[str], Dict[str, List[int]])
class Box(Generic[T]):
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
print(Box(3).get())
class P(Protocol):
    def meth(self): pass
class Q(P):
    def meth(self): return 1
print(Q().meth())
def f(a: Optional[int] = None, b: "List[str]" = None) -> Dict[str, Any]:
    return {"a": a}
print(f(1))
@overload
def g(x): pass
print(typing.Union[int, str], Callable[[int], str], Tuple[int, ...], Literal["a"], Sequence[int])
print(List is typing.List, repr(Any), T.__name__)
if TYPE_CHECKING:
    import nonexistent_module_for_typing
print("ok")
