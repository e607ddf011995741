a = [1, 2] * 3
print(a, 2 * [0], [] * 5, [1] * -1)
b = [1]
b += (2, 3)
b += "xy"
b += range(2)
b += [9]
print(b)
c = [1]
c.extend((4, 5))
c.extend(x * 2 for x in range(3))
c.extend("ab")
print(c)
try:
    b += 5
except TypeError as e:
    print("TypeError:", e)
n = 5
n += 2
s = "a"
s += "b"
print(n, s)
