for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 12345.6789, -2.5]:
    print(v, round(v), round(v, 2), round(v, 1), round(v, -1), type(round(v)).__name__ if False else "")
print(round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(7), round(7, 2))
print(round(1e20), round(123.456, -2), round(0.0), round(-0.4))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
