# json.dumps of instances of dict, list and tuple subclasses encodes them as
# their base (gowikibot raised "Object of type D is not JSON serializable";
# a bot dumping a dict subclass, or gowikibot's config.family_files).
import collections
import json


class D(dict):
    pass


class L(list):
    pass


class T(tuple):
    pass


print(json.dumps(D(a=1, b=[2])), json.dumps(L([1, D(x=2)])), json.dumps(T((1, 2))))
print(json.dumps({'k': D(x=L([3]))}, sort_keys=True, indent=1))
print(json.dumps(collections.OrderedDict(b=2, a=1)), json.dumps(collections.defaultdict(list, c=[1])))
d = D()
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError', e)
print(json.loads(json.dumps(D({'n': None, 't': True}))))
