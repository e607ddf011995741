import re

text = 'A <!-- hidden\ncomment --> B <nowiki>[[not a link]]</nowiki> C [[real]] <!--x-->D'
COMMENT = re.compile(r'<!--.*?-->', re.S)
NOWIKI = re.compile(r'<nowiki>.*?</nowiki>', re.S | re.I)
print(COMMENT.findall(text))
print(COMMENT.sub('', text))
print(NOWIKI.sub('', COMMENT.sub('', text)))
# mark the excluded spans, as an exception-aware replacer does
spans = []
for rx in (COMMENT, NOWIKI):
    for m in rx.finditer(text):
        spans.append(m.span())
spans.sort()
print(spans)
print(re.sub(r'<(/?)(\w+)([^>]*)>', lambda m: '<%s%s>' % (m.group(1), m.group(2).upper()), '<b>x</b><nowiki a="1">y</nowiki>'))
