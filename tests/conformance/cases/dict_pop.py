d = {'a': 1, 'b': 2, (3, 4): 'c'}
print(d.pop('a'), d)
print(d.pop('zz', 'default'))
print(d.pop((3, 4)), d)
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError', repr(e.args[0]))
