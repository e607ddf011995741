def add(a: int, b: int = 2) -> int:
    return a + b
def greet(name: "str", *args: str, sep: str = " ", **kw: int) -> str:
    out = name
    for a in args:
        out = out + sep + a
    return out
print(add(1), add(1, b=5))
print(greet("a", "b", "c", sep="-"))
def maybe(x: "int | None" = None) -> list[int]:
    return [x]
print(maybe(3))
