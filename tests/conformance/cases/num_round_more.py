vals = [0.285, 0.275, 1.0049999999999999, 2.5e-5, 123.455, -123.455, 1e300, 0.5e-10]
for v in vals:
    print(round(v, 2), round(v, 5), round(v, 0), round(v, -2))
print(round(10**20 + 5, -1), round(-15, -1), round(5, -1), round(0), round(True))
print(round(1.5) + round(2.5) + round(3.5) + round(4.5))
x = round(7.0)
print(x, x + 1, "%d" % x)
