from enum import Enum, IntEnum
class Color(str, Enum):
    def __new__(cls, value, label):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    RED = ("r", "Red")
    GREEN = ("g", "Green")
print(Color.RED, Color.RED.label, Color.RED == "r", Color("g").label, Color.GREEN.value)
class P(Enum):
    def __new__(cls, n):
        obj = object.__new__(cls)
        obj._value_ = n * 10
        return obj
    A = 1
    B = 2
print(P.A.value, P(20), list(P))
class Code(IntEnum):
    def __new__(cls, value, phrase):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        return obj
    OK = (200, "OK")
print(Code.OK, Code.OK.phrase, Code(200) is Code.OK, Code.OK + 1)
