# A class's __dict__ (and vars(cls)) is a read-only mappingproxy whose
# methods are dict's even when the class defines get, keys or items; the
# standard modules that read cls.__dict__ (dataclasses, inspect, copy,
# pickle) work on such classes; types.MappingProxyType is that type.
import copy
import dataclasses
import inspect
import pickle
import types
from collections.abc import Mapping, MutableMapping


class Store:
    x = 1

    def get(self, key):
        return "own get"

    def keys(self):
        return "own keys"

    def items(self):
        return "own items"


d = Store.__dict__
print(type(d).__name__, d.get("x"), d.get("nope", "dflt"), "get" in d, d["x"])
print(sorted(k for k in d.keys() if not k.startswith("__")))
print(sorted(k for k, v in d.items() if not k.startswith("__")))
print(len(list(d.values())) == len(d), sorted(iter(d)) == sorted(d.keys()))
print(vars(Store) == d, Store.__dict__ == dict(Store.__dict__), isinstance(d, dict))
print(isinstance(d, Mapping), isinstance(d, MutableMapping), d.copy()["x"], repr(d).startswith("mappingproxy({"))
def assign():
    d["y"] = 2


def delete():
    del d["x"]


for action in (assign, delete, lambda: hash(d)):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
print(inspect.getattr_static(Store, "x"), inspect.getattr_static(Store(), "get").__name__)


@dataclasses.dataclass
class Row:
    a: int
    b: str = "s"

    def get(self):
        return self.a


print(Row(1), Row(2, "t").get(), dataclasses.fields(Row)[1].default, dataclasses.asdict(Row(3)))


class Cache(dict):
    def get(self, key, default=None):
        return "cache:" + str(dict.get(self, key, default))


print(Cache.__dict__.get("get") is not None, Cache(a=1).get("a"), copy.copy(Cache(b=2)))


class Items(list):
    pass


class Bag(set):
    pass


items = Items([1, [2]])
print(copy.copy(items), copy.deepcopy(items)[1] is items[1], copy.copy(items)[1] is items[1], copy.copy(Bag({3})))


class Keyed:
    __slots__ = ("get", "keys")

    def __init__(self):
        self.get = 1
        self.keys = 2


k = pickle.loads(pickle.dumps(Keyed()))
print(k.get, k.keys, copy.deepcopy(k).keys)

m = types.MappingProxyType({"a": 1, "b": 2})
print(m, m["a"], m.get("c", 3), list(m), len(m), m == {"a": 1, "b": 2}, m | {"c": 3}, {"z": 0} | m)
print(list(reversed(m)), m.copy(), type(m) is type(int.__dict__), str(m), types.MappingProxyType(m) == m)
for bad in ([1], 5):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError:", e)
