class Version:
    def __init__(self, s):
        self.parts = [int(p) for p in s.split(".")]
        self.key = 0
        for p in (self.parts + [0, 0, 0])[:3]:
            self.key = self.key * 1000 + p
    def __eq__(self, o):
        return self.key == o.key
    def __lt__(self, o):
        return self.key < o.key
    def __le__(self, o):
        return self == o or self < o
    def __gt__(self, o):
        return not self <= o
    def __ge__(self, o):
        return not self < o
    def __repr__(self):
        return "V" + ".".join(str(p) for p in self.parts)
vs = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), max(vs), Version("1.0") >= Version("1.0"), Version("2.0") > Version("1.9"))
