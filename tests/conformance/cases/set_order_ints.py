print(set([5, 3, 1, 4, 2]))
print(set([10, 20, 30, 8, 16]))
print(set([100, 7, 64, 33, 1]))
print(set(range(20, 0, -3)))
s = set()
for i in [9, 17, 25, 1]:
    s.add(i)
print(s)
