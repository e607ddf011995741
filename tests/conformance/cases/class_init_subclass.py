registry = []
class Plugin:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__()
        registry.append(cls.__name__)
class A(Plugin): pass
class B(Plugin): pass
class C(A): pass
print(registry)
