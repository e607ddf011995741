import pprint
import collections

data = {
    'pages': ['Main Page', 'Sandbox', 'Talk:Main Page', 'User:Bot/log', 'Help:Contents', 'Project:About'],
    'counts': {'edits': 1234, 'reverts': 12, 'created': 56, 'deleted': 3},
    'nested': {'a': [1, 2, [3, 4, {'deep': ('x', 'y', 'z' * 30)}]], 'b': {1, 2, 3}, 'c': frozenset({'q'})},
    'tuple1': ('only',),
    'empty': [[], {}, (), set()],
    9: None,
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
print(pprint.pformat(list(range(40)), compact=True))
print(pprint.pformat(list(range(40)), width=30, compact=True))
pprint.pprint(list(range(30)))
pprint.pp({'z': 1, 'a': 2, 'm': [3] * 30})
pprint.pprint({'z': 1, 'a': 2}, sort_dicts=False)
pprint.pprint('word ' * 40)
pprint.pprint(['word ' * 20, 'x'], width=50)
pprint.pprint(b'bytes' * 30)
pprint.pprint(collections.OrderedDict((str(i), i) for i in range(12)))
pprint.pprint(collections.defaultdict(list, {'k%d' % i: [i] * 5 for i in range(5)}))
pprint.pprint(collections.Counter('abracadabra' * 3))
pprint.pprint(collections.deque(range(30)))
pprint.pprint(10 ** 20, underscore_numbers=True)
print(pprint.pformat({'b': 1, 'a': [1, 2]}))
rec = [1, 2]
rec.append(rec)
print(pprint.isrecursive(rec), pprint.isreadable([1, 'a']), pprint.isreadable(object()))
print(pprint.saferepr({'b': 2, 'a': 1}))
print(pprint.saferepr(rec).startswith('[1, 2, <Recursion on list with id='))
mixed = {1: 'int', 'a': 'str', (1, 2): 'tuple', None: 'none'}
print(pprint.pformat(mixed))
pprint.pprint(-12345678, underscore_numbers=True)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


pprint.pprint([Point(i, i * i) for i in range(10)])
pp = pprint.PrettyPrinter(width=20)
pp.pprint({'alpha': 1, 'beta': [1, 2, 3, 4, 5, 6, 7]})
print(pp.pformat(('a' * 10, 'b' * 10)))
