from datetime import date
a, b = date(2020, 1, 1), date(2020, 1, 2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == date(2020, 1, 1))
print(sorted([b, a])[0], max(a, b), min(a, b))
print(a == "2020-01-01")
try:
    a < 5
except TypeError as e:
    print("TypeError", e)
