class D(dict):
    def __missing__(self, key):
        return "missing:" + key
class Cnt(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Cnt()
c.add("a"); c.add("a"); c.add("b")
print(c["a"], c["b"], len(c), "a" in c, sorted(c.keys()))
print(isinstance(c, dict), isinstance(c, Cnt))
d = Cnt(x=1)
print(d["x"], sorted(d.items()))
