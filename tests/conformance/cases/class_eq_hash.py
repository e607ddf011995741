class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, K):
            return NotImplemented
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
print(K(1) == K(1), K(1) != K(2), K(1) == 1, hash(K(5)) == hash(5))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), hash(p) == hash(p))
