from datetime import datetime, date, time, timezone
d = datetime.combine(date(2020, 5, 17), time(8, 30))
print(repr(d), d.date(), d.time(), repr(d.timetz()))
print(repr(datetime.combine(date(2020, 5, 17), time(8, 30), tzinfo=timezone.utc)))
print(repr(datetime.fromordinal(737000)), datetime(2020, 5, 17).toordinal())
