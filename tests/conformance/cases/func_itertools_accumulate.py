import itertools, operator

print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([])), list(itertools.accumulate([], initial=0)))
print(list(itertools.accumulate(['a', 'b', 'c'])))
print(list(itertools.accumulate([1, 2, 3], lambda a, b: a * 10 + b)))
