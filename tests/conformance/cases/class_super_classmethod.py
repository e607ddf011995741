class A:
    @classmethod
    def create(cls, n):
        obj = cls()
        obj.n = n
        return obj
class B(A):
    @classmethod
    def create(cls, n):
        obj = super(B, cls).create(n * 10)
        obj.tag = cls.__name__
        return obj
b = B.create(4)
print(type(b).__name__, b.n, b.tag)
