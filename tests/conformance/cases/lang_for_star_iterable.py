a = [1]
b = (2, 3)
for x in *a, *b:
    print(x)
for x in *a, 9: print(x)
for i, (x, y) in enumerate([*zip(a, b), (5, 6)]):
    print(i, x, y)
for x in *a, *b,:
    print("t", x)
for x in *b,: print("u", x)
for x in 1, 2:
    print("plain", x)
for x in *range(2), *"ab":
    for y in *[x], x:
        print(x, y, end="; ")
print()
print([x for x in (*a, *b)])
else_hit = []
for x in *a, *b:
    pass
else:
    else_hit.append(x)
print(else_hit)
