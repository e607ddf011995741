for bad in [[1], {'a': 1}, set([1])]:
    try:
        set([bad])
    except TypeError as e:
        print('TypeError:', e)
try:
    hash(set())
except TypeError as e:
    print('TypeError:', e)
print(set([1]) in [set([1])])
