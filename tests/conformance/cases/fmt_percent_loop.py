out = []
for i in range(5):
    if i % 2:
        out.append("%d is odd" % i)
    else:
        out.append("%03d is even (%s)" % (i, "x" * i))
print("\n".join(out))
total = 0
for i in range(1, 11):
    total += i % 3
print(total, 17 % 5, -17 % 5, 5.5 % 2)
line = "%s=%s"
pairs = [line % (k, v) for k, v in [("a", 1), ("b", 2)]]
print(pairs)
