print(round(0.5), round(1.5), round(2.5), round(3.5), round(-2.5), round(-0.5))
print(round(1.23456, 3), round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(5, 1), round(-1250, -2))
print(round(1234.5678, -2), round(1.5, 0), type(round(1.5)).__name__, type(round(1.5, 0)).__name__)
print(round(7), round(True), round(2.5e10))
try:
    round("x")
except TypeError as e:
    print("TypeError:", e)
