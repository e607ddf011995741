d = {'b': 1, 'a': 2, 'c': 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '=', v)
print(sum(d.values()), max(d), min(d.values()))
print([k * 2 for k in d])
print(list(reversed(d)))
