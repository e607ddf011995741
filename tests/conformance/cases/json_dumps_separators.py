import json
d = {'a': [1, 2], 'b': {'c': None}}
print(json.dumps(d, separators=(',', ':')))
print(json.dumps(d, separators=(' , ', ' : ')))
print(json.dumps(d, indent=2, separators=(', ', ': ')))
