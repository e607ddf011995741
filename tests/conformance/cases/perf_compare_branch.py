# Ordering comparisons with a constant operand used as branch conditions.
class Weird:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v

    def __gt__(self, other):
        return [] if self.v else [1]


class Boom:
    def __bool__(self):
        raise ValueError("no truth")


class Cmp:
    def __lt__(self, other):
        return Boom()


for v in (0, 1, "", "x", None):
    if Weird(v) < 5:
        print("lt true", repr(v))
    else:
        print("lt false", repr(v))
    if not Weird(v) > 5:
        print("not gt", repr(v))

n = 0
i = 0
while i < 7:
    if i >= 3:
        n = n + i
    i = i + 1
print(i, n)

for x in [(1, 2), (1, 3), [1]]:
    try:
        if x < (1, 3):
            print("less", x)
        else:
            print("not less", x)
    except TypeError as e:
        print("TypeError:", e)

for x in [1, 2.5, "s", None]:
    try:
        if x <= 2:
            print("le", x)
    except TypeError as e:
        print("TypeError:", e)

try:
    if Cmp() < 1:
        print("unreachable")
except ValueError as e:
    print("ValueError:", e)

words = ["b", "a", "c"]
print([w for w in words if w > "a"])
print(3 if 2 < 1 else 4, 5 < 6)
