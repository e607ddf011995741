"""Wikibase data values without a site: pywikibot 9.6.3's WbTime,
WbQuantity, WbMonolingualText and Coordinate (to and from the API's JSON,
comparisons, str, repr), and the classes' hierarchy."""
import abc
import pywikibot
import pywikibot.page
import pywikibot.site
from pywikibot import Coordinate, WbMonolingualText, WbQuantity, WbTime

GREG = 'http://www.wikidata.org/entity/Q1985727'
JUL = 'http://www.wikidata.org/entity/Q1985786'
EARTH = 'http://www.wikidata.org/entity/Q2'


class Repo:
    """Stands for a data repository: its version (from which on the API
    takes a quantity without bounds) and its globes."""

    mw_version = '1.39.0'

    def globes(self):
        return {'earth': EARTH, 'moon': 'http://www.wikidata.org/entity/Q405'}

    def __repr__(self):
        return 'Repo()'


R = Repo()


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', r)


def items(d):
    return sorted(d.items())


# WbTime
t = WbTime(2024, 1, 31, calendarmodel=GREG)
attempt('t', lambda: (t.year, t.month, t.day, t.hour, t.precision, t.before, t.after, t.timezone))
attempt('t.toWikibase', lambda: items(t.toWikibase()))
attempt('t.toTimestr', t.toTimestr)
attempt('t.toTimestr(force_iso)', lambda: t.toTimestr(force_iso=True))
attempt('str(t)', lambda: str(t))
attempt('repr(t)', lambda: repr(t))
attempt('year precision', lambda: WbTime(1850, calendarmodel=GREG).precision)
attempt('month precision', lambda: WbTime(1850, 3, calendarmodel=GREG).precision)
attempt('second precision', lambda: WbTime(1850, 3, 4, 5, 6, 7, calendarmodel=GREG).precision)
attempt('precision by name', lambda: WbTime(1850, precision='decade', calendarmodel=GREG).precision)
attempt('bad precision', lambda: WbTime(1850, precision='fortnight', calendarmodel=GREG))
attempt('bad precision int', lambda: WbTime(1850, precision=15, calendarmodel=GREG))
attempt('no year', lambda: WbTime(None, calendarmodel=GREG))
attempt('PRECISION', lambda: items(WbTime.PRECISION))
attempt('FORMATSTR', lambda: WbTime.FORMATSTR)
f = WbTime.fromTimestr('+00000001984-04-12T00:00:00Z', precision=11, calendarmodel=GREG)
attempt('fromTimestr', lambda: (f.year, f.month, f.day, f.precision, f.calendarmodel))
attempt('fromTimestr bad', lambda: WbTime.fromTimestr('1984-04-12', calendarmodel=GREG))
attempt('fromTimestr negative', lambda: WbTime.fromTimestr('-00000000044-03-15T00:00:00Z', precision=11,
                                                           calendarmodel=JUL).toWikibase()['time'])
w = WbTime.fromWikibase({'time': '+00000002001-02-03T04:05:06Z', 'precision': 14, 'after': 1, 'before': 2,
                         'timezone': 60, 'calendarmodel': JUL})
attempt('fromWikibase', lambda: (w.year, w.month, w.day, w.hour, w.minute, w.second, w.precision, w.before,
                                 w.after, w.timezone, w.calendarmodel))
attempt('round trip', lambda: items(w.toWikibase()))
attempt('eq', lambda: (t == WbTime(2024, 1, 31, calendarmodel=GREG), t == f, t != f))
attempt('eq other precision', lambda: WbTime(2024, 1, 31, calendarmodel=GREG) == WbTime(2024, 1, 31, precision=10,
                                                                                      calendarmodel=GREG))
attempt('lt', lambda: (WbTime(2000, calendarmodel=GREG) < WbTime(2001, calendarmodel=GREG),
                       WbTime(2001, 2, calendarmodel=GREG) > WbTime(2001, 1, calendarmodel=GREG)))
attempt('hash', lambda: hash(t) == hash(WbTime(2024, 1, 31, calendarmodel=GREG)))
attempt('fromTimestamp', lambda: items(WbTime.fromTimestamp(pywikibot.Timestamp(2020, 5, 6, 7, 8, 9),
                                                            calendarmodel=GREG).toWikibase()))
attempt('toTimestamp', lambda: repr(WbTime(2020, 5, 6, 7, 8, 9, calendarmodel=GREG).toTimestamp()))
attempt('normalize', lambda: items(WbTime(2024, 7, 31, 13, 5, precision='year', calendarmodel=GREG)
                                   .normalize().toWikibase()))

