import re

text = 'line one\r\nline two\nline three\rline four'
print(re.split(r'\r\n|\r|\n', text))
records = 'name: Ada; born: 1815\nname: Alan; born: 1912'
for line in re.split(r'\n', records):
    fields = dict(re.findall(r'(\w+):\s*([^;]+)', line))
    print(sorted(fields.items()))
print(re.split(r'[;,]\s*', 'a; b,c ;d'))
print(re.split(r'(\d)', 'a1b2c'))
