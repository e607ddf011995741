import importlib
m = importlib.import_module("os.path")
print(m.join("a", "b"))
d = importlib.import_module("datetime")
print(d.date(2020, 1, 1))
try:
    importlib.import_module("no_such_thing_x")
except ImportError as e:
    print(type(e), e)
