import re

text = 'key1=val1; key2=val2; broken; key3=val3'
print(re.findall(r'(\w+)=(\w+)', text))
print(re.findall(r'\w+=(\w+)', text))
print(re.findall(r'\w+=\w+', text))
print(re.findall(r'(a)|(b)', 'abc'))
print(re.findall(r'(a)?b', 'b ab'))
print(re.findall('', 'ab'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'\d+', 'no digits'))
