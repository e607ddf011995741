class A(object):
    def __init__(self):
        super(A, self).__init__()
        self.ok = True
print(A().ok, isinstance(A(), object))
o = object()
print(type(o).__name__)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
