s = {x % 3 for x in range(10)}
print(sorted(s))
t = {c for c in "hello" if c != "l"}
print(sorted(t))
u = {1, 2, 2, 3}
print(sorted(u))
