"""Link.parse_site as pywikibot 9.6.3's: the site the text's first prefix
leads to (a namespace keeps the source site, a language of the family
moves to it, an interwiki prefix to its site, an unknown one stops;
(None, None) when the prefix's site is unknown), and
APISite.isInterwikiLink on it. A stand-in source site (a real one asks
the wiki for its namespaces). Same output from real pywikibot 9.6.3
(link_parse_site.out) and gowikibot."""
from pywikibot.exceptions import SiteDefinitionError
from pywikibot.page import Link
from pywikibot.site import APISite, BaseSite


class Fam:
    name = 'wikipedia'
    langs = {'en': 'en.wikipedia.org', 'fr': 'fr.wikipedia.org', 'de': 'de.wikipedia.org'}
    title_delimiter_and_aliases = ' _'


class Other:
    class family:
        name = 'wiktionary'
    code = 'en'


class Namespaces(dict):
    def lookup_name(self, name):
        return {'file': 6, 'image': 6, 'user': 2}.get(name)


class Source(BaseSite):
    family = Fam()
    code = 'en'
    namespaces = Namespaces({0: 0})

    def __init__(self):
        pass  # the class attributes stand for the site

    def encodings(self):
        return ['utf-8']

    def interwiki(self, prefix):
        if prefix == 'wikt':
            return Other()
        if prefix == 'broken':
            raise SiteDefinitionError('no family')
        raise KeyError(prefix)

    def isInterwikiLink(self, text):
        return APISite.isInterwikiLink(self, text)


source = Source()
for text in ('Foo', 'fr:Foo', ':fr:Foo', ': de:Foo', 'File:X', 'Image:fr:X', 'wikt:fr:Foo', 'WIKT:x',
             'broken:x', 'nope:fr:x', 'en:Foo', 'a:b:c'):
    link = Link.__new__(Link)
    link._text, link._source = text, source
    print(repr(text), link.parse_site())
print([(text, source.isInterwikiLink(text)) for text in ('fr:Foo', 'en:Foo', 'File:X', 'wikt:x', 'Foo', 'broken:y')])
