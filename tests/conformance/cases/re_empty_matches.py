import re

print(re.sub('x*', '-', 'abxd'))
print(re.sub('x*', '-', ''))
print(re.findall(r'\b', 'ab cd'))
print([m.span() for m in re.finditer(r'|a', 'aa')])
print(re.split(r'|', 'abc'))
print(re.split(r'(?<=a)', 'banana'))
print(re.sub(r'(?=b)', '^', 'abab'))
print(re.subn(r'a|', '-', 'bab'))
print(re.findall(r'a?', 'baa'))
