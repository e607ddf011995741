x: int = 5
y: str
z: "list[int]" = [1, 2]
print(x, z)
def f():
    a: int = 1
    b: float
    c: dict = {}
    c["k"] = a
    return sorted(c.items())
print(f())
