class Base:
    registry = []
    @classmethod
    def create(cls, name):
        obj = cls()
        obj.name = name
        return obj
    def __repr__(self):
        return "<" + type(self).__name__ + " " + self.name + ">"
class Child(Base):
    @classmethod
    def create(cls, name):
        obj = super().create(name.upper())
        cls.registry.append(obj.name)
        return obj
print(Child.create("x"), Base.registry)
