d = {1: 'a', 2: 'b', 3: 'c'}
while d:
    print(d.popitem(), len(d))
try:
    d.popitem()
except KeyError as e:
    print('KeyError', repr(e.args[0]))
