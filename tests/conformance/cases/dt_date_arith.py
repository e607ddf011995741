from datetime import date, timedelta
d = date(2023, 12, 25)
print(d + timedelta(days=7), d - timedelta(days=365), repr(d - date(2023, 1, 1)))
print((date(2024, 3, 1) - date(2024, 2, 1)).days, timedelta(days=3) + d)
print(d.replace(month=2, day=28), d.replace(year=2000))
