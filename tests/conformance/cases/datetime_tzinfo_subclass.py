"""datetime.tzinfo subclasses: a fixed zone as pywikibot.time's
TZoneFixedOffset, one with summer time, and the base class's methods."""
import datetime
from datetime import datetime as dt, timedelta, timezone, tzinfo


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self._offset = timedelta(minutes=minutes)
        self._name = name

    def utcoffset(self, d):
        return self._offset

    def tzname(self, d):
        return self._name

    def dst(self, d):
        return timedelta(0)

    def __repr__(self):
        return 'Fixed(%s)' % self._name


class Summer(tzinfo):
    """+1h, +2h from April to September."""

    def utcoffset(self, d):
        return timedelta(hours=1) + self.dst(d)

    def dst(self, d):
        if d is not None and 4 <= d.month <= 9:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, d):
        return 'CEST' if self.dst(d) else 'CET'


cet = Fixed(60, 'CET')
d = dt(2024, 3, 5, 12, 30, tzinfo=cet)
print(d, repr(d))
print(d.utcoffset(), d.dst(), d.tzname(), d.tzinfo is cet)
print(d.astimezone(timezone.utc), d.timestamp())
print(d.replace(tzinfo=None), d.replace(tzinfo=timezone.utc))
print(dt(2024, 3, 5, 12, 30).replace(tzinfo=cet).astimezone(Fixed(120, 'EET')))
print(isinstance(cet, tzinfo), isinstance(timezone.utc, tzinfo))
print(d.strftime('%Y-%m-%d %H:%M %Z %z'))
print(d == dt(2024, 3, 5, 11, 30, tzinfo=timezone.utc))
print(d - dt(2024, 3, 5, 11, 0, tzinfo=timezone.utc))
print(d < dt(2024, 3, 5, 12, 0, tzinfo=timezone.utc))
print(max([d, dt(2024, 3, 5, 11, 45, tzinfo=timezone.utc)]))
print(d.isoformat(), d + timedelta(days=1))
print(dt.fromtimestamp(0, cet), dt.now(cet).tzinfo is cet)

# the base class's fromutc, inherited
print(cet.fromutc(dt(2024, 1, 1, tzinfo=cet)))
s = Summer()
print(s.fromutc(dt(2024, 7, 1, 10, tzinfo=s)), s.fromutc(dt(2024, 1, 1, 10, tzinfo=s)))
print(dt(2024, 7, 1, 10, tzinfo=timezone.utc).astimezone(s))
print(dt(2024, 7, 1, 12, tzinfo=s).tzname(), dt(2024, 1, 1, 12, tzinfo=s).tzname())
print(tzinfo.fromutc(cet, dt(2024, 1, 1, tzinfo=cet)))
for bad in (lambda: cet.fromutc(dt(2024, 1, 1)),
            lambda: cet.fromutc(dt(2024, 1, 1, tzinfo=timezone.utc)),
            lambda: cet.fromutc('x')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Bare(tzinfo):
    pass


for name in ('utcoffset', 'dst', 'tzname'):
    try:
        getattr(Bare(), name)(None)
    except NotImplementedError as e:
        print('NotImplementedError', e)
try:
    dt(2024, 1, 1, tzinfo=Bare()).utcoffset()
except NotImplementedError as e:
    print('NotImplementedError', e)
