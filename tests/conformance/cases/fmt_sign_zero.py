for v in [0, -0.0, 0.0, 1, -1, 2.5, -2.5]:
    print(repr(format(v, "+")), repr(format(v, "-")), repr(format(v, " ")), repr(format(v, "06")), repr(format(v, "<06")), repr(format(v, "=+6")), repr(format(v, "^+7")))
