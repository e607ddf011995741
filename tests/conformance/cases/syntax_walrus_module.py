data = [1, 2, 3]
if (n := len(data)) > 2:
    print("long", n)
print(n)
while (k := len(data)) > 1:
    data = data[1:]
print(k, data)
vals = [y for x in range(5) if (y := x * x) > 5]
print(vals, y)
