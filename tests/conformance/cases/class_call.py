class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, **kw):
        return self.n + x + sum(rest) + kw.get("extra", 0)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, extra=100), callable(add5))
print(list(map(add5, [1, 2])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
print(callable(NotCallable()), callable(NotCallable))
