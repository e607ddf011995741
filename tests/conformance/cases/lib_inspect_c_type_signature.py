"""inspect.signature of classes over types CPython writes in C (deque,
OrderedDict, defaultdict) that add no initializer: no signature
(ValueError), as for list and dict; one with an __init__ has its own."""
import collections
import inspect
from collections.abc import Iterator


class D(collections.deque, Iterator):
    pass


class O(collections.OrderedDict):
    pass


class Dd(collections.defaultdict):
    pass


class WithInit(collections.deque):
    def __init__(self, items, *, size=3):
        super().__init__(items, size)


for c in (collections.deque, D, collections.OrderedDict, O, collections.defaultdict, Dd, WithInit):
    try:
        print(c.__name__, inspect.signature(c))
    except ValueError as e:
        print(c.__name__, 'ValueError', e)
