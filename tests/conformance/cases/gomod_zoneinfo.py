from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones
from datetime import datetime, timezone, timedelta
b = ZoneInfo('Europe/Berlin')
print(b, repr(b), b.key, ZoneInfo("Europe/Berlin") == b)
for d in (datetime(2024, 1, 15, 12, 0, tzinfo=b), datetime(2024, 7, 15, 12, 0, tzinfo=b)):
    print(d, d.utcoffset(), d.dst(), d.tzname(), d.astimezone(timezone.utc))
u = datetime(2024, 3, 31, 0, 59, tzinfo=timezone.utc)
print(u.astimezone(b), (u + timedelta(minutes=2)).astimezone(b))
ny = ZoneInfo('America/New_York')
print(datetime(2024, 11, 3, 1, 30, tzinfo=ny).tzname(), datetime(2024, 11, 3, 3, 30, tzinfo=ny).tzname())
print(datetime(2024, 3, 10, 2, 30, tzinfo=ny).utcoffset(), datetime(2024, 3, 10, 1, 30, tzinfo=ny).utcoffset())
print(datetime(2024, 6, 1, tzinfo=timezone.utc).astimezone(ZoneInfo('Asia/Kolkata')))
print(datetime(2000, 1, 1, tzinfo=ZoneInfo('UTC')).utcoffset())
try:
    ZoneInfo('Mars/Olympus')
except ZoneInfoNotFoundError as e:
    print('ZoneInfoNotFoundError', e, isinstance(e, KeyError))
print('Europe/Berlin' in available_timezones())
