class Outer:
    class Inner:
        pass
    def m(self):
        pass
print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.__module__, Outer.Inner.__module__)
print(repr(Outer), repr(Outer.Inner))
print(Outer.m.__name__)
print(type(Outer()).__name__)
