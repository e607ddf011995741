from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Iterable, Hashable, Sized, Container, Set, MutableSet
import collections.abc
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], Mapping))
print(isinstance([], Sequence), isinstance((), Sequence), isinstance('s', Sequence), isinstance([], MutableSequence), isinstance((), MutableSequence))
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance(5, Hashable), isinstance([], Hashable))
print(isinstance(set(), Set), isinstance(set(), MutableSet), isinstance(frozenset(), MutableSet))
print(isinstance({}, Sized), isinstance('x', Container), isinstance({}.keys(), Set))
print(collections.abc.Mapping is Mapping)
