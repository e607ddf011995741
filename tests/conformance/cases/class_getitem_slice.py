class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n
s = Seq(4)
print(s[1:3], s[::2], s[2])
print(list(s), 9 in s, 10 in s)
for x in s:
    print("item", x)
print(list(reversed(s)))
