d = {'name': 'root'}
d['self'] = d
print(repr(d))
l = [1, 2]
l.append(l)
print(repr(l))
d2 = {'list': l}
print(repr(d2))
