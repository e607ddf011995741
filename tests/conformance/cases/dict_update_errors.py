d = {}
try:
    d.update([(1, 2, 3)])
except ValueError as e:
    print('ValueError', e)
try:
    d.update([5])
except TypeError as e:
    print('TypeError', e)
try:
    d.update([(1, 2)], [(3, 4)])
except TypeError as e:
    print('TypeError', e)
print(d)
