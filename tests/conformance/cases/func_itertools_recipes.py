from itertools import islice, chain, groupby, zip_longest, count, tee, accumulate
import operator

def take(n, iterable):
    return list(islice(iterable, n))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def unique_justseen(iterable, key=None):
    return [next(g) for k, g in groupby(iterable, key)]

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def batched(iterable, n):
    it = iter(iterable)
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch

print(take(3, count(7)))
print(list(grouper('ABCDEFG', 3, 'x')))
print(unique_justseen('AAAABBBCCDAABBB'))
print(unique_justseen('ABBcCAD', key=lambda c: c.lower()))
print(list(flatten([[1, 2], [3], []])))
print(list(batched(range(8), 3)))
print(list(accumulate(range(1, 6), operator.mul)))
evens, odds = tee(range(6))
print([x for x in evens if x % 2 == 0], [x for x in odds if x % 2])
