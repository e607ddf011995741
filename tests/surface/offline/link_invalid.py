"""Link.parse refuses the titles pywikibot 9.6.3 refuses, with its
messages: a talk page whose title would be a page of another namespace
(Talk:File:X), illegal characters, . and .. paths, ~~~, over 255 bytes,
a namespace without title, no title; and parses the rest. A stand-in
source site with MediaWiki's built-in namespaces (a real one asks the wiki
for them). Same output from real pywikibot 9.6.3 (link_invalid.out) and
gowikibot."""
from pywikibot.exceptions import InvalidTitleError
from pywikibot.page import Link
from pywikibot.site import BaseSite, Namespace, NamespacesDict


class Fam:
    name = 'wikipedia'
    langs = {'en': 'en.wikipedia.org'}
    title_delimiter_and_aliases = ' _'


class Source(BaseSite):
    family = Fam()
    code = 'en'
    namespaces = NamespacesDict({i: Namespace(i, case='first-letter') for i in range(-2, 16)})

    def __init__(self):
        pass  # the class attributes stand for the site

    def encodings(self):
        return ['utf-8']

    def interwiki(self, prefix):
        raise KeyError(prefix)


site = Source()
for text in ('Talk:File:Example.svg', 'Talk:Foo:Bar', 'File:Talk:X', 'Talk:User:X', 'User talk:File:X',
             'Category talk:Talk:Y', 'Template:Talk:Z', 'A [ B', 'A%2523B', './Sandbox', 'Foo/../Sandbox',
             'A ~~~ Name', 'x' * 256, 'Talk:', 'Category: #bar', '', ':', '__  __', 'talk:a b#Sec',
             'Special:' + 'y' * 300):
    try:
        link = Link(text, site)
        link.parse()
        print(repr(text[:20]), 'ok', int(link.namespace), repr(link.title[:20]), link.section)
    except InvalidTitleError as e:
        print(repr(text[:20]), 'InvalidTitleError', str(e)[:100])
