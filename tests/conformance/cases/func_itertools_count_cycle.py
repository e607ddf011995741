from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10, 5), 3)))
print(list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle('abc'), 7)))
print(list(cycle([])))
print(list(repeat(7, 3)), list(repeat('x', 0)))
print(list(map(pow, range(4), repeat(2))))
c = count(3)
print(next(c), next(c), next(c))
