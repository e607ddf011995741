d = {'a': [1, 2], 'b': 2}
c = d.copy()
c['c'] = 3
c['a'].append(3)
print(d)
print(c)
d.clear()
print(d, len(d), c is not d)
