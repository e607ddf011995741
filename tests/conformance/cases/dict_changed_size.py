d = {'a': 1, 'b': 2}
it = iter(d)
print(next(it))
d['c'] = 3
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError:', e)
for k in list(d):
    if k != 'a':
        del d[k]
print(d)
