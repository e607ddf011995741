# A namedtuple class takes new attributes (__doc__, methods) as CPython's.
from collections import namedtuple
P = namedtuple("P", "x y")
P.__doc__ = "A point."
print(P.__doc__, P(1, 2), P(1,2).x, P._fields, P._make([3,4]), P(1,2)._asdict())
P.extra = 5
print(P(0,0).extra)
class Q(namedtuple("Q", "a")):
    def double(self): return self.a * 2
print(Q(4).double(), Q(4))
