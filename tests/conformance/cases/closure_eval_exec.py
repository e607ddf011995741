# Closures compiled at run time by eval() and exec().
f = eval("(lambda a: (lambda b: [a + b + i for i in range(2)] + [a]))(1)")
print(f(10))
exec("def mk(a):\n    def h(b):\n        return [a + b + i for i in range(2)] + [a]\n    return h\n")
print(mk(1)(20))
exec("def mk2(a):\n    def h(b):\n        return [a * b * i for i in range(3)] + [a]\n    return h\nprint(mk2(2)(3))\n")
