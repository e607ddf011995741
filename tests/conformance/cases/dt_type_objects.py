# The classes of the datetime module as values: str, format, ==, hash, bool.
import datetime as m
print(m.datetime, m.date, m.time, m.timedelta, m.timezone)
print(str(m.datetime), repr(m.timedelta), '{}'.format(m.date), f'{m.time}', '%s' % m.timezone)
print(m.datetime == m.datetime, m.datetime == m.date, m.datetime != m.date, bool(m.timedelta), bool(m.date))
print(len({m.datetime: 1, m.date: 2, m.timedelta: 3}), hash(m.date) == hash(m.date))
print(m.datetime in (m.date, m.datetime), [m.time].index(m.time))
print(isinstance(m.datetime(2020, 1, 1), m.date), issubclass(m.datetime, m.date))
if m.timedelta:
    print('truthy')
