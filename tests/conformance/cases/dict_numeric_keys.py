d = {}
d[1] = 'one'
d[1.0] = 'float one'
d[True] = 'true'
print(d, len(d))
d[0] = 'zero'
d[False] = 'false'
print(d)
print(d[0.0], 1 in d, 1.0 in d, 2 in d)
