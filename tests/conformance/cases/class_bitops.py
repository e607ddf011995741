class Flags:
    def __init__(self, v):
        self.v = v
    def __and__(self, o):
        return Flags(self.v & o.v)
    def __or__(self, o):
        return Flags(self.v | o.v)
    def __xor__(self, o):
        return Flags(self.v ^ o.v)
    def __lshift__(self, n):
        return Flags(self.v << n)
    def __rshift__(self, n):
        return Flags(self.v >> n)
    def __ror__(self, o):
        return Flags(o | self.v)
a, b = Flags(12), Flags(10)
print((a & b).v, (a | b).v, (a ^ b).v, (a << 2).v, (a >> 1).v, (1 | a).v)
