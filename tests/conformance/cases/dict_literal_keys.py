d = {1: 'int', 'a': 'str', (1, 2): 'tuple', None: 'none', 2.5: 'float', frozenset([1]): 'fs'}
print(d)
print(len(d), d[1], d[(1, 2)], d[None], d[2.5], d[frozenset([1])])
print(list(d.keys()))
