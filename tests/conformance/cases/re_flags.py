import re

print(re.findall('abc', 'ABC abc AbC', re.I))
print(re.findall('^\\w+', 'first line\nsecond line', re.M))
print(re.findall('^\\w+', 'first line\nsecond line'))
print(re.findall('a.b', 'a\nb', re.S), re.findall('a.b', 'a\nb'))
print(re.findall(r'''
    (\d+)   # number
    \s*     # space
    ([a-z]+)  # unit
''', '10 kg, 5m', re.X))
print(re.findall(r'\w+', 'naïve café', re.A))
print(re.findall(r'\w+', 'naïve café'))
print(re.search('(?i)hello', 'Say HELLO').group())
print(re.search('(?s).+', 'a\nb').group() == 'a\nb')
print(re.findall('(?m)^x', 'x\nx\ny'))
print(re.findall('(?x) a b c # comment', 'abc'))
print(re.search('a(?i:B)c', 'aBc').group(), re.search('a(?i:B)c', 'ABc'))
print(re.I | re.M == re.IGNORECASE | re.MULTILINE)
