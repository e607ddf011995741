class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(b, ()))
print(issubclass(B, (C, A)), issubclass(B, B), issubclass(A, B))
try:
    isinstance(b, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
