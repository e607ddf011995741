d = {}
for i in range(1000):
    d[i] = i * 2
for i in range(0, 1000, 3):
    del d[i]
print(len(d), d[1], d[998], 999 in d, 3 in d)
print(list(d)[:5], list(d)[-3:])
s = {str(i): i for i in range(100)}
print(sum(s.values()), s['42'])
