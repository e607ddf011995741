from itertools import groupby

data = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for key, group in groupby(data, key=lambda s: s[0]):
    print(key, list(group))
print([(k, len(list(g))) for k, g in groupby('aaabccdddd')])
print([k for k, g in groupby(sorted('mississippi'))])
groups = []
for k, g in groupby([1, 1, 2, 3, 3, 3]):
    groups.append(k)
print(groups)
# consuming the outer iterator skips unconsumed groups
it = groupby('aabbb')
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, k2, list(g1), list(g2))
print(list(groupby([])))
