d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 0))
print(d.setdefault('a', 5), d.setdefault('c', []), d)
d.setdefault('c', []).append(3)
d.setdefault('d')
print(d)
