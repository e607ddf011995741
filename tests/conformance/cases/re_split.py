import re

print(re.split(r',\s*', 'a, b,c,   d'))
print(re.split(r'(,)\s*', 'a, b,c'))
print(re.split(r'(a)|(b)', 'xaybz'))
print(re.split(r'\s+', '  leading and trailing  '))
print(re.split(',', 'a,b,c,d', maxsplit=2))
print(re.split(',', 'a,b,c,d', 1))
print(re.split(r'\b', 'one two'))
print(re.split(r'x*', 'axbc'))
print(re.split('z', 'abc'))
print(re.split(r'(?=[A-Z])', 'splitCamelCaseWords'))
