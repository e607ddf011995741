"""extract_sections."""
from fixture import make_site
from pywikibot import textlib

site = make_site()


def show(label, value):
    print(label + ': ' + repr(value))


TEXT = """'''Zen''' is a [[poem]].
<!-- == Not a heading == -->
== History ==
Posted in 1999.

== Usage ==
Type it.
=== Details ===
More.
<nowiki>== Nowiki ==</nowiki>
==== Deep ==== <!-- c -->
Deepest.

[[Category:Poems]]
[[de:Zen]]
[[fr:Zen]]
"""
result = textlib.extract_sections(TEXT, site)
show('header', result.header)
show('title', result.title)
show('footer', result.footer)
for sec in result.sections:
    show('section', (sec.title, sec.content, sec.level, sec.heading))
plain = textlib.extract_sections('Just text.\n[[Category:A]]\n', site)
show('plain', (plain.header, plain.sections, plain.footer, plain.title))
empty = textlib.extract_sections('', site)
show('empty', tuple(empty))
show('tuple', tuple(result)[0] == result.header)
