from datetime import datetime, timezone, date
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000, tz=timezone.utc))
print(repr(datetime.utcfromtimestamp(1234567890)))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp())
print(datetime(1970, 1, 2, 0, 0, 1, 500000, tzinfo=timezone.utc).timestamp())
print(datetime.utcfromtimestamp(1.5), datetime.fromtimestamp(86399.999999, timezone.utc))
