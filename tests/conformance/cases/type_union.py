# PEP 604 unions of types (types.UnionType), as newer bot code writes
# them outside annotations: isinstance checks and aliases.
import types

Number = int | float
Maybe = str | None
print(Number, Maybe, list[int] | None, int | str | int, int | Number)
print(type(Number) is types.UnionType, Number.__args__, Maybe.__args__)
print(isinstance(3, Number), isinstance(2.5, Number), isinstance('x', Number))
print(isinstance(None, Maybe), isinstance('s', Maybe), isinstance(1, Maybe))
print(issubclass(bool, Number), issubclass(str, Number))
print(int | str == str | int, (int | str) == (int | float), hash(int | str) == hash(str | int))
print(int | int, None | int)
x = int
x |= bytes
print(x)
try:
    1 | int
except TypeError as e:
    print('TypeError', e)
try:
    int | 'str'
except TypeError as e:
    print('TypeError', e)


class A:
    pass


print(isinstance(A(), A | None), A | None)
