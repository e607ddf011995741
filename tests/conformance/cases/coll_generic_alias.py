from collections import OrderedDict, deque
import collections.abc
print(dict[str, int], set[int], frozenset[str], list[int], tuple[int, ...], type[int])
print(dict[str, list[int]], OrderedDict[str, int], deque[int], collections.abc.Mapping[str, int])
print(list[int]([1, 2]), dict[str, int](a=1), list[int] == list[int], list[int].__origin__, dict[str, int].__args__)
def f(a: dict[str, int], b: list[str] = None) -> set[int]:
    return a
print(f({'x': 1}))
d = {'k': 1}
print(dict.__getitem__(d, 'k'))
try:
    set()[0]
except TypeError as e:
    print(e)
class Foo:
    pass
try:
    Foo[int]
except TypeError as e:
    print(e)
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int])
class L(list):
    pass
print(L[int])
