d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(d)
print(d)
del d['a']
d['a'] = 99
print(list(d), list(d.values()))
d['z'] = -1
print(d)
