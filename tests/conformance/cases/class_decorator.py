def register(cls):
    cls.registered = True
    return cls
@register
class A:
    pass
print(A.registered)
def add_repr(cls):
    def __repr__(self):
        return cls.__name__ + "!"
    cls.__repr__ = __repr__
    return cls
@add_repr
class B:
    pass
print(repr(B()))
