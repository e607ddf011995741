first, *rest = [1, 2, 3]
print(first, rest)
*init, last = "abc"
print(init, last)
for x, *ys in [(1, 2, 3), (4, 5)]:
    print(x, ys)
[p, *q] = (7, 8, 9)
print(p, q)
