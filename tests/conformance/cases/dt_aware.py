from datetime import datetime, timezone, timedelta
a = datetime(2020, 1, 1, 12, tzinfo=timezone.utc)
b = datetime(2020, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))
print(a == b, a - b, b - a, a < b)
c = datetime(2020, 1, 1, 12)
print(a == c, a != c)
try:
    a < c
except TypeError as e:
    print("TypeError:", e)
try:
    a - c
except TypeError as e:
    print("TypeError:", e)
print(b.astimezone(timezone.utc), a.astimezone(timezone(timedelta(hours=-5))))
