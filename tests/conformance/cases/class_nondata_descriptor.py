class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class C:
    calls = 0
    @Lazy
    def value(self):
        C.calls += 1
        return 99
c = C()
print(c.value, c.value, C.calls)
