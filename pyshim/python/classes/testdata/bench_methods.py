class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, k):
        self.n = self.n + k
        return self.n
c = Counter()
i = 0
while i < 200000:
    c.inc(1)
    i = i + 1
print(c.n)
