class A: pass
a = A()
b = a
print(id(a) == id(b), id(a) == id(A()), a is b, a is not A())
