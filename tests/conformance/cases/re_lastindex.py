import re

print(re.match(r'(a)(b)', 'ab').lastindex)
print(re.match(r'((a)b)', 'ab').lastindex)
print(re.match(r'((a))', 'a').lastindex)
print(re.match(r'(a)(b)?', 'a').lastindex)
print(re.match(r'(a)()', 'a').lastindex)
print(re.match(r'(?P<x>a)(?P<y>b)', 'ab').lastgroup)
print(re.match(r'(?P<x>a(?P<y>b))', 'ab').lastgroup)
print(re.match(r'a', 'a').lastindex, re.match(r'a', 'a').lastgroup)
print(re.match(r'(a)|(b)', 'b').lastindex)
