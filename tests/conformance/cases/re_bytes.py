import re

print(re.findall(rb'\d+', b'a12b345'))
print(re.sub(rb'a', b'X', b'banana'))
m = re.search(rb'(?P<k>\w+)=(\w+)', b'key=value')
print(m.group('k'), m.group(2), m.span())
print(re.split(rb',', b'a,b,c'))
try:
    re.search(rb'a', 'text')
except TypeError as e:
    print('TypeError', e)
try:
    re.search('a', b'text')
except TypeError as e:
    print('TypeError', e)
