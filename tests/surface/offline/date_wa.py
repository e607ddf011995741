"""pywikibot.date's Walloon and Breton day-of-month titles (both ways),
and the names its set-up loop leaves in the module (i, pattern): the same
output from real pywikibot 9.6.3 (date_wa.out) and gowikibot."""
from pywikibot import date

for month, day in ((0, 1), (0, 2), (0, 4), (0, 20), (0, 21), (3, 1), (3, 4), (7, 22), (9, 30),
                   (11, 3), (11, 23), (11, 24)):
    fmt = date.formats[date.dayMnthFmts[month]]
    wa, br = fmt['wa'](day), fmt['br'](day)
    print(wa, '|', br, '|', fmt['wa'](wa), fmt['br'](br))
print(date.format_date(2, 3, lang='wa'), '|', date.format_date(1, 5, lang='br'))
print(date.getAutoFormat('wa', "4 di djanvî"), date.getAutoFormat('br', '1añ Kerzu'))
try:
    date.formats['Day_January']['wa'](32)
except ValueError as e:
    print('ValueError:', e)
print(date.i, type(date.pattern).__name__)
print(date.pattern)
