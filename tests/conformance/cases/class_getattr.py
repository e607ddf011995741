class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        if name.startswith("x"):
            return "virtual:" + name
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
print(p.xyz, p.count(1))
try:
    p.nothing
except AttributeError as e:
    print("AttributeError")
print(hasattr(p, "xa"), hasattr(p, "nope"))
