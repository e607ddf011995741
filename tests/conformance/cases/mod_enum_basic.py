from enum import Enum, auto, unique
class Color(Enum):
    RED = 3
    GREEN = 1
    BLUE = 2
    def describe(self):
        return self.name + "!"
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(1), Color["BLUE"])
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(3), Color.BLUE.describe())
print(type(Color.RED), Color, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()
print(list(A), A.Z.value, [m for m in Color.__members__])
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
