class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.__bases__])
print(A.__bases__ == (object,))
print([k.__name__ for k in D.mro()])
print(D.__base__.__name__)
