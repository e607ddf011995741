pairs = {frozenset(['a', 'b']): 1, frozenset(['c']): 2}
print(pairs[frozenset(['b', 'a'])], frozenset(['c']) in pairs)
edges = set()
for a, b in [(1, 2), (2, 1), (2, 3)]:
    edges.add(frozenset([a, b]))
print(len(edges), sorted(sorted(e) for e in edges))
print(frozenset([1, 2]) == set([2, 1]), frozenset([1]) < frozenset([1, 2]))
