a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
print(hash(1) == hash(1.0), hash("x") == hash("x"), hash((1, 2)) == hash((1, 2)), hash(True) == 1)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
