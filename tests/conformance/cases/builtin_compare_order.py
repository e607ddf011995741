# Ordering comparisons (<, <=, >, >=) with CPython semantics.

cases = [
    "(1, 2) < (1, 3)",
    "(1, 2) <= (1, 2)",
    "(1, 2) > (1, 2, 0)",
    "(2,) >= (1, 9, 9)",
    "() < (0,)",
    "[1] < [2]",
    "[1, 2] >= [1, 2]",
    "[[1, 2], [3]] > [[1, 2]]",
    "(1, [2]) < (1, [3])",
    "(True, 2) > (1, 1)",
    "(1, 2.5) <= (1, 2.5)",
    "[1] < [1.0]",
    "(1, None) < (2, None)",
    "(1, 'b') < (1, 'a')",
    "('a', 1) < ('a', 2)",
    "1.5 >= True",
    "2 ** 70 > 1.5",
    "2 ** 70 < 2 ** 71",
    "-1 < 0.5",
    "'a' < 'b' <= 'b'",
    "'abc' > 'abd'",
    "1 < 2 < 3 > 2",
    "float('nan') < 1",
    "float('nan') >= float('nan')",
    "b'a' < b'b'",
    "{1} <= {1, 2}",
    "{1, 2} > {1, 2}",
    "frozenset([1]) < {1, 2}",
    "[1, 'a'] < [1, 2]",
    "(1, 2) < (1, 'a')",
    "1 < 'a'",
    "'a' >= 1",
    "[1] < (1,)",
    "[1] <= 1",
    "None < 1",
    "None > None",
    "(None,) < (None,)",
    "(None, 1) < (None, 2)",
    "{} < {}",
    "object() > object()",
    "(1, {}) < (1, {})",
]
for c in cases:
    try:
        print(c, "->", eval(c))
    except TypeError as e:
        print(c, "-> TypeError:", e)


class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, b < a, a > b, b >= a)
print(sorted([b, a, Version(0, 9)]))
print(max([(2, "x"), (2, "y"), (1, "z")]), min([[3], [1, 2], [1]]))

# comparisons in loops and conditions keep their meaning
pairs = [(1, 2), (2, 1), (1, 1)]
print([p for p in pairs if p[0] < p[1]], [p for p in pairs if p >= (1, 2)])
i = 0
while (i, "a") < (3, "a"):
    i += 1
print("i", i)
x = 5
print(0 <= x < 10, 0 < x <= 4, not x > 3)

try:
    (1, 2) < (1, "two")
except TypeError as e:
    print("caught:", e)
print([1, 2] > [1, "2"])
