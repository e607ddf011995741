"""pywikibot.proofreadpage's site-free helpers (TagAttr, PagesTagParser,
FullHeader, the decorators): the same output from real pywikibot 9.6.3
(proofread.out) and gowikibot."""
from pywikibot.proofreadpage import (
    FullHeader, PagesTagParser, ProofreadPage, PurgeRequest, TagAttr, TagAttrDesc, check_if_cached, decompose,
)

for value in (3, '3', '"3"', "'3'", 'A123', 'x y'):
    a = TagAttr('to', value)
    print(repr(a), str(a), repr(a.value), a.attr)
for value in (3.0, 'A123"', "'x"):
    try:
        TagAttr('to', value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
a = TagAttr('ffrom', 1)
a.value = '"7"'
print(repr(a), a, a.value)

tp = PagesTagParser()
print(repr(tp), str(tp), 'index' in tp)
tp = PagesTagParser('Text: <pages index="Index.pdf" from="first" to="last" /> more <pages index=x />')
print(repr(tp), tp.index, tp.ffrom, tp.to, tp.step)
tp.ffrom = 1
tp.to = '"3"'
print(tp.ffrom, tp.to, repr(tp))
tp.fromsection = '"A"'
tp.header = 1
print(tp.fromsection, repr(tp))
del tp.fromsection
print(repr(tp), 'to' in tp, 'step' in tp, 'fromsection' in tp)
print(repr(PagesTagParser('<pages index="B.djvu" include=5 exclude="7" onlysection=s step=2 />')))
try:
    PagesTagParser('no tag here')
except ValueError as e:
    print('ValueError:', e)
print(sorted(PagesTagParser.get_descriptors()), isinstance(PagesTagParser.__dict__['to'], TagAttrDesc))

for text in ('<pagequality level="3" user="Ann" /><div class="pagetext">Head line\n\n\n',
             '<pagequality level="4" user="Bob" />V2 header', 'no header', None):
    h = FullHeader(text)
    print(h.ql, repr(h.user), repr(h.header), h._has_div, repr(str(h)))
print(ProofreadPage.PROOFREAD_LEVELS, ProofreadPage.open_tag, ProofreadPage.close_tag)


class Fake:
    _cached = False

    def _get_page_mappings(self):
        print('mappings read')
        self._cached = True

    def _decompose_page(self):
        print('decomposed')
        self._full_header = 'h'

    def _compose_page(self):
        print('composed')

    @check_if_cached
    def pages(self):
        return 'pages'

    @decompose
    def body(self, x):
        return 'body' + x


f = Fake()
print(f.pages(), f.pages(), f.body('!'), f.body('?'), Fake.pages.__name__, Fake.body.__name__)
print(issubclass(PurgeRequest, __import__('pywikibot').data.api.Request))
