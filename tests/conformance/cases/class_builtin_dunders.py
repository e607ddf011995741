# The built-in containers' own __repr__, __len__, __iter__, __hash__,
# __eq__ and __ne__ called explicitly on instances of subclasses
# (namedtuple-like classes, wrappers that decorate the built-in repr).
import collections


class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    def __repr__(self):
        return "Point" + tuple.__repr__(self)


p = Point(1, 2)
print(repr(p), str(p), "%r" % (p,), [p])
print(tuple.__len__(p), list(tuple.__iter__(p)), tuple.__hash__(p) == hash((1, 2)))
print(tuple.__eq__(p, (1, 2)), tuple.__ne__(p, (1, 2)), tuple.__eq__(p, [1, 2]))


class Items(list):
    def __repr__(self):
        return "Items" + list.__repr__(self)


print(repr(Items([1, "a", None])), list.__len__(Items([1, 2])), list.__eq__(Items([3]), [3]))


class Record(dict):
    def __repr__(self):
        return "Record(" + dict.__repr__(self) + ")"


r = Record(a=1)
r["b"] = [2]
print(repr(r), str(r), dict.__len__(r), sorted(dict.__iter__(r)))


class Bag(set):
    pass


class FrozenBag(frozenset):
    pass


print(repr(Bag()), repr(Bag([1])), repr(FrozenBag()), repr(FrozenBag(["a"])))
print(set.__repr__(Bag([2])), frozenset.__repr__(FrozenBag([3])), set.__repr__({4}), frozenset.__repr__(frozenset({5})))

Pair = collections.namedtuple("Pair", "left right")


class Labelled(Pair):
    def __repr__(self):
        return "Labelled" + tuple.__repr__(self)


print(repr(Labelled(1, 2)), repr(Pair(3, 4)), tuple.__repr__(Pair(3, 4)), tuple.__len__(Pair(5, 6)))
print(tuple.__repr__((1,)), list.__repr__([]), dict.__repr__({}), range.__repr__(range(2)))
for call in (lambda: tuple.__repr__([1]), lambda: list.__len__((1,)), lambda: dict.__iter__(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
