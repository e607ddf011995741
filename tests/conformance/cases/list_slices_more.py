l = list(range(8))
l[1:3] = "ab"
print(l)
l[-2:] = (9,)
print(l)
l[::3] = [None] * len(l[::3])
print(l)
l[1:1] = [7, 7]
print(l, l[::-2], l[5:1:-1])
del l[1:3]
print(l)
l[10:] = [42]
print(l)
