data = [1, 2, 3, 0, 4]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)))
it = iter([10, 20])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
