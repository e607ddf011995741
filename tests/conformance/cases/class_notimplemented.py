class A:
    def __add__(self, o):
        return NotImplemented
    def __eq__(self, o):
        return NotImplemented
class B:
    def __radd__(self, o):
        return "B.radd"
    def __eq__(self, o):
        return "B.eq"
print(A() + B())
print(A() == B())
try:
    A() + A()
except TypeError as e:
    print("TypeError:", e)
a = A()
print(a == a, a == A())
