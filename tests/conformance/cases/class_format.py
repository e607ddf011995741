class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return "$%.2f" % self.v
        return str(self.v)
    def __str__(self):
        return "Money"
m = Money(3.5)
print(format(m, "usd"), format(m), format(m, ""))
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()))
try:
    format(Plain(), "10")
except TypeError as e:
    print("TypeError:", e)
