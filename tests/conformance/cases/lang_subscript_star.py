class G:
    def __getitem__(self, key):
        return key


g = G()
a = [1, 2]
print(g[*a], g[*a, 3], g[0, *a], g[*a,], g[*()], g[*"xy", *a])
print(type(g[*a]).__name__)
d = {(1, 2): "pair", (1, 2, 3): "triple"}
print(d[*a], d[*a, 3])
print(g[1, 2], g[a[0]], g[[*a]])
try:
    g[*5]
except TypeError as e:
    print("TypeError")
