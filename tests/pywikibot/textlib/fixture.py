"""Test fixture: an English Wikipedia site object for textlib tests.

Under real pywikibot 9.6.3 (recording, W3_REAL_PYWIKIBOT=1) this is the
offline DrySite of pywikibot's own test suite; under gowikibot it is a
plain object offering the same attributes. pywikibot.Site is replaced by a
factory giving such sites for other language codes, so that language links
never need the network.
"""
import os

import pywikibot

REAL = os.environ.get('W3_REAL_PYWIKIBOT') == '1'

LANGS = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'sv']


class FakeNamespace:
    def __init__(self, custom, canonical, aliases=()):
        self.custom_name = custom
        self.canonical_name = canonical
        self.aliases = list(aliases)
        self.case = 'first-letter'


class FakeFamily:
    name = 'wikipedia'
    langs = dict((code, code + '.wikipedia.org') for code in LANGS)
    obsolete = {'dk': 'da', 'nb': 'no'}
    interwiki_forward = None
    category_text_separator = '\n\n'
    interwiki_text_separator = '\n\n'
    category_attop = []
    categories_last = []
    interwiki_attop = []
    interwiki_on_one_line = []
    category_on_one_line = []
    interwiki_putfirst = {}


class FakeSite:
    family = FakeFamily()

    def __init__(self, code):
        self.code = code
        self.sitename = 'wikipedia:' + code
        self.namespaces = {
            6: FakeNamespace('File', 'File', ['Image']),
            10: FakeNamespace('Template', 'Template'),
            14: FakeNamespace('Category', 'Category'),
        }

    def namespace(self, num):
        return self.namespaces[num].custom_name

    def validLanguageLinks(self):
        return [c for c in LANGS if c != self.code] + ['da', 'no']

    def getmagicwords(self, word):
        return [word]

    def category_on_one_line(self):
        return False

    def interwiki_putfirst(self):
        return None

    def __eq__(self, other):
        return isinstance(other, FakeSite) and other.code == self.code

    def __hash__(self):
        return hash(self.code)

    def __lt__(self, other):
        return self.code < other.code

    def __repr__(self):
        return 'FakeSite(' + repr(self.code) + ')'


_sites = {}


def make_site(code='en'):
    """Return the (cached) site for code, real or fake."""
    if code not in _sites:
        if REAL:
            from tests.utils import DrySite
            _sites[code] = DrySite(code, 'wikipedia', None)
        else:
            _sites[code] = FakeSite(code)
    return _sites[code]


def _site_factory(code=None, fam=None, *args, **kwargs):
    return make_site(code or 'en')


pywikibot.Site = _site_factory
