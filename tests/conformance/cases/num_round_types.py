vals = [round(2.5), round(2.5, 0), round(7, 1), round(7.25, 1), round(-3.75, 1)]
for v in vals:
    print(v, isinstance(v, int), isinstance(v, float))
print(round(2.5) == 2, round(0.5) == 0, round(1.5) == 2)
print(round(12345.6789, -3), round(-12345.6789, -3), round(0.0001, 3), round(-0.0001, 3))
