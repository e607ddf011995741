class Level(int):
    def describe(self):
        return "level " + str(int(self))
l = Level(3)
print(l + 1, l * 2, l.describe(), l == 3, l > 2, isinstance(l, int))
