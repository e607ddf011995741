s = set([3, 1, 2])
out = []
while s:
    out.append(s.pop())
print(out)
try:
    s.pop()
except KeyError as e:
    print('KeyError', repr(e.args[0]))
