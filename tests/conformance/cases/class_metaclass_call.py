class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        self.name = name
        print("init", name)
a = Config("first")
b = Config("second")
print(a is b, a.name, type(Config).__name__)
class Meta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.created_by = "Meta:" + name
class Thing(metaclass=Meta):
    pass
print(Thing.created_by, isinstance(Thing, Meta), isinstance(Thing(), Thing))
