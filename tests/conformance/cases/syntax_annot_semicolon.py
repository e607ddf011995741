a: int = 1; b: int = 2
print(a + b)
class K: x: int = 5
print(K.x)
