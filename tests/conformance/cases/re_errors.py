import re

bad = ['(abc', 'abc)', '*a', 'a**', '[abc', 'a{2,1}', r'\q', '(?P<1>x)', '(?P<a>x)(?P<a>y)',
       '(?P=nope)', r'(a)\2', '(?<x)', 'a++b', '[z-a]', '(?z)', 'x(?i)', r'\x4', '(?P<a', '+']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('template:', e)
try:
    re.sub('(a)', r'\g<x>', 'a')
except IndexError as e:
    print('IndexError:', e)
try:
    re.sub('a', r'\q', 'a')
except re.error as e:
    print('template:', e)
print(issubclass(re.error, Exception))
try:
    re.compile('ab\n(cd\nef', re.X)
except re.error as e:
    print(e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile('abc)')
except re.error as e:
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
try:
    re.compile('x\ny\n[z')
except re.error as e:
    print(e)
