class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == "":
            return "$%.2f" % self.amount
        return "$" + format(self.amount, spec)
    def __str__(self):
        return "Money(%s)" % self.amount
m = Money(1234.5)
print(format(m), format(m, ",.1f"), "{}".format(m), "{:>12,.2f}|".format(m), "{!s}".format(m))
print("%s" % m, str(m))
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), "{}".format(Plain()), "{:>7}".format(str(Plain())))
try:
    format(Plain(), ">7")
except TypeError as e:
    print("TypeError:", e)
