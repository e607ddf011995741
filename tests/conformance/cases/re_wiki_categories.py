import re

text = '''Article text.

[[Category:Mathematicians|Lovelace, Ada]]
[[category:  English women ]]
[[Kategorie:Test]]
[[Category:People from London]]'''
CAT = re.compile(r'\[\[\s*(?:Category|Kategorie)\s*:\s*(?P<name>[^\]|]+?)\s*(?:\|(?P<key>[^\]]*))?\]\]', re.I)
for m in CAT.finditer(text):
    print(repr(m.group('name')), repr(m.group('key')))
stripped = CAT.sub('', text)
stripped = re.sub(r'\n{2,}', '\n', stripped).strip()
print(repr(stripped))
# replace one category keeping the sort key
print(CAT.sub(lambda m: '[[Category:%s%s]]' % ('Women' if 'women' in m.group('name') else m.group('name'),
                                                 '|' + m.group('key') if m.group('key') else ''), text))
