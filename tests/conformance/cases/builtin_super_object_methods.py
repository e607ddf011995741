class A:
    def __init__(self):
        super().__init__()
    def __repr__(self):
        return "A:" + super().__repr__()[:3]
    def __eq__(self, other):
        return super().__eq__(other)
    __hash__ = object.__hash__
a = A()
print(repr(a), a == a, a == A(), hash(a) == hash(a))
print(object.__eq__(a, a), object.__ne__(a, A()) is NotImplemented, repr(NotImplemented))
