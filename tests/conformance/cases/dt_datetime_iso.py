from datetime import datetime, timezone, timedelta
d = datetime(2024, 1, 2, 3, 4, 5, 6789)
print(d.isoformat())
print(d.isoformat(" "))
print(d.isoformat(timespec="seconds"), d.isoformat(timespec="minutes"), d.isoformat(timespec="milliseconds"))
print(d.isoformat(timespec="hours"), d.replace(microsecond=0).isoformat())
print(d.replace(tzinfo=timezone.utc).isoformat())
print(d.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-30))).isoformat())
print(d.date().isoformat(), d.time().isoformat())
