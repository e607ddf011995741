import json
data = {'name': 'x', 'list': [1, [2, 3], {}], 'obj': {'k': []}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t'))
print(json.dumps([1, 2], indent=0))
print(json.dumps({'a': 1}, indent=4, separators=(',', ' = ')))
