import re

DATE = re.compile(r'''
    (?P<year>\d{4})   # year
    [-/]              # separator
    (?P<month>0[1-9]|1[0-2])
    [-/]
    (?P<day>\d{2})
''', re.VERBOSE)
for s in ['2024-01-15', '1999/12/31', '2024-13-01']:
    m = DATE.fullmatch(s)
    print(s, m and (m.group('year'), m.group('month'), m.group('day')))
SPACED = re.compile(r'''[ ]a \  b [#] c  # trailing comment''', re.X)
print(SPACED.findall(' a b# c'))
print(re.findall(r'(?x) \d+ \# \s* (\w+)', '12# abc 3#d'))
