import json
print(json.loads('{"a": 1, "b": [2]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=list))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float))
print(repr(json.loads('[NaN, Infinity, -Infinity]')))
print(json.loads('[NaN]', parse_constant=lambda c: 'const:' + c))
print(json.loads('"a\tb"', strict=False))
