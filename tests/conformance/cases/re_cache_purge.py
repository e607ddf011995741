import re

a = re.compile('abc')
b = re.compile('abc')
print(a.pattern == b.pattern, a == b)
re.purge()
c = re.compile('abc')
print(c.search('xabc').span())
for i in range(600):
    re.compile('x%d' % i)
print(re.compile('x599').match('x599').group())
print(re.search('a', 'a', 0).group())
