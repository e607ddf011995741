class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.swallow
with CM("a") as c:
    print("body", c.name)
with CM("b", swallow=True):
    raise ValueError("x")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError:
    print("propagated")
