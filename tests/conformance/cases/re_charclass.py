import re

print(re.findall(r'[^a-z ]', 'Hello World 42!'))
print(re.findall(r'[]a]', 'a]b'))
print(re.findall(r'[a\-z]', 'a-z b'))
print(re.findall(r'[-a]', 'a-b'))
print(re.findall(r'[\w.]+@[\w.]+', 'mail bob.x@ex.com now'))
print(re.findall(r'[\d\s]+', 'a1 2b'))
print(re.findall(r'[^\W\d]+', 'abc123def'))
print(re.findall(r'[\[\]]', 'a[b]c'))
print(re.findall(r'[.*+?]', 'a.b*c+d?'))
print(re.findall('[\\t\\n]', 'a\tb\nc'))
print(re.findall(r'[\x41-\x43]', 'ABCDE'))
print(re.findall(r'[\u00e0-\u00ff]+', 'caf\u00e9 na\u00efve'))
