class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class A(metaclass=Meta):
    pass
class B(A):
    pass
print(A.added, B.added, type(A).__name__, isinstance(A, type))
