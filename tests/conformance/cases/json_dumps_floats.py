import json
print(json.dumps([0.1, 1.0, -2.5, 1e16, 1e-7, 123456.789, 1.5e300, 2 ** 70, -0.0]))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
print(json.dumps(1 / 3), json.dumps(100.0), json.dumps(1e22))
