import re

s = 'Zoë Saldaña — 東京 2024 ١٢٣'
print(re.findall(r'\w+', s))
print(re.findall(r'\d+', s))
print(re.findall(r'\d+', s, re.ASCII))
m = re.search(r'東京', s)
print(m.span(), s[m.start():m.end()])
print(re.sub(r'ë', 'e', s))
print(re.findall(r'[À-ÿ]', 'Ångström café'))
print(re.search(r'\s—\s', s).span())
print(re.split(r'\W+', 'naïve-café, déjà vu'))
print(len(re.findall(r'.', '😀a😀')))
print(re.search('a', '😀😀a').start())
print(re.findall(r'(?i)straße', 'STRASSE straße STRAßE'))
