from collections import namedtuple
for fields in ['a a', 'a _b', 'a 1b', 'a class']:
    try:
        namedtuple('T', fields)
    except ValueError as e:
        print('ValueError:', e)
R = namedtuple('R', 'a class _c a', rename=True)
print(R._fields)
P = namedtuple('P', 'x y')
print(sorted([P(2, 1), P(1, 5), P(1, 2)]))
print({P(1, 2): 'a'}[(1, 2)])
