"""pywikibot.proofreadpage: pages of the ProofreadPage extension
(Wikisource's Page: and Index: namespaces).

gowikibot has the classes and their constants; on a site without the
extension they raise UnknownExtensionError as pywikibot does. Editing
proofread pages (header/body/footer, OCR) is not implemented.
"""
import re

import pywikibot
from pywikibot import textlib  # noqa: F401 (pywikibot.proofreadpage.textlib, as pywikibot's)
from pywikibot._extensions import has_extension
from pywikibot.comms import http  # noqa: F401 (as pywikibot's)
from pywikibot.data.api import ListGenerator, Request  # noqa: F401 (as pywikibot's)
from pywikibot.exceptions import Error, InvalidTitleError, OtherPageSaveError, UnknownExtensionError  # noqa: F401
from pywikibot.tools import MediaWikiVersion, cached, remove_last_args  # noqa: F401 (as pywikibot's)

__all__ = ('IndexPage', 'ProofreadPage')


class TagAttr:
    """One attribute of a <pages /> tag (PagesTagParser's): its name and
    its value, a str or int, kept with the quotes it was given ('"3"')
    and read without them (a number as an int)."""

    def __init__(self, attr, value):
        self.attr = attr
        self._value = self._convert(value)

    def _convert(self, value):
        if not isinstance(value, (str, int)):
            raise TypeError('value={} must be str or int.'.format(value))
        self._orig_value = value
        if isinstance(value, str):
            if value.startswith('"') != value.endswith('"') or value.startswith("'") != value.endswith("'"):
                raise ValueError('value={} has wrong quotes.'.format(value))
            value = value.strip('"\'')
            if value.isdigit():
                value = int(value)
        return value

    @property
    def value(self):
        """The value, unquoted (a number as an int)."""
        return self._value

    @value.setter
    def value(self, value):
        self._value = self._convert(value)

    def _name(self):
        return 'from' if self.attr == 'ffrom' else self.attr

    def __str__(self):
        return '{}={}'.format(self._name(), self._orig_value)

    def __repr__(self):
        return "{}('{}', {!r})".format(type(self).__name__, self._name(), self._orig_value)


class TagAttrDesc:
    """A descriptor holding a TagAttr per instance: reading gives its
    value (None when unset), assigning sets it, del removes it."""

    def __init__(self):
        from weakref import WeakKeyDictionary
        self.attrs = WeakKeyDictionary()

    def __set_name__(self, owner, name):
        self.public_name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        attr = self.attrs.get(obj)
        return attr.value if attr is not None else None

    def __set__(self, obj, value):
        attr = self.attrs.get(obj)
        if attr is not None:
            attr.value = value
        else:
            self.attrs[obj] = TagAttr(self.public_name, value)

    def __delete__(self, obj):
        self.attrs.pop(obj, None)


class PagesTagParser:
    """The first <pages ... /> tag of a text (ProofreadPage's
    transclusion tag): its attributes as attributes of the parser (from
    as ffrom), numbers as int; str() writes the tag back, attributes in
    the order of _ATTRS."""

    pat_tag = re.compile(r'<pages (?P<attrs>[^/]*?)/>')
    tokens = ('index', 'from', 'to', 'include', 'exclude', 'step', 'header', 'fromsection', 'tosection',
              'onlysection')
    pat_attr = re.compile('({}=)'.format('=|'.join(tokens)))
    _ATTRS = ('index', 'ffrom', 'to', 'include', 'exclude', 'step', 'header', 'fromsection', 'tosection',
              'onlysection')

    index = TagAttrDesc()
    ffrom = TagAttrDesc()
    to = TagAttrDesc()
    include = TagAttrDesc()
    exclude = TagAttrDesc()
    step = TagAttrDesc()
    header = TagAttrDesc()
    fromsection = TagAttrDesc()
    tosection = TagAttrDesc()
    onlysection = TagAttrDesc()

    def __init__(self, text='<pages />'):
        m = self.pat_tag.search(text)
        if m is None:
            raise ValueError('Invalid text={}'.format(text))
        tag = m.group('attrs')
        starts = [a.start() for a in self.pat_attr.finditer(tag)] + [len(tag)]
        for begin, end in zip(starts, starts[1:]):
            attr, _, value = tag[begin:end - 1].partition('=')
            setattr(self, 'ffrom' if attr == 'from' else attr, value)

    @classmethod
    def get_descriptors(cls):
        """The TagAttrDesc descriptors by attribute name, in tag order."""
        return {name: cls.__dict__[name] for name in cls._ATTRS}

    def __contains__(self, attr):
        return getattr(self, attr) is not None

    def __str__(self):
        attrs = [d.attrs.get(self) for d in self.get_descriptors().values()]
        text = ' '.join(str(a) for a in attrs if a is not None)
        return '<pages {} />'.format(text) if text else '<pages />'

    def __repr__(self):
        return "{}('{}')".format(type(self).__name__, self)


