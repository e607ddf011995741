"""pywikibot.Timestamp's constructors as pywikibot 9.6.3's: set_timestamp
takes a Timestamp (itself), a datetime (microseconds and tzinfo kept) or a
MediaWiki, ISO 8601 (fraction, offset) or POSIX string; fromISOformat and
fromtimestampformat copy a Timestamp; posix_timestamp(_format). Same
output from real pywikibot 9.6.3 (timestamp_parse.out) and gowikibot."""
import datetime

from pywikibot import Timestamp

for text in ('20090213233130', '2009-02-13T23:31:30Z', '2009-02-13 23:31:30',
             '2009-02-13T23:31:30.123Z', '2009-02-13T23:31:30,5', '2009-02-14T00:31:30+0100',
             '2009-02-13T22:31:30-01:00', '2009-02-13T23:41:30+00:10Z', '2009-02-14T00:31:30.25+01',
             '1234567890', '-1234567890.5', '1234567890.000001', '12345678901234', '2009-13-01T00:00:00Z',
             'yesterday', '2009-02-13T23:31'):
    try:
        ts = Timestamp.set_timestamp(text)
        print(repr(text), repr(ts), ts.isoformat(), ts.totimestampformat(), ts.posix_timestamp_format())
    except (ValueError, TypeError) as e:
        print(repr(text), type(e).__name__, e)

d = datetime.datetime(2020, 5, 6, 7, 8, 9, 123456)
for value in (d, d.replace(tzinfo=datetime.timezone.utc)):
    ts = Timestamp.set_timestamp(value)
    print(type(ts).__name__, repr(ts), ts == value, ts.tzinfo)
ts = Timestamp(2021, 1, 2, 3, 4, 5)
print(Timestamp.set_timestamp(ts) is ts)
for fn in (Timestamp.fromISOformat, Timestamp.fromtimestampformat):
    copy = fn(ts)
    print(copy is ts, copy == ts, type(copy).__name__)
print(Timestamp.fromISOformat('2021-01-02 03:04:05', sep=' '))
print(Timestamp.fromISOformat('2021-01-02X03:04:05.5', sep=' ').isoformat(sep=' '))
try:
    Timestamp.fromISOformat('2021-01-02X03:04:05.5', sep='X')
except ValueError as e:
    print('ValueError', e)
print(Timestamp._ISO8601Format(), Timestamp._ISO8601Format(' '), Timestamp.ISO8601Format)
print(ts.posix_timestamp(), Timestamp(1969, 12, 31, 23, 59, 59, 500000).posix_timestamp_format())
for bad in (12345, None, 1.5):
    try:
        Timestamp.set_timestamp(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    Timestamp.fromISOformat('20210102030405')
except ValueError as e:
    print('ValueError', e)
