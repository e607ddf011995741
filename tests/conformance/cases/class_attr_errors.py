class A:
    x = 1
a = A()
try:
    a.missing
except AttributeError as e:
    print(e)
try:
    A.missing
except AttributeError as e:
    print(e)
try:
    del a.x
except AttributeError as e:
    print(e)
print(getattr(a, "missing", "default"), getattr(A, "x"))
setattr(a, "y", 5)
print(a.y, hasattr(a, "y"))
delattr(a, "y")
print(hasattr(a, "y"))
