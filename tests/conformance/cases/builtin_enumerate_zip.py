class Three:
    def __iter__(self):
        return iter(["a", "b", "c"])
print(list(enumerate(Three())), list(enumerate(Three(), 1)))
print(list(zip(Three(), [1, 2, 3, 4])), list(zip()))
for i, (x, y) in enumerate(zip("ab", "cd")):
    print(i, x, y)
