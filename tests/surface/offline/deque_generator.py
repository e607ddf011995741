"""pagegenerators.DequeGenerator is pywikibot 9.6.3's
tools.collections.DequeGenerator: an Iterator and a collections.deque that
is its own iterator (items appended while iterating come too), whose repr
keeps the items. Same output from real pywikibot 9.6.3 (deque_generator.out)
and gowikibot."""
import collections
from collections.abc import Iterator

from pywikibot import pagegenerators
from pywikibot.tools import collections as tools_collections

D = pagegenerators.DequeGenerator
print(D is tools_collections.DequeGenerator, issubclass(D, collections.deque), issubclass(D, Iterator), D.__mro__[-1].__name__)
d = D([1, 2])
out = []
for x in d:
    out.append(x)
    if x == 1:
        d.append(3)
print(out, len(d), repr(D('ab')), isinstance(D(), collections.deque))
d = D()
d.extend([5, 6])
d.appendleft(4)
d.extend([7, 8])
print(next(d), repr(d), len(d), list(d), bool(d))
d.extend('xy')
print(repr(d), repr(d), len(d))
