import functools
class Shape:
    def __init__(self, w, h=1):
        self.w, self.h = w, h
    @classmethod
    def square(cls, side=2):
        return cls(side, side)
    @staticmethod
    def unit(scale=1, *, label="u"):
        return label * scale
    @property
    def area(self):
        return self.w * self.h
    def double(self, factor=2):
        return Shape(self.w * factor, self.h)
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@logged
def power(x, exp=2):
    return x ** exp
@logged
@logged
def add(a, b=10, *, c=0):
    return a + b + c
print(Shape.square().area, Shape.square(3).area, Shape.unit(), Shape.unit(3, label="ab"))
print(power(3), power(2, exp=5), add(1), add(1, 2, c=3))
print(Shape(2).double().area, power.__name__)
