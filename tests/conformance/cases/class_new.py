class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super(Single, cls).__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Other:
    def __new__(cls):
        return 42
print(Other())
