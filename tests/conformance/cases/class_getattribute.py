class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "missing " + name
o = Logged()
print(o.a, o.secret, o.other)
