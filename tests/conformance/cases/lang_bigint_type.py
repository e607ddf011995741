# An int beyond 64 bits is still of type int.
x = 10**20
print(type(x), type(x) is int, type(x).__name__, x.__class__, isinstance(x, int), type(x) == int)
print(type(2**63), type(2**63 - 1), type(-2**63), type(-2**64))
try:
    x + "a"
except TypeError as e:
    print(e)
print(type(x)(5), type(x)("12"), {int: 'int'}[type(x)])
print(repr(x), str(x), hash(x) == hash(10**20), x // 10**10)
