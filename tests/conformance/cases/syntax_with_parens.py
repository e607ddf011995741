class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name)
        return False
with (CM("a") as a, CM("b") as b):
    print(a, b)
with (
    CM("c") as c,
    CM("d"),
):
    print(c)
with (CM("e")):
    print("single")
