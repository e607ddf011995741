import json
s = 'caf\u00e9 \u20ac \U0001F600 "quoted" back\\slash\nnew\ttab \x01 \x7f'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({'cl\u00e9': 'v'}))
