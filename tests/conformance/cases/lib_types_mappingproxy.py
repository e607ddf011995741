"""types.MappingProxyType: a read-only view that follows its mapping,
refuses assignment and deletion, and its repr, len, iteration, get, keys,
items, equality and | (pywikibot's family module returns one)."""
import types

data = {'b': 2, 'a': 1}
p = types.MappingProxyType(data)
print(p, len(p), list(p), p['a'], p.get('z', 0), 'a' in p, sorted(p.items()), list(p.keys()), list(p.values()))
data['c'] = 3
print(p, len(p), p == {'b': 2, 'a': 1, 'c': 3}, p != data)
print(p | {'d': 4}, {'z': 0} | p, p.copy() is not data, dict(p))
for stmt in ("p['x'] = 1", "del p['a']"):
    try:
        exec(stmt)
    except TypeError as e:
        print('TypeError:', e)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
print(list(reversed(p)), types.MappingProxyType(types.MappingProxyType(data))['b'])
print(repr(p))
print(types.MappingProxyType, types.MappingProxyType.__name__, types.MappingProxyType.__qualname__,
      types.MappingProxyType.__module__, type(p).__name__)
try:
    p.update({})
except AttributeError as e:
    print('AttributeError:', e)
