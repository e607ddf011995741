class Bag:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
    def __len__(self):
        return len(self.d)
b = Bag()
b["a"] = 1
b["b"] = 2
print(b["a"], len(b), "a" in b, "z" in b, "z" not in b)
del b["a"]
print(len(b), "a" in b, bool(b))
try:
    b["nope"]
except KeyError as e:
    print("KeyError", repr(e))
