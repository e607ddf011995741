vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1e16, 1.5e300, 0.1, 100.0, 123456789.0]
for v in vals:
    print(repr(format(v, "")), repr(format(v, "f")), repr(format(v, ".2f")), repr(format(v, "e")), repr(format(v, ".3e")), repr(format(v, "g")), repr(format(v, ".3g")), repr(format(v, "G")))
