from datetime import datetime
d = datetime(2020, 1, 31, 10)
print(d.replace(hour=11, minute=1), d.replace(day=1))
for kw in [{"month": 2}, {"hour": 25}]:
    try:
        d.replace(**kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    d.replace(bogus=1)
except TypeError as e:
    print("TypeError")
