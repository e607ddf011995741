import json
try:
    json.loads('{\n  "a": tru\n}')
except ValueError as e:
    print(isinstance(e, ValueError), isinstance(e, json.JSONDecodeError))
    print(e.msg, e.pos, e.lineno, e.colno)
    print(str(e))
