import re
from urllib.parse import parse_qs, urlparse

m = re.match(r'(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?P<tz>Z)?', '2024-05-17')
print(m.groupdict())
print(m.groupdict('none'))
print(re.compile(r'(?P<z>1)(?P<y>2)(?P<x>3)').groupindex)
print(parse_qs('z=1&a=2&m=3&a=4'))
print(urlparse('http://h/p?q#f')._asdict())
d = m.groupdict()
d['extra'] = 1
print(list(d), d == {'day': '17', 'month': '05', 'year': '2024', 'tz': None, 'extra': 1})
