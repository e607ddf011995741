import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<extra> \w+)?', 'Jane Doe')
print(m.group(0), m.group(1, 2), m.group('first', 'last'))
print(m.groups(), m.groups('-'))
print(sorted(m.groupdict().items()))
print(sorted(m.groupdict('?').items()))
print(m.start(3), m.end(3), m.span(3))
print(m.lastindex, m.lastgroup)
print(m.string, m.pos, m.endpos)
print(m.re.pattern)
print(m[0], m[1], m['last'], m[3])
print(m.expand(r'\2, \1 (\g<first>)'))
print(repr(m))
try:
    m.group(5)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)
print(bool(m))
