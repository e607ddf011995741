"""TimeStripper: signature timestamps in the site's language, on sites
that are plain objects with the attributes TimeStripper reads."""
from pywikibot import textlib
from pywikibot.textlib import TimeStripper

EN = [('January', 'Jan'), ('February', 'Feb'), ('March', 'Mar'),
      ('April', 'Apr'), ('May', 'May'), ('June', 'Jun'), ('July', 'Jul'),
      ('August', 'Aug'), ('September', 'Sep'), ('October', 'Oct'),
      ('November', 'Nov'), ('December', 'Dec')]
FR = [('janvier', 'janv.'), ('février', 'févr.'), ('mars', 'mars'),
      ('avril', 'avr.'), ('mai', 'mai'), ('juin', 'juin'),
      ('juillet', 'juill.'), ('août', 'août'), ('septembre', 'sept.'),
      ('octobre', 'oct.'), ('novembre', 'nov.'), ('décembre', 'déc.')]
CS = [('leden', '1.'), ('únor', '2.'), ('březen', '3.'), ('duben', '4.'),
      ('květen', '5.'), ('červen', '6.'), ('červenec', '7.'), ('srpen', '8.'),
      ('září', '9.'), ('říjen', '10.'), ('listopad', '11.'),
      ('prosinec', '12.')]
VI = [('tháng một', 'thg 1'), ('tháng hai', 'thg 2'), ('tháng ba', 'thg 3'),
      ('tháng tư', 'thg 4'), ('tháng năm', 'thg 5'), ('tháng sáu', 'thg 6'),
      ('tháng bảy', 'thg 7'), ('tháng tám', 'thg 8'), ('tháng chín', 'thg 9'),
      ('tháng mười', 'thg 10'), ('tháng mười một', 'thg 11'),
      ('tháng mười hai', 'thg 12')]


class Site:
    def __init__(self, lang, months, offset, zone):
        self.lang = lang
        self.months_names = months
        self.siteinfo = {'timeoffset': offset, 'timezone': zone}

    def __str__(self):
        return 'test:' + self.lang


def run(ts, line):
    try:
        r = ts.timestripper(line)
    except (KeyError, ValueError) as e:
        print('  ', type(e).__name__, e)
        return
    if r is None:
        print('   None')
    else:
        print('  ', r.isoformat(), r.tzname(), r.utcoffset(), type(r).__name__)


print(textlib.TIMEGROUPS, textlib.TIMESTAMP_GAP_LIMIT)
print(textlib.TimeStripperPatterns._fields)

en = TimeStripper(Site('en', EN, 0, 'UTC'))
print(repr(en.tzinfo), en.is_digit_month, len(en.origNames2monthNum))
print(sorted(en.origNames2monthNum.items()))
print(en.patterns.month.pattern)
print(en.patterns.time.pattern, en.patterns.day.pattern)
print(en.ptimeR is en.patterns.time, en.pmonthR is en.patterns.month)
for line in [
    'A question. [[User:Ann|Ann]] ([[User talk:Ann|talk]]) 12:34, 5 March 2024 (UTC)',
    'Reply. --[[User:Bob|Bob]] 09:05, 17 Jan 2023 (UTC)',
    'Two: 10:00, 1 May 2020 (UTC) and later 11:00, 2 May 2021 (UTC)',
    'Commented <!-- 08:00, 3 June 2025 (UTC) --> 07:00, 2 June 2025 (UTC)',
    'Linked [[Page 10:00, 4 July 2026 (UTC)|label 11:30, 4 July 2026 (UTC)]] 01:00, 1 July 2026 (UTC)',
    'External [http://x.org 12:00, 9 May 2030 (UTC)] only',
    'No zone 12:34, 5 March 2024',
    'No time 5 March 2024 (UTC)',
    'Far apart 12:34, 5 March and much later in the line 2024 (UTC)',
    'Zone first (UTC) 12:34, 5 March 2024',
    '<nowiki>12:34, 5 March 2024 (UTC)</nowiki>',
    '<span>12:34</span>, <b>5 March</b> 2024 (UTC)',
    '12.34, 5 Mar 2024 (UTC)',
    '23:59, 31 December 1999 (UTC)',
    '24:00, 31 December 1999 (UTC)',
    '',
]:
    print(repr(line))
    run(en, line)

fr = TimeStripper(Site('fr', FR, 60, 'Europe/Paris'))
print(repr(fr.tzinfo), sorted(fr.origNames2monthNum.items()))
for line in ['Merci bien Xqt (d) 15 mai 2013 à 20:34 (CEST)',
             'Vu le 3 janv 2020 à 08:15 (CET)',
             'Vu le 3 janv. 2020 à 08h15 (CET)',
             'Le 14 juillet 2021 à 12:00 (CEST) et 1 août 2021 à 13:00 (CEST)']:
    print(repr(line))
    run(fr, line)

cs = TimeStripper(Site('cs', CS, 60, 'Europe/Prague'))
print(cs.is_digit_month, cs.patterns.month.pattern)
for line in ['Díky. --[[Uživatel:X|X]] 5. 3. 2024, 12:34 (CET)',
             '12. 4. 2019, 09:30 (CEST)',
             '1. květen 2019, 09:30 (CEST)']:
    print(repr(line))
    run(cs, line)

vi = TimeStripper(Site('vi', VI, 420, 'Asia/Ho_Chi_Minh'))
print(len(vi.origNames2monthNum), 'Tháng một' in vi.origNames2monthNum)
run(vi, '10:20, ngày 5 tháng ba năm 2024 (UTC)')
run(vi, '10:20, 5 Tháng ba 2024 (UTC)')

fa = TimeStripper(Site('fa', EN, 210, 'Asia/Tehran'))
run(fa, '۱۲:۳۴, ۵ March ۲۰۲۴ (IRST)')
print(TimeStripper.fix_digits('۱۲:۳۴'))
