# inspect.signature of an Enum class is EnumType.__call__'s (CPython 3.11:
# value, names and the functional API's keyword-only parameters); the
# call itself: a value lookup, or with names a new Enum class.
import enum
import inspect
from abc import ABC, abstractmethod


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Status(enum.IntEnum):
    OK = 0
    BAD = -1


class Perm(enum.IntFlag):
    R = 4
    W = 2


for cls in (Color, Status, Perm, enum.Enum):
    print(cls.__name__, inspect.signature(cls))
print(inspect.signature(type(Color).__call__))
print(Color(1), Status(-1), Color(Color.GREEN))
Shape = enum.Enum('Shape', 'SQUARE CIRCLE', start=10)
print(Shape.SQUARE.value, Shape.CIRCLE.value, [m.name for m in Shape], Shape.__name__)
Animal = enum.Enum('Animal', ['ANT', 'BEE'], qualname='zoo.Animal')
print(Animal.ANT.value, Animal.__qualname__)
for bad in ((3,), (1, None, None)):
    try:
        Color(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Color(1, module='x')
except TypeError as e:
    print('TypeError')


class Base(ABC):
    def __init__(self, a, b=2):
        pass

    @abstractmethod
    def run(self):
        pass


class Meta(type):
    def __call__(cls, x, *, y=1):
        return super().__call__()


class WithMeta(metaclass=Meta):
    def __init__(self, unused=None):
        pass


print(inspect.signature(Base), inspect.signature(WithMeta))
