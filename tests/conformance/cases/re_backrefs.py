import re

print(re.findall(r'\b(\w+) \1\b', 'this is is a test test case'))
print(re.sub(r'\b(\w+)( \1\b)+', r'\1', 'the the the cat sat sat'))
print(re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" or \'yo\'').group())
print(re.findall(r'(\w)\1', 'aabbcdde'))
print(re.match(r'(a)(?(1)b|c)', 'ab').group())
print(re.match(r'(a)?(?(1)b|c)', 'c').group())
print(re.match(r'(?P<n>x)?(?(n)y|z)', 'xy').group())
print(re.search(r'<(\w+)>.*</\1>', '<b>bold</b> <i>x</b>').group())
