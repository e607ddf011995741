# Methods of datetime's types on instances of Python subclasses: called
# through the base class, through the subclass, via super(), and class
# methods called on the subclass.
import datetime


class Timestamp(datetime.datetime):
    mediawikiTSFormat = '%Y%m%d%H%M%S'

    def isoformat(self, sep='T'):
        return self.strftime('%Y-%m-%d{}%H:%M:%SZ'.format(sep))

    def totimestampformat(self):
        return self.strftime(self.mediawikiTSFormat)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return 'Timestamp({}, {}, {}, {}, {}, {})'.format(
            self.year, self.month, self.day, self.hour, self.minute, self.second)


class Stamp(datetime.datetime):
    def strftime(self, fmt):
        return '<' + super().strftime(fmt) + '>'

    def isoformat(self, sep='T', timespec='auto'):
        return 'iso:' + super().isoformat(sep, timespec)

    def __format__(self, spec):
        return 'fmt:' + super().__format__(spec)

    def __str__(self):
        return 'str:' + super().__str__()

    def weekday(self):
        return super().weekday() * 10

    def date(self):
        return ('date', super().date())


class Day(datetime.date):
    def isoformat(self):
        return 'day:' + super().isoformat()


class Clock(datetime.time):
    def isoformat(self, timespec='auto'):
        return 'clock:' + super().isoformat(timespec)


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


D = datetime.datetime
ts = Timestamp(2024, 3, 5, 14, 7, 9)
st = Stamp(2024, 3, 5, 14, 7, 9, 250)
dy = Day(2023, 12, 31)
ck = Clock(7, 30, 15)

print('-- through the base class')
t('D.strftime', lambda: D.strftime(ts, '%H:%M'))
t('D.isoformat', lambda: D.isoformat(ts))
t('D.isoformat sep', lambda: D.isoformat(ts, ' '))
t('D.__format__ empty', lambda: D.__format__(ts, ''))
t('D.__format__ spec', lambda: D.__format__(ts, '%Y'))
t('D.__str__', lambda: D.__str__(ts))
t('D.__repr__', lambda: D.__repr__(ts))
t('D.weekday', lambda: D.weekday(ts))
t('D.date', lambda: D.date(ts))
t('D.replace', lambda: D.replace(ts, year=2000))
t('D.timetuple', lambda: tuple(D.timetuple(ts)))
t('date.strftime', lambda: datetime.date.strftime(ts, '%d'))
t('date.__format__', lambda: datetime.date.__format__(ts, '%m'))
t('date.isoformat', lambda: datetime.date.isoformat(ts))
t('date.__format__ empty', lambda: datetime.date.__format__(dy, ''))
t('date.__str__', lambda: datetime.date.__str__(dy))
t('date.isoformat day', lambda: datetime.date.isoformat(dy))
t('time.__str__', lambda: datetime.time.__str__(ck))
t('time.isoformat', lambda: datetime.time.isoformat(ck))
t('time.__format__', lambda: datetime.time.__format__(ck, ''))
t('D.strftime Stamp', lambda: D.strftime(st, '%S'))
t('D.__format__ Stamp spec', lambda: D.__format__(st, '%S'))
t('D.__format__ Stamp empty', lambda: D.__format__(st, ''))
t('D.__str__ Stamp', lambda: D.__str__(st))

print('-- through the subclass')
t('Timestamp.strftime', lambda: Timestamp.strftime(ts, '%M'))
t('Timestamp.isoformat', lambda: Timestamp.isoformat(ts))
t('Timestamp.isoformat sep', lambda: Timestamp.isoformat(ts, ' '))
t('Timestamp.weekday', lambda: Timestamp.weekday(ts))
t('Timestamp.totimestampformat', lambda: Timestamp.totimestampformat(ts))
t('Timestamp.__format__', lambda: Timestamp.__format__(ts, '%j'))
t('Stamp.strftime', lambda: Stamp.strftime(st, '%Y'))
t('Day.isoformat', lambda: Day.isoformat(dy))
t('Day.weekday', lambda: Day.weekday(dy))

print('-- bound and super()')
t('ts.isoformat', lambda: ts.isoformat())
t('ts.totimestampformat', lambda: ts.totimestampformat())
t('st.strftime', lambda: st.strftime('%d'))
t('st.isoformat', lambda: st.isoformat())
t('st.isoformat sep', lambda: st.isoformat(' ', 'milliseconds'))
t('st format', lambda: format(st, '%H'))
t('st {}', lambda: '{}'.format(st))
t('st f', lambda: f'{st:%M}')
t('st str', lambda: str(st))
t('st __format__', lambda: st.__format__(''))
t('ts __format__ empty', lambda: ts.__format__(''))
t('ts __str__', lambda: ts.__str__())
t('dy str', lambda: str(dy))
t('dy format', lambda: format(dy))
t('ck str', lambda: str(ck))
t('st weekday', lambda: st.weekday())
t('st date', lambda: st.date())
t('dy isoformat', lambda: dy.isoformat())
t('ck isoformat', lambda: ck.isoformat('minutes'))

