import re

m = re.search(r'(\d+)-(\d+)', 'range: 10-20 and 30-40')
print(m.group(), m.group(1), m.group(2), m.groups())
print(m.start(), m.end(), m.span(), m.span(2))
print(re.search('x', 'abc'))
print(re.match('b', 'abc'), re.match('a', 'abc').group())
print(re.fullmatch(r'[a-c]+', 'abcabc').group(), re.fullmatch(r'[a-c]+', 'abcd'))
print(bool(re.search('', '')))
print(re.search(r'\bfoo\b', 'a foo b').span())
