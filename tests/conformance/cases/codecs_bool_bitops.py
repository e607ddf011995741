# bool &, | and ^ (and in-place forms) give bools; a bool next to an int counts as 0 or 1
print(True ^ False, True & True, True | False, True ^ 1, 3 ^ True, False & 5, True ^ True)
print(6 & 3, 6 | 3, 6 ^ 3, 2**70 ^ True)
x = True
x ^= True
y = 5
y |= True
z = {1, 2}
z &= {2, 3}
print(x, y, z, {1} | {2}, {1, 2} ^ {2, 3})
print(bool(0) ^ bool(1), type(True ^ False).__name__, type(True ^ 1).__name__)
try:
    True ^ 'x'
except TypeError as e:
    print(e)
