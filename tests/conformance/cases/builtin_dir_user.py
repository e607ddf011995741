class Base:
    def base_method(self): pass
class Child(Base):
    attr = 1
    def child_method(self): pass
c = Child()
c.inst = 2
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print("__init__" in dir(c), "__class__" in dir(c))
class WithDir:
    def __dir__(self):
        return ["b", "a"]
print(dir(WithDir()))
