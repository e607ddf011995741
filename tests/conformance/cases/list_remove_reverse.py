l = [3, 1, 4, 1, 5]
l.remove(1)
print(l)
l.reverse()
print(l)
c = l.copy()
c.append(9)
print(l, c)
c.clear()
print(c, len(c))
try:
    l.remove(42)
except ValueError as e:
    print("ValueError:", e)
