import re

text = '''Intro
== History ==
Text
=== Early life ===
More
==Legacy==
= Not = a heading
==== Deep ====  
'''
HEAD = re.compile(r'^(?P<level>=+)\s*(?P<title>[^=\n].*?)\s*(?P=level)\s*$', re.M)
for m in HEAD.finditer(text):
    print(len(m.group('level')), repr(m.group('title')), m.start())
print(HEAD.sub(lambda m: '%s %s %s' % ('=' * (len(m.group('level')) + 1), m.group('title'), '=' * (len(m.group('level')) + 1)), text))
