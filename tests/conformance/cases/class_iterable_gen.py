class Tree:
    def __init__(self, *kids):
        self.kids = kids
    def __iter__(self):
        for k in self.kids:
            yield k * 2
t = Tree(1, 2, 3)
print(list(t), max(t), min(t), ",".join(str(x) for x in t))
print(dict(zip(t, "abc")))
