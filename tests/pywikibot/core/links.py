"""pywikibot.Link parsing on the test wiki: prefixes, whitespace, entities,
percent escapes, sections, anchors, the titles MediaWiki refuses, IP user
pages, and a Page as the source (pywikibot 9.6.3 puts the page's title in
front of the text). Recorded with pywikibot 9.6.3 (links.out)."""
import pywikibot

site = pywikibot.Site()
cases = ['Foo', 'foo bar', 'Help:x', 'help: x#Sec', ':Category:Bar', 'User:127.0.0.1',
         'user:2001:db8::ff00:42:8329', 'User:1.2.3.4/x', 'A_b__c', 'Foo%20bar', 'Caf&eacute;',
         'Foo|anchor', 'Foo:Bar', 'Talk:Foo:Bar', 'Star Wars: Episode IV', '#sec only',
         'a/../b', 'x~~~y', 'Help:', 'Bad[title', 'foo\u200ebar', 'Foo\xa0bar', 'Foo\u3000 bar',
         'Caf\u0065\u0301', 'x' * 256, 'Special:' + 'x' * 256, 'Foo&#35;bar']
for text in cases:
    try:
        link = pywikibot.Link(text, site)
        print(repr(text), '->', link.site, link.namespace.id, repr(link.title), repr(link.section),
              repr(link.anchor), link.astext(), link.canonical_title())
    except Exception as e:
        print(repr(text), 'error', type(e).__name__, str(e)[:90])
link = pywikibot.Link('Bad[title', site)
print('made without a check:', type(link).__name__)
page = pywikibot.Page(site, 'Main Page')
for text in ['#frag', 'Sub']:
    link = pywikibot.Link(text, page)
    print('page source', repr(text), '->', repr(link.title), repr(link.section))
print('ns default:', pywikibot.Link('Foo', site, default_namespace=10).canonical_title())
