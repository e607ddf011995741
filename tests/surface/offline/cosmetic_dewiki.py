"""CosmeticChangesToolkit on German Wikipedia as pywikibot 9.6.3's:
fixSelfInterwiki drops the site's own language prefix, fixTypo fixes ccm
and degree signs, replaceDeprecatedTemplates replaces dewiki's deprecated
templates keeping their parameters, fixSyntaxSave turns links to the
site's own articles (index.php/TITLE, ?title=TITLE, the article path)
into wikilinks and repairs bracketed and piped external links. The site's
namespaces and article path are set, as pywikibot's dry tests set them,
so nothing is asked from the wiki. Same output from real pywikibot 9.6.3
(cosmetic_dewiki.out) and gowikibot."""
from pywikibot.cosmetic_changes import CosmeticChangesToolkit
from pywikibot.site import Namespace, NamespacesDict


class Family:
    name = 'wikipedia'
    obsolete = {}


class DeSite:
    """German Wikipedia as a dry site: its URLs, the article path, and
    built-in namespaces with German names for files, templates and
    categories."""

    code = 'de'
    family = Family()
    articlepath = '/wiki/{}'

    def __init__(self, namespaces):
        self.namespaces = namespaces

    def hostname(self):
        return 'de.wikipedia.org'

    def protocol(self):
        return 'https'

    def path(self):
        return '/w/index.php'

    def base_url(self, url, protocol=None):
        return '{}://{}{}'.format(protocol or self.protocol(), self.hostname(), url)

    def _interwiki_urls(self, only_article_suffixes=False):
        if not only_article_suffixes:
            yield self.path() + '{}'
        yield self.path() + '/{}'
        yield self.path() + '?title={}'
        yield self.articlepath

    def validLanguageLinks(self):
        return ['en', 'fr']


class FakePage:
    def __init__(self, site, title, ns):
        self.site, self._title, self._ns = site, title, ns

    def title(self):
        return self._title

    def namespace(self):
        return self._ns


namespaces = Namespace.builtin_namespaces(case='first-letter')
namespaces[6] = Namespace(6, 'Datei', aliases=['File'], case='first-letter')
namespaces[14] = Namespace(14, 'Kategorie', aliases=['Category'], case='first-letter')
namespaces[10] = Namespace(10, 'Vorlage', aliases=['Template'], case='first-letter')
site = DeSite(NamespacesDict(namespaces))

if True:
    cct = CosmeticChangesToolkit(FakePage(site, 'Test', 0))
    talk = CosmeticChangesToolkit(FakePage(site, 'Diskussion:Test', 1))
    for text in ('[[de:Foo bar]]', '[[:de: Foo bar]]', '[[de:Foo bar|Bar baz]]',
                 '[[en:Foo bar]]', '[[de:Foo [x]]]', 'a [[ de : B ]] c'):
        print(repr(text), repr(cct.fixSelfInterwiki(text)), repr(talk.fixSelfInterwiki(text)))
    for text in ('42 ccm', '42&nbsp;ccm', '42ccm', '42 ºC', '42°F', '42 ºK', 'ºC', '«42 ºC»',
                 '[[42 ccm]]', '<!-- 42 ccm -->', 'x ccm'):
        print(repr(text), repr(cct.fixTypo(text)))
    for text in ('{{Quellen fehlen }}{{Quellen fehlen| }}{{Quellen fehlen|foo}}{{Quellen_fehlen|foo}}',
                 '{{Belege}}{{quelle|a=b}}{{Vorlage:Quellen|x}}{{Template:Quellen}}',
                 '<nowiki>{{Quelle}}</nowiki>{{Quellen fehlen2}}'):
        print(repr(text), repr(cct.replaceDeprecatedTemplates(text)))
    for text in ('[https://de.wikipedia.org/w/index.php?title=Example Page]',
                 '[https://de.wikipedia.org/w/index.php?title=Example  Page ]',
                 '[https://de.wikipedia.org/w/index.php?title=Example ]',
                 '[https://de.wikipedia.org/w/index.php?title=Example&oldid=1 Page]',
                 '[//de.wikipedia.org/wiki/Example]',
                 '[http://de.wikipedia.org/wiki/Example Text here]',
                 '[https://de.wikipedia.org/wiki/Example?oldid=1 Page]',
                 '[https://de.wikipedia.org/w/index.php/Example  ]',
                 '[https://de.wikipedia.org/wiki/&]',
                 '[https://en.wikipedia.org/wiki/Example]',
                 '[[https://de.wikipedia.org/wiki/Kategorie:Example Description]]',
                 '[https://de.wikipedia.org/wiki/File:Example.svg]',
                 '[[https://example.org]]', '[[https://example.org]', '[[https://example.org/x y]]',
                 '[https://example.org/a|Label]', '[https://example.org/a |Label]',
                 '[https://example.org/a.pdf| Label]', '[https://example.org/a.html|Label]',
                 '<nowiki>[https://de.wikipedia.org/wiki/Example]</nowiki>',
                 ' [https://de.wikipedia.org/wiki/Example]'):
        print(repr(text), repr(cct.fixSyntaxSave(text)))
