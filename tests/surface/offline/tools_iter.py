"""pywikibot.tools' helpers as pywikibot 9.6.3's: filter_unique with a
mapping as container, an add function (called with the item) and a
StopIteration that ends it; intersect_generators (items in the order their
last iterable yields them, duplicates as often as all yield them);
compute_file_hash with a hash constructor; cached used with an argument.
Same output from real pywikibot 9.6.3 (tools_iter.out) and gowikibot."""
import collections
import functools
import hashlib
import os
import tempfile

from pywikibot import tools
from pywikibot.tools.itertools import filter_unique, intersect_generators

data = [1, 3, 2, 1, 3, 4, 2, 5]
seen = {}
print(list(filter_unique(data, container=seen)), seen)
od = collections.OrderedDict()
print(list(filter_unique(data, container=od, key=lambda x: x % 3)), list(od.items()))
got = []
print(list(filter_unique(data, container=set(), add=got.append)), got)
keys = set()
print(list(filter_unique(['a', 'B', 'b', 'A', 'c'], container=keys, key=str.lower)), sorted(keys))


class Stopper(set):
    def __contains__(self, item):
        if item == 4:
            raise StopIteration
        return super().__contains__(item)


print(list(filter_unique(data, container=Stopper())))

for gens in (['abc', 'db', 'ba'], ['aabc', 'dddb', 'baa'], ['abcba', 'abbcd'], ['abc', ''], ['xyz'],
             [range(10), range(5, 15, 2), range(0, 20, 3)]):
    print(gens, list(intersect_generators(*gens)), list(intersect_generators(*gens, allow_duplicates=True)))
print(list(intersect_generators()))

folder = tempfile.mkdtemp()
name = os.path.join(folder, 'data')
with open(name, 'wb') as f:
    f.write(b'x' * 3000)
for sha in ('md5', hashlib.md5, functools.partial(hashlib.new, 'sha1'), 'sha1'):
    print(tools.compute_file_hash(name, sha=sha), tools.compute_file_hash(name, sha=sha, bytes_to_read=1000))
os.remove(name)
os.rmdir(folder)

for args in ((42,), ()):
    try:
        tools.cached(*args)
    except TypeError as e:
        print('TypeError', e)
