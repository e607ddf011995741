import json
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print('ValueError:', e)
d = {}
d['d'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError:', e)
shared = [1]
print(json.dumps([shared, shared]))