print('-- class methods on the subclass')
for label, f in [
        ('fromisoformat', lambda: Timestamp.fromisoformat('2024-01-02T03:04:05')),
        ('strptime', lambda: Timestamp.strptime('20240102', '%Y%m%d')),
        ('fromordinal', lambda: Timestamp.fromordinal(738000)),
        ('combine', lambda: Timestamp.combine(datetime.date(2020, 1, 1), datetime.time(5, 6))),
        ('utcfromtimestamp', lambda: Timestamp.utcfromtimestamp(86400)),
        ('fromtimestamp utc', lambda: Timestamp.fromtimestamp(0, datetime.timezone.utc)),
        ('Day fromisoformat', lambda: Day.fromisoformat('2024-01-02')),
        ('Day fromordinal', lambda: Day.fromordinal(738000)),
        ('Day fromisocalendar', lambda: Day.fromisocalendar(2020, 1, 1)),
        ('via instance', lambda: ts.fromisoformat('2020-02-02T00:00:00')),
        ('base unchanged', lambda: D.fromisoformat('2020-02-02T00:00:00'))]:
    t(label, lambda: str(f()))
    t(label + ' class', lambda: type(f()).__name__.replace('datetime.', ''))
for label, f in [('now', Timestamp.now), ('utcnow', Timestamp.utcnow), ('today', Timestamp.today),
                 ('Day today', Day.today)]:
    t(label, lambda: type(f()).__name__)
t('now method', lambda: Timestamp.now().totimestampformat().isdigit())

print('-- results keep the subclass')
td = datetime.timedelta(days=1, hours=2)
for label, f in [
        ('ts + td', lambda: ts + td),
        ('td + ts', lambda: td + ts),
        ('ts - td', lambda: ts - td),
        ('ts - ts', lambda: ts - Timestamp(2024, 1, 1)),
        ('ts - dt', lambda: ts - D(2024, 3, 1)),
        ('dt - ts', lambda: D(2024, 4, 1) - ts),
        ('ts.replace', lambda: ts.replace(hour=1)),
        ('ts.astimezone', lambda: ts.replace(tzinfo=datetime.timezone.utc).astimezone(datetime.timezone.utc)),
        ('ts.date', lambda: ts.date()),
        ('dy + td', lambda: dy + td),
        ('dy - td', lambda: dy - td),
        ('dy - dy', lambda: dy - Day(2023, 1, 1)),
        ('dy.replace', lambda: dy.replace(month=2, day=3)),
        ('ck.replace', lambda: ck.replace(hour=9))]:
    t(label, lambda: (type(f()).__name__.replace('datetime.', ''), str(f())))
x = ts
x += datetime.timedelta(minutes=5)
t('+=', lambda: (type(x).__name__, str(x)))
t('ts + td totimestampformat', lambda: (ts + td).totimestampformat())
t('ts - td totimestampformat', lambda: (ts - datetime.timedelta(days=7)).totimestampformat())
print('-- comparisons with plain values')
t('ts == dt', lambda: ts == D(2024, 3, 5, 14, 7, 9))
t('dt == ts', lambda: D(2024, 3, 5, 14, 7, 9) == ts)
t('dt < ts', lambda: D(2024, 1, 1) < ts)
t('ts < dt', lambda: ts < D(2024, 1, 1))
t('ts >= ts', lambda: ts >= Timestamp(2024, 3, 5, 14, 7, 9))
t('dy == date', lambda: dy == datetime.date(2023, 12, 31))
t('date > dy', lambda: datetime.date(2024, 1, 1) > dy)
t('sorted', lambda: [str(v) for v in sorted([ts, D(2025, 1, 1), Timestamp(2020, 1, 1), D(2022, 6, 6)])])
t('max', lambda: str(max(ts, D(2000, 1, 1))))
t('hash', lambda: hash(ts) == hash(D(2024, 3, 5, 14, 7, 9)))
t('dict key', lambda: {D(2024, 3, 5, 14, 7, 9): 'found'}.get(ts))


class Args(datetime.datetime):
    def isoformat(self, *args):
        return 'Args' + repr(args)


print('-- str() passes the separator positionally')
t('str', lambda: str(Args(2020, 1, 1)))
t('format', lambda: '{}'.format(Args(2020, 1, 1)))
t('D.__str__', lambda: D.__str__(Args(2020, 1, 1)))
