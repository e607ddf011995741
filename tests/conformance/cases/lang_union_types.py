# PEP 604 unions of classes: int | None in annotations (evaluated when the
# def runs), their repr, __args__, equality, and typing.get_type_hints.
import typing


def f(a: int | None = None, b: str | list[str] | None = None) -> dict[str, int] | None:
    return None


print(f.__annotations__)
print(typing.get_type_hints(f))
u = int | None
print(u, u.__args__, type(u).__name__, u == (None | int), u == (int | str), int | int)
print(str | bytes | str, (int | None) | (str | None), list[int] | tuple[int, ...])
Opt = int | None


class Config:
    retries: int | None = None
    names: list[str] | None

    def get(self, key: str | None) -> Opt:
        return None


print(Config.__annotations__, Config.get.__annotations__)
try:
    1 | 'x'
except TypeError as e:
    print(e)
print(3 | 4, True | False, {1} | {2})
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), issubclass(bool, int | str))
