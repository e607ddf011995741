from collections.abc import Mapping, MutableMapping, Sequence
class Registry(MutableMapping):
    def __init__(self):
        self._data = {}
    def __getitem__(self, key):
        return self._data[key.lower()]
    def __setitem__(self, key, value):
        self._data[key.lower()] = value
    def __delitem__(self, key):
        del self._data[key.lower()]
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)
r = Registry()
r['Foo'] = 1
r.update({'BAR': 2}, Baz=3)
print(len(r), r['foo'], r.get('bar'), r.get('nope', 'dflt'), 'zz' in r)
print(sorted(r.keys()), sorted(r.items()), sorted(r.values()))
print(r.setdefault('new', 9), r.pop('foo'), r.pop('foo', None))
print(isinstance(r, Mapping), isinstance(r, MutableMapping), dict(r) == {'bar': 2, 'baz': 3, 'new': 9})
r.clear()
print(len(r), list(r))
class Span(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
s = Span(4)
print(list(s), 9 in s, 5 in s, s.index(4), s.count(1), list(reversed(s)))
