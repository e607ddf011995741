class R:
    def __init__(self, items):
        self.items = items
    def __reversed__(self):
        return iter(["rev"] + self.items[::-1])
print(list(reversed(R([1, 2, 3]))))
