from datetime import date
d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.isoformat(), d.toordinal())
print(repr(date.fromordinal(738945)), repr(date.fromisoformat("2023-12-31")))
print(d.strftime("%A %d %B %Y, day %j, week %U/%W"))
