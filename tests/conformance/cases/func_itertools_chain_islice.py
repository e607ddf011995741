import itertools

print(list(itertools.chain('ab', [1, 2], (3,))))
print(list(itertools.chain()))
print(list(itertools.chain.from_iterable(['xy', 'z', []])))
print(list(itertools.islice('ABCDEFG', 2)))
print(list(itertools.islice('ABCDEFG', 2, 4)))
print(list(itertools.islice('ABCDEFG', 2, None)))
print(list(itertools.islice('ABCDEFG', 0, None, 2)))
print(list(itertools.islice(range(10), 1, 8, 3)))
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it))
try:
    itertools.islice('abc', -1)
except ValueError as e:
    print('ValueError', e)
c = itertools.chain('ab', [1])
print(next(c), list(itertools.islice(c, 5)))
def f():
    ws = ['x', 'y']
    return list(itertools.islice(itertools.chain('ab', ws), 3))
print(f())
