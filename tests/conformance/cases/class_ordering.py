class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return "V(%d)" % self.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, b > a)
print(sorted([V(3), V(1), V(2)]))
print(max([V(3), V(9), V(2)]), min(V(4), V(2)))
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
class N:
    pass
try:
    N() < N()
except TypeError as e:
    print("TypeError:", e)
