# Arithmetic on bools computes with 1 and 0 and gives ints (floats for /).
x, y, n, f = True, False, 3, 2.5
exprs = ["x-1", "1-x", "x*2", "x/2", "2/x", "x+0.5", "x//2", "x**2", "2**x", "-x", "+x", "~x", "-y",
         "x+x", "x-x", "x-y", "x*x", "y*x", "x/x", "x//x", "x%x", "x**x", "x+n", "n-x", "x-n", "f-x",
         "x-f", "x/f", "f/x", "float(x)", "float(y)", "sum([x, x, y])", "x + x + x", "type(x+x).__name__",
         "type(-x).__name__", "type(x*x).__name__", "type(x & x).__name__", "-(x+x)", "10**20 - x",
         "x * 10**20", "[x - y for _ in range(2)]", "sorted([x, 0, -x])", "-x < y", "divmod(x, x)", "divmod(7, x)", "divmod(x, 2.0)"]
for e in exprs:
    print(e, "=>", repr(eval(e)))
s, fl = 'a', 1.5
for bad in ["x + 'a'", "'a' - x", "x - None", "-s", "~fl", "+s"]:
    try:
        eval(bad)
    except TypeError as ex:
        print(bad, "=> TypeError:", ex)
z = True
z += True
print(z)
z = True
z -= False
print(z)
z = True
z *= True
print(z)
z = True
z /= 4
print(z)


def neg(v):
    return -v


def sub(a, b):
    return a - b


print(neg(True), neg(False), neg(5), neg(2.5), neg(10**20), neg(-2**63))
print(sub(True, True), sub(10**20, 1), sub(5, 3), sub(2.5, 1))
votes = [a > 1 for a in range(5)]
print(sum(votes), votes.count(True), sum(votes) / len(votes))
