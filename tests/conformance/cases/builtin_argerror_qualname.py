class A:
    def m(self, x):
        return x
try:
    A().m()
except TypeError as e:
    print("TypeError:", e)
def top(a, b):
    pass
try:
    top(1)
except TypeError as e:
    print("TypeError:", e)
try:
    top(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
