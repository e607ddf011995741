import re

p = re.compile(r'\w+')
s = 'alpha beta gamma'
print(p.search(s, 3).group(), p.search(s, 6).group())
print(p.match(s, 6).group(), p.match(s, 5))
print(p.findall(s, 2, 10))
print([m.span() for m in p.finditer(s, 6, 12)])
print(re.compile('^a').search('ba', 1))
print(re.compile('a$').search('ab', 0, 1).span())
print(p.search(s, 100), p.search(s, -5).group())
print(p.fullmatch(s, 6, 10).group())
m = p.search(s, 6, 12)
print(m.pos, m.endpos, m.group())
