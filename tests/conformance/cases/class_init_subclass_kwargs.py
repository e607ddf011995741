class Base:
    registry = {}
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key
        Base.registry[key] = cls.__name__
class A(Base, key="a"):
    pass
class B(Base, key="b"):
    pass
class C(A):
    pass
print(sorted(Base.registry.items()), A.key, B.key, C.key)
try:
    class D(object, bogus=1):
        pass
except TypeError as e:
    print("TypeError")
class Box:
    def __class_getitem__(cls, item):
        return "Box[%s]" % item.__name__
print(Box[int])
