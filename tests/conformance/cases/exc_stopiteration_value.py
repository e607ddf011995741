e = StopIteration(5)
print(e.value, repr(e.args))
def gen():
    yield 1
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as s:
    print("stop", s.value)
