f = frozenset([3, 1, 2])
print(f, len(f), 2 in f)
d = {f: 'value'}
print(d[frozenset([1, 2, 3])])
s = set([frozenset([1]), frozenset([1]), frozenset([2])])
print(len(s))
print(f | set([9]), set([9]) | f, f & set([1, 5]))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(frozenset(), frozenset(f) is f or frozenset(f) == f)
