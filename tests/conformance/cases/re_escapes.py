import re

print(re.findall(r'\x41\u0042\U00000043', 'ABC'))
print(re.findall(r'\t', 'a\tb'), re.findall('\\n', 'a\nb'))
print(re.findall(r'\0', 'a\x00b'), re.findall(r'\101', 'A'))
print(re.findall(r'\.', 'a.b'), re.findall(r'\-', 'a-b'))
print(re.findall(r'\N{EM DASH}', 'a\u2014b'))
print(re.findall(r'\s', 'a b\tc\u00a0d'))
print(re.findall(r'\S+', ' ab  cd '))
print(re.findall(r'\W', 'a,b c'))
print(re.findall(r'\D+', 'ab12cd'))
print(re.findall(r'\B.', 'abc'))
