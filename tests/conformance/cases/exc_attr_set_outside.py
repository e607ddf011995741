try:
    raise ValueError("v")
except ValueError as e:
    e.code = 7
    e.note = "noted"
    print(e.code, e.note, str(e))
    err = e
print(err.code)
try:
    err.missing_attr
except AttributeError as a:
    print("AttributeError:", a)
