d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3), ['d', 4]])
d.update(e=5)
d.update({'a': 10}, f=6)
print(d)
d.update()
print(len(d))
