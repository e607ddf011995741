class Gen:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
g = Gen(4)
print(list(g), sorted(g, reverse=True), max(g), min(g), sum(g), any(g), all(g))
print(list(map(str, g)), list(filter(None, g)), set(g) == {0, 1, 2, 3})
print(tuple(x * 2 for x in g), [y for y in g if y % 2])
