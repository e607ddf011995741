class Err(Exception):
    def describe(self):
        return "Err(" + ",".join(str(a) for a in self.args) + ")"
    @classmethod
    def make(cls, *a):
        return cls(*a)
    @property
    def first(self):
        return self.args[0] if self.args else None
e = Err.make(1, 2)
print(e.describe(), e.first, type(e).__name__)
