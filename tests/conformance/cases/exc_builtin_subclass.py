class MyKey(KeyError):
    pass
class MyVal(ValueError):
    def __init__(self, v):
        super().__init__("bad value: %r" % (v,))
        self.v = v
try:
    raise MyKey("k")
except KeyError as e:
    print("KeyError", str(e), type(e).__name__)
try:
    raise MyVal(3)
except ValueError as e:
    print(str(e), e.v)
try:
    {}["x"]
except MyKey:
    print("wrong")
except KeyError:
    print("plain KeyError not MyKey")
