import re

# helpers in the style of a wikitext library
def remove_disabled_parts(text):
    for rx in (r'<!--.*?-->', r'<nowiki>.*?</nowiki>', r'<pre>.*?</pre>', r'<math>.*?</math>'):
        text = re.sub(rx, '', text, flags=re.S | re.I)
    return text

def get_links(text):
    return re.findall(r'\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]', remove_disabled_parts(text))

def to_latin_digits(text):
    return re.sub(r'[\u0660-\u0669]', lambda m: str(ord(m.group()) - 0x660), text)

def is_disambig(text):
    return bool(re.search(r'\{\{\s*(?:disambig|dab|disambiguation)\s*(?:\|[^}]*)?\}\}', text, re.I))

sample = 'A [[Link]] <!-- [[Hidden]] --> [[Other#Sec|label]] <nowiki>[[No]]</nowiki> {{Disambig}} \u0661\u0662'
print(get_links(sample))
print(to_latin_digits(sample[-2:]))
print(is_disambig(sample), is_disambig('{{dabble}}'))
print(remove_disabled_parts('x<PRE>y</PRE>z<math>1+1</math>'))
