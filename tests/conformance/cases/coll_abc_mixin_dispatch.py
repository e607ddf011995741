# Operators reach the collections.abc mixin methods of a script class:
# Mapping.__eq__ (and != through it) for a MutableMapping subclass, the
# Set equality of keys()/items() views, Iterator.__iter__ before a
# built-in base's own iteration in `class C(Iterator, deque)`; subclasses of
# deque, OrderedDict, Counter and defaultdict print their class's name.
from collections import Counter, OrderedDict, defaultdict, deque
from collections.abc import Iterator, Mapping, MutableMapping


class Store(MutableMapping):
    def __init__(self, d=None):
        self._d = dict(d or {})

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


a, b, c = Store({"x": 1}), Store({"x": 1}), Store({"x": 2})
print(a == b, a != b, a == c, a != c)
print(a == {"x": 1}, {"x": 1} == a, a == Frozen(x=1), Frozen(x=1) == a, a == 5, a != [1])
print(Frozen(x=1) == Frozen(x=1), Frozen(x=1) != Frozen(x=2))
print(a.keys() == {"x"}, a.keys() == {"y"}, {"x"} == a.keys(), a.items() == {("x", 1)})
print(a.keys() == b.keys(), a.items() != c.items(), a.keys() == ["x"], a.values() == a.values())
del b["x"]
print(a == b, len(b), b == {})
print(a.__eq__(5), Store.__eq__(a, b))


class Queue(Iterator, deque):
    def __next__(self):
        if not self:
            raise StopIteration
        return self.popleft()


q = Queue([1, 2, 3])
q.append(4)
q.appendleft(0)
print(len(q), isinstance(q, deque), isinstance(q, Iterator), iter(q) is q)
print(next(q), list(q), len(q))
q2 = Queue("ab")
print(next(q2), len(q2), repr(Queue()), str(Queue()))
print([x for x in Queue(range(3))])


class DequeFirst(deque, Iterator):
    # deque's own iteration comes first here, as in CPython
    def __next__(self):
        if not self:
            raise StopIteration
        return self.popleft()


dg = DequeFirst([1, 2, 3])
print(list(dg), len(dg), iter(dg) is dg, next(dg), len(dg))


class D(deque):
    pass


class O(OrderedDict):
    pass


class C(Counter):
    pass


class DD(defaultdict):
    pass


print(D([1]), repr(D([1, 2], maxlen=3)), O(a=1), C("aab"), DD(int, {"k": 1}))
print(str(D()), repr(O()), repr(C()), repr(DD(list)))
