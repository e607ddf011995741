def g():
    yield 1
    raise ValueError("boom")
try:
    for x in g():
        print(x)
    print("not reached")
except ValueError as e:
    print("caught", e)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("from next")
try:
    print([y for y in It()])
except KeyError as e:
    print("caught", repr(e))
def inner():
    for i in range(3):
        for j in g():
            pass
try:
    inner()
except ValueError as e:
    print("nested", e)
total = 0
for a in range(5):
    for b in range(3):
        if b == 2:
            break
        total += b
    else:
        total += 100
print(total)
for k in []:
    pass
else:
    print("else ran")
print(sum(x for x in range(4)), list(x * 2 for x in g() if False) if False else "skip")
