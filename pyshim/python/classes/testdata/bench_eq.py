class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return self.x == o.x
    def get(self):
        return self.x
a = P(1)
b = P(1)
n = 0
i = 0
while i < 100000:
    if a == b:
        n = n + a.get() + b.x
    i = i + 1
print(n)
