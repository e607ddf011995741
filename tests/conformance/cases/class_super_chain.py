class A:
    def __init__(self):
        self.log = ["A"]
    def who(self):
        return "A"
class B(A):
    def __init__(self):
        super(B, self).__init__()
        self.log.append("B")
    def who(self):
        return "B" + super(B, self).who()
class C(B):
    def __init__(self):
        super(C, self).__init__()
        self.log.append("C")
    def who(self):
        return "C" + super(C, self).who()
c = C()
print(c.log, c.who())
