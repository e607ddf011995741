import re

text = '''{{Infobox person
| name = Ada Lovelace
| birth_date = {{birth date|1815|12|10}}
| occupation = Mathematician
}}
Some text {{cn}} and {{lang|fr|bonjour}}.'''
# innermost templates first, as nested-template removal loops do
NESTED = re.compile(r'{{(?:msg:)?(?P<name>[^{|]+?)(?:\|(?P<params>[^{]+?(?:{[^{]*?}[^{]*?)?))?}}')
work = text
rounds = 0
while True:
    found = NESTED.findall(work)
    if not found:
        break
    rounds += 1
    for name, params in found:
        print(rounds, repr(name.strip()), repr(params.strip())[:40])
    work = NESTED.sub('', work)
print(repr(work))
PARAM = re.compile(r'^\|\s*(?P<key>\w+)\s*=\s*(?P<value>.*)$', re.M)
print([(m.group('key'), m.group('value')) for m in PARAM.finditer(text)])
