print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">3"), format(255, "x"), format(1234567, ","))
print(format(0.5, "%"), format(True), format(None), format([1, 2]))
class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
print(format(F(), "abc"), "{:xyz}".format(F()), "{}".format(F()))
