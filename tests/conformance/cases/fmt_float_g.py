vals = [0.0, 1e-5, 0.0001234, 0.5, 1.0, 10.0, 123456.0, 1234567.0, 1e15, 1e16, 1.23456789e-10, 9.999999e5, 99999.95]
for v in vals:
    print(format(v, "g"), format(v, ".2g"), format(v, ".10g"), format(v, "#.3g"), format(v, ".0g"), format(v, ".4"), format(v, ".15"), "%g" % v, "%.3g" % v)
