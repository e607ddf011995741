vals = [0.1, 0.2 + 0.1, 1/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 1.5e-7, 2.0**60, -0.0, 1e22, 5e-324, 1.7976931348623157e308, 100.0, 12345.678]
for v in vals:
    print(v, str(v), "%s" % v, "%r" % v)
print(float("inf"), float("-inf"), float("nan"))
print(str(1e16), "%s" % 1e16, "{}".format(1e16))
