def f(x):
    return x * 2
sm = staticmethod(f)
cm = classmethod(f)
print(type(sm).__name__, type(cm).__name__, sm.__func__ is f, cm.__func__ is f)
class A:
    s = sm
    c = cm
print(A.s(3), A().s(4), A.c() is A)
