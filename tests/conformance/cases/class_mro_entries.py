from typing import Mapping, Any, Dict, List, Generic, TypeVar
import collections.abc


class ImmutableDict(Mapping[Any, Any]):
    def __init__(self, d):
        self._d = dict(d)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


d = ImmutableDict({'a': 1})
print(d['a'], list(d), len(d), isinstance(d, collections.abc.Mapping), dict(d), d.get('b', 5))
print(ImmutableDict.__orig_bases__)


class L(list[int]):
    pass


print(L([1, 2]), L.__bases__, L.__orig_bases__)


class Entries:
    def __mro_entries__(self, bases):
        return (dict,)


class FromEntries(Entries()):
    pass


print(FromEntries.__bases__, FromEntries(a=1))
T = TypeVar('T')


class Box(Generic[T]):
    def __init__(self, v):
        self.v = v


print(Box(3).v)


class Store(Dict[str, int]):
    pass


s = Store()
s['x'] = 1
print(s, isinstance(s, dict))
