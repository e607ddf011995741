class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
print(tuple(Countdown(2)))
print(sorted(Countdown(4)))
print(sum(Countdown(4)))
a, b, c = Countdown(3)
print(a, b, c)
for i in Countdown(2):
    print("for", i)
print(3 in Countdown(5), 9 in Countdown(5))
print(list(zip(Countdown(3), "abc")))
print(list(enumerate(Countdown(2))))
it = Countdown(1)
print(next(it), next(it, "done"))
