import json
data = {'id': 7, 'tags': ['a', 'b'], 'nested': {'ok': True, 'ratio': 0.25, 'none': None}, 'unicode': '\u00fc\u4e2d'}
s = json.dumps(data)
print(s)
back = json.loads(s)
print(back == data, back)
print(json.dumps(json.loads('{"z": 1, "a": 2}')))
print(json.loads(json.dumps([1, 2, {'3': 4}], indent=3)))
