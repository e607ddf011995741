# The collections.abc classes' register is a method of their metaclass in
# CPython: dir() lists it for none of the ABCs, their subclasses' instances,
# the built-in types registered with them, or bound methods.
from collections.abc import Mapping, Sequence


class M(Mapping):
    def __getitem__(self, k):
        raise KeyError(k)

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0


class C:
    def m(self):
        pass


names = ["[]", "{}", "1", "'s'", "print", "C().m", "M()", "Mapping", "Sequence", "list", "M"]
for name in names:
    print(name, "register" in dir(eval(name)))
print([n for n in ("get", "keys", "items", "__contains__") if n in dir(M())])
print(hasattr(Mapping, "register"), hasattr(M, "register"))


class V:
    pass


Sequence.register(V)
print(issubclass(V, Sequence), isinstance(V(), Sequence))
