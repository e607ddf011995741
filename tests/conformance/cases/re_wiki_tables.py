import re

table = '''{| class="wikitable"
|-
! Name !! Age
|-
| Alice || 30
|-
| Bob || 25
|}'''
ROW = re.compile(r'^\|-\s*$', re.M)
rows = ROW.split(table)
for row in rows[1:]:
    cells = re.findall(r'^[|!]\s*(.*?)\s*$', row, re.M)
    cells = [c for c in cells if c != '}']
    parts = []
    for c in cells:
        parts.extend(re.split(r'\s*(?:\|\||!!)\s*', c))
    print(parts)
print(re.match(r'\{\|\s*(.*)', table).group(1))
