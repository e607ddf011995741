import datetime
from pywikibot.time import MW_KEYS, parse_duration, str2timedelta, TZoneFixedOffset
print(sorted(MW_KEYS.items()))
for s in ('300s', '36h', '7d', '2w', '1y', '3y', 'x', '5m', 'ad', ''):
    try:
        print(s, parse_duration(s), str2timedelta(s))
    except ValueError as e:
        print(s, 'ValueError', e)
print(str2timedelta('1y', datetime.datetime(2024, 2, 29)), str2timedelta('2y', datetime.datetime(2023, 3, 1)))
try:
    MW_KEYS['m'] = 'minutes'
except TypeError as e:
    print('TypeError', e)
tz = TZoneFixedOffset(60, 'CET')
print(tz, tz.tzname(None), tz.utcoffset(None), tz.dst(None))
