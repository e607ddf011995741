l = list(range(10))
l[::2] = ["a"] * 5
print(l)
l[1::3] = [0, 0, 0]
print(l)
l[2:5] = []
print(l)
l[:0] = [7, 8]
print(l)
del l[::3]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
