import re

for m in re.finditer(r'(?P<word>[A-Z][a-z]+)', 'Alice met Bob and Carol in Denver'):
    print(m.start(), m.end(), m.group('word'), m['word'])
it = re.finditer(r'\d', 'a1b2')
print(next(it).group(), next(it).group())
print([m.span() for m in re.finditer(r'a*', 'baaac')])
