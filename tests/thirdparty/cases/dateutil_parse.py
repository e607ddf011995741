from dateutil import parser, relativedelta, tz, rrule
import datetime
for s in ['2024-02-29T13:45:00Z', '29 February 2024 1:45pm', 'March 3, 2021', '2021-03-04 05:06:07+02:00', '20240101', 'Tue, 5 Mar 2024 10:00:00 GMT']:
    d = parser.parse(s)
    print(s, '->', d.isoformat())
d = datetime.datetime(2024, 1, 31)
print(d + relativedelta.relativedelta(months=1), d + relativedelta.relativedelta(years=1, days=-1, weekday=relativedelta.FR))
print(relativedelta.relativedelta(datetime.date(2024, 3, 1), datetime.date(2020, 1, 15)))
print(list(rrule.rrule(rrule.MONTHLY, count=3, dtstart=datetime.datetime(2024, 1, 31))))
print(tz.tzutc(), tz.tzoffset('X', 3600).utcoffset(None), parser.parse('2024-01-01 10:00 +0100').utcoffset())
try:
    parser.parse('not a date')
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
