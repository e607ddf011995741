"""pywikibot.date's title formats (formats, dh, escapePattern2,
getAutoFormat, the Roman and local-digit helpers) for English and the
language-neutral parts: the same output from real pywikibot 9.6.3
(date_more.out) and gowikibot."""
from pywikibot import date

print([date.intToRomanNum(i) for i in (0, 1, 4, 9, 14, 19, 24, 29, 31)], date.romanNumToInt('XXIV'))
try:
    date.intToRomanNum(32)
except IndexError as e:
    print('IndexError:', e)
kn = {ord(str(i)): date.NON_LATIN_DIGITS['kn'][i] for i in range(10)}
kn_back = {ord(date.NON_LATIN_DIGITS['kn'][i]): str(i) for i in range(10)}
print(date.intToLocalDigitsStr(2024, kn), date.localDigitsStrToInt('೨೦೨೪', kn, kn_back))
try:
    date.localDigitsStrToInt('20', kn, kn_back)
except ValueError as e:
    print('ValueError:', e)
print(date.encDec0(1987), date.encDec1(1987), date.decSinglVal([5, 6]), date.alwaysTrue(None),
      date.slh(2, date.enMonthNames), date.slh('March', date.enMonthNames))
print(date.dh_constVal(3, 3, 'x'), date.dh_constVal('x', 3, 'x'), date.dh_singVal(0, 'Now'), date.dh_singVal('Now', 'Now'))
for pattern in ('%d BC', '%2d:%R', 'Year %4d (%%)', '%K years', '%T'):
    regex, fmt, decoders = date.escapePattern2(pattern)
    print(repr(pattern), regex.pattern, repr(fmt), [d[0] if isinstance(d, tuple) else d for d in decoders],
          [len(d) for d in decoders])
print(date.dh(5, '%2d:%R', lambda v: (v, v), lambda vs: vs[0]), date.dh('05:V', '%2d:%R', lambda v: (v, v), lambda vs: vs[0]))
print(date.dh(205, 'Year %4d', lambda v: v, date.decSinglVal), date.dh('Year 0205', 'Year %4d', lambda v: v, date.decSinglVal))
for bad in ('Year 205', 'Year 0205x'):
    try:
        date.dh(bad, 'Year %4d', lambda v: v, date.decSinglVal)
    except ValueError as e:
        print('ValueError:', e)
try:
    date.dh(5, '%d', lambda v: v, date.decSinglVal, filter_func=lambda v: v > 10)
except ValueError as e:
    print('ValueError:', e)
print(date.multi(3, [(str, lambda v: v < 2), (lambda v: 'big', date.alwaysTrue)]))

f = date.formats
for name, values in (('YearAD', [0, 1999]), ('YearBC', [44]), ('DecadeAD', [1987, 1990]), ('DecadeBC', [240]),
                     ('CenturyAD', [1, 2, 3, 4, 11, 12, 21, 22, 23]), ('CenturyBC', [1, 5]),
                     ('MillenniumAD', [1, 2, 3]), ('MillenniumBC', [1]), ('Number', [7]), ('CurrEvents', [0]),
                     ('Cat_BirthsAD', [1950]), ('Cat_DeathsBC', [10]), ('Cat_Year_MusicAlbums', [2000]),
                     ('Day_January', [1, 31]), ('Day_February', [29]), ('Year_March', [2001]), ('MonthName', [1, 12])):
    titles = [f[name]['en'](v) for v in values]
    print(name, titles, [f[name]['en'](t) for t in titles])
for name, value in (('YearAD', 2600), ('Day_February', 30), ('CenturyAD', 41), ('Year_March', 1800)):
    try:
        f[name]['en'](value)
    except ValueError as e:
        print(name, 'ValueError:', e)
print(f['YearAD']['xx'](1234), f['MonthName']['ja'](3), f['MonthName']['br'](2), date.monthName('wa', 8))
print(date.makeMonthList('%d月')[:3], date.makeMonthNamedList('en', '%s 1', False)[:2],
      date.makeMonthNamedList('en')[11])
for title in ('1999', '44 BC', '1980s', '21st century', '3rd millennium', 'January 5', 'March 2001',
              'Current events', '1950 births', 'current events', 'february 29', 'Nothing', '12 (number)'):
    print(repr(title), date.getAutoFormat('en', title))
print(date.getAutoFormat('en', 'february 29', ignoreFirstLetterCase=False))
print(date.formatLimits['Day_February'][1:], date.formatLimits['Day_April'][1:], date.formatLimits['Year_May'][1:],
      date.formatLimits['YearBC'][1:], sorted(date.formatLimits)[:4])
print(date.dateFormats, date.snglValsFormats, date.waMonthNames[:2], date.brMonthNames[-1])
print(list(date.formats)[:20], len(date.formats))
mf = date.formats['Day_May']
print(mf.variant, mf.month, mf.index)
date.addFmt1('xx', False, ['%d. Jan'] + [None] * 11)
print(date.formats['Day_January']['xx'](3), date.formats['Day_January']['xx']('4. Jan'))
import warnings  # noqa: E402

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    try:
        date.dh(5, '%d', lambda v: v, date.decSinglVal, filter=lambda v: v > 10)
    except ValueError as e:
        print('ValueError:', e)
print([(w.category.__name__, str(w.message)) for w in log])
