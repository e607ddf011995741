import re

print(re.search(r'end$', 'the end\n') is not None)
print(re.search(r'end\Z', 'the end\n'))
print(re.search(r'end\Z', 'the end').span())
print(re.findall(r'^\w', 'ab\ncd\n', re.M))
print(re.findall(r'\w$', 'ab\ncd\n', re.M))
print(re.findall(r'\w$', 'ab\ncd\n'))
print(re.search(r'\Aab', 'ab\nab').span(), re.search(r'\Aab', 'x\nab', re.M))
print(re.sub(r'$', '!', 'line\n'))
print(re.sub(r'(?m)$', '!', 'a\nb\n'))
print(re.sub(r'^', '> ', 'a\nb', flags=re.M))
