def hello(self):
    return "hi " + self.name
T = type("T", (object,), {"name": "t", "hello": hello})
t = T()
print(T.__name__, t.hello(), isinstance(t, T))
U = type("U", (T,), {})
print(U().hello(), issubclass(U, T), U.__bases__[0].__name__)
print(type(3).__name__, type("s") is str, type(t) is T)
