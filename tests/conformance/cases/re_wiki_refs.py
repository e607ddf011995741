import re

text = ('Fact one.<ref name="a">Source A</ref> Fact two.<ref>Source B, p. 3</ref> '
        'Again.<ref name="a" /> And <ref name=b>B</ref>.\n<references />')
REF = re.compile(r'<ref(?:\s+name\s*=\s*"?(?P<name>[^">/]+)"?)?\s*(?:/>|>(?P<body>.*?)</ref>)', re.S | re.I)
for m in REF.finditer(text):
    print(repr(m.group('name')), repr(m.group('body')))
print(REF.sub('', text))
print(len(REF.findall(text)))
