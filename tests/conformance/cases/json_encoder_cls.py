import json
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return json.JSONEncoder.default(self, o)
print(json.dumps({'s': {3, 1}}, cls=SetEncoder))
print(json.dumps({'s': {3, 1}}, cls=SetEncoder, indent=1))
try:
    json.dumps({'x': object()}, cls=SetEncoder)
except TypeError as e:
    print('TypeError:', e)
print(json.JSONEncoder(indent=2).encode([1]))
print(json.JSONDecoder().decode('[1, {"a": 2}]'))
print(json.JSONDecoder().raw_decode('{"a": 1} trailing'))
