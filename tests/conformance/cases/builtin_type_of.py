print(type(1).__name__, type(1.5).__name__, type("x").__name__, type([]).__name__, type(None).__name__)
print(type(1) is int, type(True) is bool, type("a") is str, type(int) is type)
class A: pass
print(type(A()) is A, type(A) is type)
