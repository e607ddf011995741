"""replaceExcept on realistic wikitext, with the named exceptions."""
import re

from fixture import make_site
from pywikibot import textlib

site = make_site()

ARTICLE = """{{Infobox river
| name = Colour River
| length = 120 km <!-- colour of the water -->
}}
The '''Colour River''' is a river in [[Colourland]]. Its colour is brown.<ref>The colour book, p. 3</ref>
<nowiki>colour</nowiki> and <pre>colour</pre> and <math>colour</math>
<source lang="python">colour = 1</source> <syntaxhighlight lang="c">colour</syntaxhighlight>
 colour in a preformatted line
== Colour ==
See http://example.org/colour and [http://example.org/colour colour site].
{| class="wikitable"
| colour || cell
|}
<gallery>
File:Colour.jpg|colour
</gallery>
[[File:Colour.png|thumb|The colour of [[river]]s]]
[[Category:Colour rivers|Colour]]
[[de:Farbe]]
"""


def show(label, value):
    print(label + ': ' + repr(value))


show('plain', textlib.replaceExcept(ARTICLE, 'colour', 'color', []))
for exc in ['comment', 'header', 'pre', 'source', 'syntaxhighlight', 'nowiki',
            'math', 'template', 'hyperlink', 'gallery', 'link', 'ref',
            'table', 'startspace', 'file', 'category', 'interwiki']:
    out = textlib.replaceExcept(ARTICLE, 'colour', 'color', [exc], site=site)
    show('except ' + exc, out.count('colour'))
allexc = ['comment', 'header', 'pre', 'source', 'nowiki', 'math',
          'template', 'hyperlink', 'gallery', 'link', 'ref', 'table',
          'startspace', 'file', 'category', 'interwiki']
show('all', textlib.replaceExcept(ARTICLE, 'colour', 'color', allexc,
                                  site=site))
show('case', textlib.replaceExcept('Colour colour COLOUR', 'colour', 'color',
                                   [], caseInsensitive=True))
show('groups', textlib.replaceExcept('born 1999-12-31 and 2000-01-02',
                                     r'(\d{4})-(\d\d)-(\d\d)', r'\3.\2.\1',
                                     []))
show('named', textlib.replaceExcept('a=1, b=2', r'(?P<k>\w)=(?P<v>\d)',
                                    r'\g<v>:\g<k>', []))
show('callable', textlib.replaceExcept('[[a]] b c', r'\b(\w)\b',
                                       lambda m: m.group(1).upper(),
                                       ['link']))
show('count', textlib.replaceExcept('x x x x', 'x', 'y', [], count=2))
show('marker', textlib.replaceExcept('x [[x]] x z', 'x', 'y', ['link'],
                                     marker='@@'))
show('marker none', textlib.replaceExcept('abc', 'x', 'y', [], marker='@@'))
show('overlap no', textlib.replaceExcept('aaaa', 'aa', 'aba', []))
show('overlap yes', textlib.replaceExcept('aaaa', 'aa', 'aba', [],
                                          allowoverlap=True))
show('newline escape', textlib.replaceExcept('a;b', ';', '\\n', []))
show('empty match', textlib.replaceExcept('abc', 'x*', '-', []))
show('lookbehind', textlib.replaceExcept('ab cb', '(?<=a)b', 'B', []))
show('compiled exc', textlib.replaceExcept('x {x} x', 'x', 'y',
                                           [re.compile(r'\{[^}]*\}')]))
show('compiled old', textlib.replaceExcept('Foo foo', re.compile('foo', re.I),
                                           'bar', []))
try:
    textlib.replaceExcept('abc', '(b)', r'\2', [])
except IndexError as e:
    show('bad group', str(e))
show('timeline', textlib.replaceExcept('t <timeline>t</timeline> t', 't',
                                       'T', ['timeline']))
show('invoke', textlib.replaceExcept('x {{#invoke:x|y}} x', 'x', 'y',
                                     ['invoke'], site=site))
show('property', textlib.replaceExcept('P1 {{#property:P1}} P1', 'P1', 'P2',
                                       ['property'], site=site))
show('header comment', textlib.replaceExcept(
    'a\n== a <!-- a --> ==\na', 'a', 'b', ['header']))
try:
    textlib.replaceExcept('[[Category:x]] x', 'x', 'y', ['category'])
except ValueError as e:
    show('no site', str(e))
show('replacement opens comment', textlib.replaceExcept(
    'a b a --> a', 'a', '<!--', ['comment']))
show('overlap with exc', textlib.replaceExcept(
    'aaa <!-- aaa --> aaa', 'aa', 'aXa', ['comment'], allowoverlap=True))
show('count with exc', textlib.replaceExcept(
    'x <nowiki>x</nowiki> x x', 'x', 'y', ['nowiki'], count=2, marker='#'))
show('interleaved', textlib.replaceExcept(
    'w [[w]] w {{w}} w <!--w--> w [http://w.org w] w\n w\n== w ==\nw',
    r'\bw\b', 'W', ['link', 'template', 'comment', 'hyperlink', 'startspace',
                    'header']))
show('nested template', textlib.replaceExcept(
    '{{a|{{b|x}}|x}} x {{c|{{d|{{e|x}}}}}} x', 'x', 'y', ['template']))
show('case insensitive exc', textlib.replaceExcept(
    'X <NOWIKI>x</NOWIKI> x', 'x', 'y', ['nowiki'], caseInsensitive=True))
