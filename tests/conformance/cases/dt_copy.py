# copy.copy and copy.deepcopy of datetime values and of instances of
# subclasses (rebuilt with their class).
import copy
import datetime


class TS(datetime.datetime):
    def __str__(self):
        return 'TS ' + self.strftime('%Y%m%d%H%M%S')


class Day(datetime.date):
    pass


class Span(datetime.timedelta):
    pass


values = [datetime.datetime(2024, 1, 2, 3, 4, 5, 6), datetime.date(2020, 2, 29), datetime.time(1, 2, 3),
          datetime.timedelta(days=-1, seconds=5), datetime.timezone.utc,
          datetime.datetime(2024, 1, 2, tzinfo=datetime.timezone(datetime.timedelta(hours=-3))),
          TS(2024, 5, 6, 7, 8, 9), Day(2021, 3, 4), Span(days=2, microseconds=7)]
for v in values:
    for name, f in (('copy', copy.copy), ('deepcopy', copy.deepcopy)):
        c = f(v)
        print(name, type(c).__name__.replace('datetime.', ''), c == v, str(c), repr(c) == repr(v))
nested = {'when': TS(2020, 1, 1), 'list': [datetime.date(2000, 1, 1)], 'span': Span(3)}
d = copy.deepcopy(nested)
print(sorted(d), str(d['when']), d['list'], str(d['span']), d == nested, d['list'] is not nested['list'])
