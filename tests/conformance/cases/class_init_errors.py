class A:
    pass
try:
    A(1)
except TypeError as e:
    print("TypeError:", e)
class B:
    def __init__(self, x):
        self.x = x
try:
    B()
except TypeError as e:
    print("TypeError:", e)
class C:
    def __init__(self):
        return 5
try:
    C()
except TypeError as e:
    print("TypeError:", e)
