# format(), str.format, %-formatting and f-strings on subclasses of datetime's
# types that override __str__ (the way pywikibot's Timestamp is built).
import datetime


class Timestamp(datetime.datetime):
    ISO8601Format = '%Y-%m-%dT%H:%M:%SZ'

    def isoformat(self, sep='T'):
        return self.strftime('%Y-%m-%d{}%H:%M:%SZ'.format(sep))

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return 'Timestamp({}, {}, {})'.format(self.year, self.month, self.day)


class Plain(datetime.datetime):
    pass


class Day(datetime.date):
    def __str__(self):
        return 'day {}'.format(self.day)


class Clock(datetime.time):
    def __str__(self):
        return 'clock {}'.format(self.hour)


class Span(datetime.timedelta):
    def __str__(self):
        return 'span of {} days'.format(self.days)


ts = Timestamp(2024, 3, 5, 14, 7, 9)
pl = Plain(2024, 3, 5, 14, 7, 9, 5)
dy = Day(2023, 12, 31)
ck = Clock(7, 30)
sp = Span(days=3)


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for name, x in [('Timestamp', ts), ('Plain', pl), ('Day', dy), ('Clock', ck), ('Span', sp)]:
    print('--', name)
    t('str', lambda: str(x))
    t('repr', lambda: repr(x))
    t('format()', lambda: format(x))
    t('format(x, "")', lambda: format(x, ''))
    t('{}', lambda: '{}'.format(x))
    t('{0!s}', lambda: '{0!s}'.format(x))
    t('{!r}', lambda: '{!r}'.format(x))
    t('%s', lambda: '%s' % x)
    t('%s tuple', lambda: '%s|%s' % (x, 1))
    t('%r', lambda: '%r' % (x,))
    t('f', lambda: f'{x}')
    t('f!s', lambda: f'{x!s}')
    t('f!r', lambda: f'{x!r}')
    t('f text', lambda: f'at {x} now')
    t('print', lambda: print(x) or 'printed')
    t('join', lambda: ' '.join([str(x), 'x']))

print('-- specs')
t('ts {:%Y}', lambda: '{:%Y}'.format(ts))
t('ts format %d', lambda: format(ts, '%d.%m.'))
t('ts f %H', lambda: f'{ts:%H:%M}')
t('ts __format__ spec', lambda: ts.__format__('%M'))
t('pl {:%f}', lambda: '{:%f}'.format(pl))
t('pl f', lambda: f'{pl:%Y %j}')
t('dy {:%A}', lambda: '{:%A}'.format(dy))
t('dy f', lambda: f'{dy:%b %d}')
t('ck {:%M}', lambda: '{:%M}'.format(ck))
t('ck f', lambda: f'{ck:%H.%M}')
t('ts __format__ empty', lambda: ts.__format__(''))
t('sp spec', lambda: format(sp, 'x'))
t('sp __format__', lambda: sp.__format__(''))
t('td spec', lambda: format(datetime.timedelta(1), 'x'))
t('td empty', lambda: format(datetime.timedelta(1), ''))
t('tz spec', lambda: format(datetime.timezone.utc, '>5'))
t('tz empty', lambda: '{}'.format(datetime.timezone.utc))
t('ts nested', lambda: '{:{}}'.format(ts, '%Y'))
t('ts width', lambda: '{:>30}'.format(str(ts)))
t('ts named', lambda: '{when}/{when:%m}'.format(when=ts))
t('ts attr', lambda: '{0.year}-{0.month}'.format(ts))
t('ts pct dict', lambda: '%(a)s' % {'a': ts})
