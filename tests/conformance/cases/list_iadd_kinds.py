l = []
l += [1]
l += (2,)
l += {3}
l += "45"
l += (x for x in range(6, 8))
l += range(8, 10)
l += b"\n"
print(l)
m = l
m += [0]
print(l is m, len(l))
t = (1,)
t += (2,)
print(t)
try:
    l += None
except TypeError as e:
    print("TypeError:", e)
