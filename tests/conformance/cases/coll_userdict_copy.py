# collections.UserDict.copy: a UserDict gives a UserDict; a subclass is
# copied with copy.copy, so its __init__ (here taking other arguments) is
# not called, its attributes are kept, and the data is a new dict.
from collections import UserDict


class Entry(UserDict):
    def __init__(self, data, site):
        super().__init__(data)
        self.site = site
        print('init', site)


u = UserDict({'a': 1})
v = u.copy()
print(type(v).__name__, v, v is u, v.data is u.data)
e = Entry({'x': 1, 'y': 2}, 'here')
e.note = 'kept'
c = e.copy()
print(type(c).__name__, sorted(c.items()), c.site, c.note, c.data is e.data, c == e)
c['z'] = 3
print(len(c), len(e))
try:
    Entry.fromkeys(['k'])
except TypeError as err:
    print('TypeError:', err)
print(sorted(UserDict.fromkeys('ab', 0).items()))
