class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("bad type for " + self.name)
        setattr(obj, self.name, value)
class Rec:
    n = Typed(int)
    s = Typed(str)
r = Rec()
r.n = 5
r.s = "x"
print(r.n, r.s, type(Rec.n).__name__)
try:
    r.n = "no"
except TypeError as e:
    print("TypeError:", e)
