import re

text = 'Body [[de:Hauptseite]] [[fr:Accueil]] [[en:Main Page]] [[Category:X]] [[de-ch:Seite]]'
IW = re.compile(r'\[\[(?P<code>[a-z]{2,3}(?:-[a-z]+)?):(?P<title>[^\]|]*)\]\]')
links = IW.findall(text)
print(links)
print(sorted(links))
print(IW.sub('', text).strip())
print(re.sub(r'\s{2,}', ' ', IW.sub('', text)).strip())
codes = [c for c, _ in links]
print(codes, 'fr' in codes)
