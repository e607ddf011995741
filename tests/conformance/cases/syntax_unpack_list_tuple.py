a = [1, 2]
b = (3, 4)
print([*a, *b])
print([0, *a, 5])
print((*a, *b))
print((*a,))
t = *a, *b
print(t)
def g():
    return *a, 9
print(g())
print([*range(3), *"ab"])