# WbQuantity
q = WbQuantity(5, error=1, site=R)
attempt('q', lambda: (q.amount, q.upperBound, q.lowerBound, q.unit))
attempt('q.toWikibase', lambda: items(q.toWikibase()))
attempt('str(q)', lambda: str(q))
attempt('repr(q)', lambda: repr(q))
attempt('q no error', lambda: items(WbQuantity('1.50', site=R).toWikibase()))
attempt('q tuple error', lambda: items(WbQuantity(10, error=(2, 1), site=R).toWikibase()))
attempt('q unit', lambda: items(WbQuantity(3, unit='http://www.wikidata.org/entity/Q11573', site=R).toWikibase()))
attempt('q float', lambda: items(WbQuantity(0.1, site=R).toWikibase()))
attempt('q negative', lambda: items(WbQuantity(-7, error=0.5, site=R).toWikibase()))
attempt('q bad', lambda: WbQuantity('abc', site=R))
attempt('q none', lambda: WbQuantity(None, site=R))
qw = WbQuantity.fromWikibase({'amount': '+42.5', 'upperBound': '+43', 'lowerBound': '+42', 'unit': '1'}, site=R)
attempt('q.fromWikibase', lambda: (qw.amount, qw.upperBound, qw.lowerBound, qw.unit))
attempt('q.fromWikibase no bounds', lambda: items(WbQuantity.fromWikibase({'amount': '+1', 'unit': '1'}, site=R)
                                                  .toWikibase()))
attempt('q eq', lambda: (q == WbQuantity(5, error=1, site=R), q == WbQuantity(5, site=R), q != WbQuantity(6, error=1, site=R)))

# WbMonolingualText
m = WbMonolingualText('hallo', 'de')
attempt('m', lambda: (m.text, m.language))
attempt('m.toWikibase', lambda: items(m.toWikibase()))
attempt('str(m)', lambda: str(m))
attempt('repr(m)', lambda: repr(m))
attempt('m.fromWikibase', lambda: repr(WbMonolingualText.fromWikibase({'text': 'hi', 'language': 'en'})))
attempt('m eq', lambda: (m == WbMonolingualText('hallo', 'de'), m == WbMonolingualText('hallo', 'nl')))
attempt('m empty', lambda: WbMonolingualText('', 'de'))
attempt('m no language', lambda: WbMonolingualText('x', ''))

# Coordinate
c = Coordinate(52.5, 13.4, precision=0.1, globe_item=EARTH, site=R)
attempt('c', lambda: (c.lat, c.lon, c.alt, c.precision, c.globe, c.type, c.name, c.primary))
attempt('c.dim', lambda: c.dim)
attempt('c.toWikibase', lambda: items(c.toWikibase()))
attempt('str(c)', lambda: str(c))
attempt('repr(c)', lambda: repr(c))
attempt('c eq', lambda: (c == Coordinate(52.5, 13.4, precision=0.1, globe_item=EARTH, site=R),
                         c == Coordinate(52.5, 13.5, precision=0.1, globe_item=EARTH, site=R)))
attempt('c dim', lambda: Coordinate(52.5, 13.4, dim=1000, globe_item=EARTH, site=R).precision)
attempt('c no precision', lambda: Coordinate(52.5, 13.4, globe_item=EARTH, site=R).precision)
attempt('c precisionToDim', lambda: Coordinate(52.5, 13.4, precision=0.1, globe_item=EARTH, site=R).precisionToDim())
cw = Coordinate.fromWikibase({'latitude': 1.5, 'longitude': -2.25, 'altitude': None, 'precision': 0.01,
                              'globe': EARTH}, site=R)
attempt('c.fromWikibase', lambda: (cw.lat, cw.lon, cw.precision, cw.globe, cw.get_globe_item()))

# The hierarchy. pywikibot's BasePage, BaseLink and APISite also derive from
# ComparableMixin, ABC and (APISite) a dozen *Mixin classes that
# gowikibot's do not have: those are left out of their subclasses' lists.
PLAIN = (pywikibot.page.BasePage, pywikibot.page.BaseLink, pywikibot.site.APISite)


def mro(cls):
    skip = set()
    for base in PLAIN:
        if issubclass(cls, base):
            skip.update(k for k in base.__mro__[1:] if k.__name__ not in ('BaseSite', 'object'))
    return [k.__name__ for k in cls.__mro__ if k not in skip]


for cls in (pywikibot.ItemPage, pywikibot.PropertyPage, pywikibot.LexemePage, pywikibot.MediaInfo,
            pywikibot.Claim, pywikibot.page.Property, pywikibot.WbTime, pywikibot.WbQuantity,
            pywikibot.WbMonolingualText, pywikibot.Coordinate, pywikibot.WbGeoShape, pywikibot.WbTabularData,
            pywikibot.WbUnknown, pywikibot.LexemeForm, pywikibot.LexemeSense, pywikibot.SiteLink,
            pywikibot.site.DataSite, pywikibot.page.WikibasePage, pywikibot.page.WikibaseEntity):
    print(cls.__name__, mro(cls))
print('ABC', [issubclass(c, abc.ABC) for c in (WbTime, WbQuantity, WbMonolingualText, Coordinate)])
from pywikibot.bot import WikidataBot  # noqa: E402
print('WikidataBot', [k.__name__ for k in WikidataBot.__mro__])