def decompose(fn):
    """Decorator for ProofreadPage methods: split the text into header,
    body and footer first (when not done), put it together after."""
    def wrapper(self, *args, **kwargs):
        if not hasattr(self, '_full_header'):
            self._decompose_page()
        result = fn(self, *args, **kwargs)
        self._compose_page()
        return result
    return wrapper


def check_if_cached(fn):
    """Decorator for IndexPage methods: read the page mappings first when
    they are not cached."""
    def wrapper(self, *args, **kwargs):
        if self._cached is False:
            self._get_page_mappings()
        return fn(self, *args, **kwargs)
    return wrapper


class FullHeader:
    """The header of a ProofreadPage's text: quality level (ql), user and
    header text, written back in the form it was read (with or without
    the <div class="pagetext"> of the old page format)."""

    p_header = re.compile(r'<pagequality level="(?P<ql>\d)" user="(?P<user>.*?)" />'
                          r'(?P<has_div><div class="pagetext">)?(?P<header>.*)', re.DOTALL)
    TEMPLATE_V1 = '<pagequality level="{0.ql}" user="{0.user}" /><div class="pagetext">{0.header}\n\n\n'
    TEMPLATE_V2 = '<pagequality level="{0.ql}" user="{0.user}" />{0.header}'

    def __init__(self, text=None):
        self._text = text or ''
        self._has_div = True
        m = self.p_header.search(self._text)
        if m:
            self.ql = int(m.group('ql'))
            self.user = m.group('user')
            self.header = m.group('header')
            if not m.group('has_div'):
                self._has_div = False
        else:
            self.ql = ProofreadPage.NOT_PROOFREAD
            self.user = ''
            self.header = ''

    def __str__(self):
        return (self.TEMPLATE_V1 if self._has_div else self.TEMPLATE_V2).format(self)


class PurgeRequest(Request):
    """A Request whose action (purge) is set after the Request is made
    (pywikibot's workaround for the write-rights check, T128994)."""

    def __init__(self, **kwargs):
        action = kwargs['parameters']['action']
        kwargs['parameters']['action'] = 'dummy'
        super().__init__(**kwargs)
        self.action = action
        self.update({'action': action})


def _require(site):
    if not has_extension(site, 'ProofreadPage'):
        raise UnknownExtensionError('Method "_cache_proofreadinfo" is not implemented without '
                                    'the extension ProofreadPage')
    raise NotImplementedError('ProofreadPage pages are not implemented by gowikibot')


class ProofreadPage(pywikibot.Page):
    """A page of the Page: namespace, with its proofreading level."""

    WITHOUT_TEXT = 0
    NOT_PROOFREAD = 1
    PROBLEMATIC = 2
    PROOFREAD = 3
    VALIDATED = 4
    PROOFREAD_LEVELS = [WITHOUT_TEXT, NOT_PROOFREAD, PROBLEMATIC, PROOFREAD, VALIDATED]
    open_tag = '<noinclude>'
    close_tag = '</noinclude>'

    def __init__(self, source, title=''):
        site = source if isinstance(source, pywikibot.site.APISite) else source.site
        _require(site)


class IndexPage(pywikibot.Page):
    """A page of the Index: namespace, listing the pages of a book."""

    INDEX_TEMPLATE = ':MediaWiki:Proofreadpage_index_template'

    def __init__(self, source, title=''):
        site = source if isinstance(source, pywikibot.site.APISite) else source.site
        _require(site)
