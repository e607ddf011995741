from enum import IntEnum, Flag
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE == 1, Num.TWO + 1, str(Num.TWO), repr(Num.ONE), Num(2), sorted([Num.TWO, Num.ONE]))
class P(Flag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W, repr(P.R | P.W), P.R in (P.R | P.W), bool(P.R & P.W))
