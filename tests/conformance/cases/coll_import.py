import collections
from collections import OrderedDict as OD
print(collections.OrderedDict is OD)
d = collections.defaultdict(set)
d['a'].add(1)
print(d)
print(collections.Counter('aab').most_common())
print(collections.deque([1, 2], maxlen=2))
