d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
d['c'] = 3
print(k)
print(v)
print(i)
print(len(k), len(v), len(i))
print('a' in k, 'z' in k, 2 in v, ('b', 2) in i, ('b', 3) in i)
print(list(k), list(v), list(i))
