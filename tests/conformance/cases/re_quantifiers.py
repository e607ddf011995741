import re

print(re.findall(r'a{2}', 'aaaaa'), re.findall(r'a{2,}', 'aaaaa a'), re.findall(r'a{,2}', 'aaa'))
print(re.findall(r'a{1,2}?', 'aaa'))
print(re.match(r'<.*>', '<a><b>').group(), re.match(r'<.*?>', '<a><b>').group())
print(re.findall(r'x{2', 'x{2 xx'))
print(re.findall(r'\d{2,3}', '1 12 123 1234'))
print(re.match(r'(?:ab)+', 'ababab').group())
print(re.match(r'(ab)+', 'ababab').group(1))
print(re.findall(r'a+?b', 'aaab ab'))
print(re.match(r'a*+a', 'aaa'), re.match(r'(?>a*)b', 'aab').group())
print(re.findall(r'{', 'a{b}'))
