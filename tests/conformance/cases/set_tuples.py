s = set([(1, 2), (3, 4), (1, 2)])
print(len(s), (1, 2) in s, (2, 1) in s)
s.add((5, (6, 7)))
print(sorted(s))
points = {(x, y) for x in range(3) for y in range(3) if x != y}
print(sorted(points))
