import re

def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r'\d+', double, 'a1 b22 c333'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', lambda m: m.group('v') + '=' + m.group('k'), 'x=1 y=2'))
count = [0]
def counter(m):
    count[0] += 1
    return '#%d' % count[0]
print(re.sub('o', counter, 'foo boo'), count[0])
print(re.subn(r'[aeiou]', lambda m: m.group(0) * 2, 'banana'))
try:
    re.sub('a', lambda m: 5, 'abc')
except TypeError as e:
    print('TypeError', e)
