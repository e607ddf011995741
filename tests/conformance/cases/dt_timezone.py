from datetime import timezone, timedelta, datetime
print(repr(timezone.utc), str(timezone.utc))
z = timezone(timedelta(hours=5, minutes=30))
print(repr(z), str(z), z.utcoffset(None), z.tzname(None), z.dst(None))
n = timezone(timedelta(hours=-8), "PST")
print(repr(n), str(n))
print(timezone(timedelta(0)) == timezone.utc, repr(timezone(timedelta(0))))
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print("ValueError")
d = datetime(2020, 1, 1, 12, tzinfo=z)
print(repr(d), d.utcoffset(), d.tzname())
