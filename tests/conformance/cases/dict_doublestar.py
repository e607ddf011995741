base = {'a': 1, 'b': 2}
extra = {'b': 20, 'c': 30}
print({**base, **extra})
print({'z': 0, **base, 'a': 100})
print({**{}, **base})
merged = dict(base, q=1)
print(merged)
