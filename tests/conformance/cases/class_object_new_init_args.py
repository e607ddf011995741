class A:
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.args = args
        self.kwargs = kwargs
a = A(1, 2, k=3)
print(a.args, a.kwargs)
class B:
    def __init__(self, x):
        super().__init__(x)
try:
    B(1)
except TypeError as e:
    print("TypeError:", e)
