import json
def enc(o):
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('cannot encode ' + type(o).__name__)
print(json.dumps({'s': {3, 1, 2}}, default=enc))
print(json.dumps(set([1]), default=list))
try:
    json.dumps(set([1]))
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({(1, 2): 3, 'ok': 1}, skipkeys=True))
