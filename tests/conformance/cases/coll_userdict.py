from collections import UserDict, UserList
class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = Lower({'A': 1}, B=2)
d.update(C=3)
d['D'] = 4
print(d, len(d), d['a'], d.get('z', 0), 'a' in d, sorted(d.keys()), d == {'a': 1, 'b': 2, 'c': 3, 'd': 4})
print(isinstance(d, UserDict), d.copy(), type(d.copy()).__name__, d.pop('a'), d)
class Missing(UserDict):
    def __missing__(self, key):
        return 'missing:' + key
m = Missing()
print(m['q'], len(m))
l = UserList([3, 1, 2])
l.append(0)
l.sort()
print(l, l[1:], len(l), 2 in l, l + [9], l == [0, 1, 2, 3], l.pop(), l)
l += [7]
l.extend(UserList([8]))
print(l, list(reversed(l)), l.index(7), l.count(1))
