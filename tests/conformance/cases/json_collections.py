import json
from collections import OrderedDict, Counter, namedtuple, defaultdict
P = namedtuple('P', 'x y')
print(json.dumps(OrderedDict([('b', 1), ('a', 2)])))
print(json.dumps(Counter('aab')))
print(json.dumps(P(1, 2)))
dd = defaultdict(list)
dd['k'].append(1)
print(json.dumps(dd))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
