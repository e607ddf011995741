data: list[
    int
] = [1,
     2]
print(data)
def f(a: dict[str,
              int],
      b: int = 0) -> tuple[
          int, int]:
    return (len(a), b)
print(f({"x": 1}))
