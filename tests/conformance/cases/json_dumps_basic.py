import json
print(json.dumps({'b': 1, 'a': [1, 2.5, None, True, False], 'c': 'text'}))
print(json.dumps([1, 'two', 3.0]))
print(json.dumps('plain'), json.dumps(42), json.dumps(None), json.dumps(True))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}))
print(json.dumps({1: 'int key', 2.5: 'float key', None: 'none', True: 'bool'}))
