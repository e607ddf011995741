import re

# Emulated atomic groups: capture inside a lookahead, then match the
# captured text with a backreference (no backtracking into it).
IMAGE = re.compile(r"""
    \[\[ \s* (?:Image|File) \s* :
    (?=(?P<target>[^\]|]*))(?P=target)
    (?P<rest>
        (?: \|
            (?: (?=(?P<link>\[\[[^\]]*\]\]))(?P=link)
              | (?=(?P<plain>[^\[\]|]+))(?P=plain)
              | (?=(?P<ext>\[[^\]]*\]))(?P=ext)
            )*
        )*
    )
    \]\]
""", re.VERBOSE)
text = ('[[File:A.jpg|thumb|A [[link]] and [http://e.x ext] caption]] text '
        '[[Image: B.png ]] [[File:C.svg|left|[[x|y]]]] [[Category:No]]')
for m in IMAGE.finditer(text):
    print(repr(m.group('target')), repr(m.group('rest')), m.span())

# Template matcher in verbose mode with nested parameter forms.
TEMPLATE = re.compile(r"""
    {{ \s* (?P<name>[^{|#\d][^{|#]*?) \s*
    (?: \| (?P<params> [^{]*? (?: (?:{{{[^{}]+?}}} | {{[^{}]+?}} | {[^{}]*?}) [^{]*? )*? ) )?
    }}
""", re.VERBOSE | re.DOTALL)
src = '{{Infobox|name=X|img={{{1|}}}|a={{b|c}}}} {{cite|url=u}} {{ 1bad }} {{x|{y}}}'
for m in TEMPLATE.finditer(src):
    print(repr(m.group('name')), repr(m.group('params')))

# A URL matcher that stops before trailing punctuation and before ''.
not_end = r'\]\s.:;,<>"|)'
not_in = r'\]\s<>"'
URL = re.compile(r"(?P<url>https?://[^%s]*?[^%s](?=[%s]*'')|https?://[^%s]*[^%s])" % (not_in, not_end, not_end, not_in, not_end))
print(URL.findall("''see https://www.example.org.'' and [https://x.y/z?q=1 l], http://a.b/c), end"))
