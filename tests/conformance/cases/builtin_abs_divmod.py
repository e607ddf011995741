print(abs(-3), abs(3.5), abs(-0.0), abs(True))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, -2))
class A:
    def __abs__(self):
        return 99
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
