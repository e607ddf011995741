from datetime import date
for args in [(2023, 2, 29), (2023, 13, 1), (0, 1, 1), (2023, 4, 31)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    date("2020", 1, 1)
except TypeError as e:
    print("TypeError")
try:
    date.fromisoformat("2020-1-1")
except ValueError as e:
    print("ValueError:", e)
