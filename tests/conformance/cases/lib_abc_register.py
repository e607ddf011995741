# collections.abc's classes: register() of virtual subclasses, isinstance
# and issubclass for them and their subclasses, and a mappingproxy as a
# Mapping.
import collections.abc as cabc
import types


class Lookup:
    def __getitem__(self, key):
        return key


print(cabc.Mapping.register(Lookup) is Lookup)
print(isinstance(Lookup(), cabc.Mapping), issubclass(Lookup, cabc.Mapping))
print(isinstance(Lookup(), cabc.MutableMapping), issubclass(Lookup, cabc.Collection))


class SubLookup(Lookup):
    pass


print(isinstance(SubLookup(), cabc.Mapping), issubclass(SubLookup, cabc.Sized))


@cabc.MutableSequence.register
class Rows:
    pass


print(Rows.__name__, isinstance(Rows(), cabc.Sequence), isinstance(Rows(), cabc.MutableSequence))
print(isinstance(Rows(), cabc.Mapping), issubclass(Rows, (cabc.Set, cabc.Sequence)))


class Stream:
    pass


print(isinstance(Stream(), cabc.Iterable))
cabc.Iterable.register(Stream)
print(isinstance(Stream(), cabc.Iterable), isinstance(Stream(), cabc.Iterator))
cabc.Sequence.register(tuple)
print(issubclass(list, cabc.Sequence), issubclass(dict, cabc.Sequence))
try:
    cabc.Mapping.register(5)
except TypeError as exc:
    print('TypeError', exc)

proxy = types.MappingProxyType({'b': 2, 'a': 1})
print(isinstance(proxy, cabc.Mapping), isinstance(proxy, cabc.MutableMapping))
print(isinstance(proxy, dict), sorted(proxy), proxy['a'], len(proxy))
try:
    proxy.update({})
except AttributeError as exc:
    print(exc)


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print('exit sees:', kind.__name__, value)
        return True


with Quiet():
    proxy.update({})
with Quiet():
    (5).update
with Quiet():
    a, b, c = 'xy'
