class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
d = {}
d[Key("a")] = 1
d[Key("a")] = 2
d[Key("b")] = 3
print(len(d), d[Key("a")], Key("b") in d)
s = {Key(1), Key(1), Key(2)}
print(len(s))
