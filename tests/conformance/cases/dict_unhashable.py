d = {}
for bad in [[1, 2], {'a': 1}, {1, 2}]:
    try:
        d[bad] = 1
    except TypeError as e:
        print('TypeError:', e)
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError:', e)
