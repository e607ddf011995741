# Writes a 2,000-line Python 3.4 program (classes, functions, loops) to
# stdout: the pre-pass and compile benchmark's input.
print("def helper(x):\n    return x * 2\n")
n = 2
i = 0
while n < 1990:
    print("class C%d(object):" % i)
    print("    def __init__(self, a, b=3):")
    print("        self.a = a")
    print("        self.b = [helper(k) for k in range(b)]")
    print("    def run(self, items):")
    print("        out = {}")
    print("        for k, v in enumerate(items):")
    print("            if k %% 2 and v != %d:" % i)
    print("                out['k%d' % k] = v + self.a")
    print("        return out")
    print("")
    n += 11
    i += 1
while n < 2000:
    print("x = %d" % n)
    n += 1
