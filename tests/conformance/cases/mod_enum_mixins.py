from enum import Enum, IntEnum, IntFlag
import json
class S(str, Enum):
    A = "x"
    B = "yy"
print(S.A == "x", len(S.A), len(S.B))
print(str(S.A), repr(S.A))
print(f"{S.A}", format(S.A), "{}".format(S.A), "%s" % S.A)
print(hash(S.A) == hash("x"), {"x": 1}[S.A], {S.A: 2}["x"])
print(json.dumps(S.A), json.dumps({S.A: S.B}))
print(S.A.upper(), S.A + "z", S("x") is S.A, isinstance(S.A, str))
class I(IntEnum):
    ONE = 1
    TWO = 2
print(I.ONE + 1, I.TWO * 3, I.ONE == 1, I.ONE < 2, str(I.ONE), f"{I.ONE}", format(I.ONE, "03d"), int(I.TWO))
print([0, 10, 20][I.TWO], hash(I.ONE) == hash(1), json.dumps(I.TWO), {1: "a"}[I.ONE])
print(repr(I.ONE), "%d" % I.TWO, I.ONE | I.TWO, -I.ONE)
class F(IntFlag):
    R = 4
    W = 2
    X = 1
print(F.R | F.W, (F.R | F.W) & 6, F.R + 1, int(F.R | F.X), F.R == 4, repr(F.R | F.W), str(F.R), f"{F.W}")
class M(int, Enum):
    P = 5
print(M.P + 1, str(M.P), f"{M.P}", format(M.P), M.P == 5)
class FL(float, Enum):
    H = 0.5
print(FL.H * 2, str(FL.H), f"{FL.H}", FL.H == 0.5)


class J(IntEnum):
    ONE = 1
    THREE = 3


print(I.ONE == J.ONE, I.ONE is J.ONE, I.TWO - 1, I.TWO // 2, I.TWO / 4, I.TWO ** 3, I.TWO % 2, abs(-I.TWO))
print(sorted([J.THREE, I.TWO, I.ONE, 0]), max(I.ONE, J.THREE), I.TWO in range(3), I.ONE != 1, I.ONE != J.ONE)
print(list(range(I.TWO)), "ab" * I.TWO, I.ONE << 2, I.TWO >> 1, I.ONE & 3, bin(I.TWO), hex(J.THREE))
print(I(2) is I.TWO, I["ONE"], [m.value for m in I], isinstance(I.ONE, int), type(I.ONE + 0))


class Color(str, Enum):
    RED = "red"
    GREEN = "green"

    def describe(self):
        return "colour " + self.value


print(Color.RED.describe(), Color("green"), Color.RED in ["red"], "red" in [Color.RED])
print(Color.RED.startswith("r"), Color.GREEN.split("e"), Color.RED < Color.GREEN, sorted(Color))
print(",".join([Color.RED, Color.GREEN]), Color.RED.value, Color.RED.name, type(Color.RED.value).__name__)
print("{:>6}|".format(Color.RED), f"{Color.GREEN!s}|{Color.GREEN!r}", "%r" % Color.RED)
d = {Color.RED: 1}
d["green"] = 2
print(d, d["red"], json.dumps(d, sort_keys=True), json.dumps([Color.GREEN, I.ONE, FL.H]))


class V(str, Enum):
    A = "a"

    def __str__(self):
        return "custom " + self.value


print(str(V.A), f"{V.A}", V.A == "a")
print(str(Color.RED.value), Color.RED.upper(), Color.RED[0], Color.RED[1:])
for bad in (3.0, "7"):
    try:
        bin(bad)
    except TypeError as e:
        print("TypeError:", e)
