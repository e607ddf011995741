"""add_text and language links."""
from fixture import make_site
from pywikibot import textlib

site = make_site()

PAGE = """Article body.

[[Category:Things]]
[[Category:Stuff|Key]]

[[de:Ding]]
[[fr:Chose]]
"""


def show(label, value):
    print(label + ': ' + repr(value))


show('add', textlib.add_text(PAGE, '{{Unreferenced}}', site=site))
show('add newline', textlib.add_text(PAGE, 'line1\\nline2', site=site))
try:
    show('add plain', textlib.add_text('Plain text.', '{{Stub}}', site=site))
except IndexError as e:
    show('add plain error', str(e))
show('add cats only', textlib.add_text('Body\n[[Category:A]]', 'X',
                                       site=site))
links = textlib.getLanguageLinks(PAGE, site)
show('langlinks', sorted((s.code, p.title()) for s, p in links.items()))
show('langlinks self', sorted(s.code for s in textlib.getLanguageLinks(
    '[[en:Self]] [[es:Cosa|x]] [[xx:Nothing]]', site)))
show('remove langs', textlib.removeLanguageLinks(PAGE, site))
show('remove langs marker', textlib.removeLanguageLinks(PAGE, site,
                                                        marker='@L@'))
show('remove langs sep', textlib.removeLanguageLinksAndSeparator(
    PAGE, site, marker='@', separator='\n'))
show('replace langs', textlib.replaceLanguageLinks(PAGE, links, site))
show('replace langs empty', textlib.replaceLanguageLinks(PAGE, {}, site))
show('interwiki format', textlib.interwikiFormat(links, site))
show('template langs', textlib.replaceLanguageLinks(
    '{{{1}}}<noinclude>doc</noinclude>', links, site, template=True))
show('addOnly keyword', textlib.replaceLanguageLinks(
    'Text\n[[de:A]]', {}, site, addOnly=True))
