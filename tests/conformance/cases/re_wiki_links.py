import re

# In the style of a wikitext link matcher: [[target#section|label]]trail
LINK = re.compile(r'\[\[(?P<title>[^\]|[<>{}]*)(?:\|(?P<label>[^\]]*))?\]\](?P<linktrail>[a-z]*)')
text = ("See [[Main Page]], [[Help:Contents|the help]]s and [[Foo#Bar|x]]. "
        "Broken [[link and [[Valid]]ly done. [[:Category:Stuff]]")
for m in LINK.finditer(text):
    print(repr(m.group('title')), repr(m.group('label')), repr(m.group('linktrail')), m.span())

def unlink(m):
    label = m.group('label')
    if label is None:
        label = m.group('title')
    return label + m.group('linktrail')

print(LINK.sub(unlink, text))
print(re.sub(r'\[\[([^|\]]+)\|([^\]]+)\]\]', r'[[\1|\2]]', '[[A|b]] [[C]]'))
