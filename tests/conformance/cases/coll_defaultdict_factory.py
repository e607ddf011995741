from collections import defaultdict
d = defaultdict(lambda: 'default')
print(d['x'], d.default_factory() if d.default_factory else None)
print(dict(d))
n = defaultdict(None, {'a': 1})
print(n.default_factory, n)
try:
    n['missing']
except KeyError as e:
    print('KeyError', repr(e.args[0]))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(dict(nested['a']))
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)
