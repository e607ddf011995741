d = {'a': 1, 2: 'b', (3,): 'c'}
del d[2]
print(d, 2 in d, 'a' in d, (3,) in d, 'b' not in d)
try:
    del d['nope']
except KeyError as e:
    print('KeyError', repr(e.args[0]))
