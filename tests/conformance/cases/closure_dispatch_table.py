# Dispatch tables of lambdas built inside nested functions.
def make_calc(precision):
    def calc(expr):
        ops = {
            "+": lambda a, b: a + b,
            "-": lambda a, b: a - b,
            "*": lambda a, b: a * b,
            "/": lambda a, b: round(a / b, precision),
        }
        a, op, b = expr.split()
        fmt = lambda v: "%s %s %s = %s" % (a, op, b, v)
        return fmt(ops[op](int(a), int(b)))
    return calc


c = make_calc(3)
for e in ["1 + 2", "7 / 3", "6 * 7", "2 - 9"]:
    print(c(e))
