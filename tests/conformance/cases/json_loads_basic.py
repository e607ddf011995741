import json
r = json.loads('{"b": 1, "a": [1, 2.5, -3e2, null, true, false], "c": "x", "d": {}}')
print(r)
print(type(r) is dict, type(r['a']) is list, type(r['a'][1]), type(r['a'][2]))
print(json.loads('[]'), json.loads('  "s"  '), json.loads('12345678901234567890'), json.loads('-0'), json.loads('1E3'))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
