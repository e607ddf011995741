def inner():
    yield 1
    yield 2
    return "inner-done"
def outer():
    r = yield from inner()
    print("got", r)
    yield 3
    return (yield from inner())
print(list(outer()))
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def driver():
    v = yield from acc()
    yield "final", v
d = driver()
print(next(d), d.send(5), d.send(6))
print(d.send(None))
def flat(items):
    for i in items:
        if isinstance(i, list):
            yield from flat(i)
        else:
            yield i
print(list(flat([1, [2, [3, 4]], 5])))
def lst():
    r = yield from [7, 8]
    print("list result", r)
print(list(lst()))
