"""Wikitext manipulation helpers (gowikibot's pywikibot.textlib).

Behaves like pywikibot 9.6.3's textlib for the functions bot scripts use:
replacing text outside of protected regions (comments, nowiki, templates,
links...), removing disabled parts, reading and rewriting category and
language links, adding text above them, and a small template parser.

Functions that need namespace names accept ``site=None`` and then use the
English defaults (Category, File/Image, Template).
"""
import itertools
import re
from collections import OrderedDict, namedtuple

import _gowikibot
import pywikibot
from pywikibot.exceptions import InvalidTitleError, SiteDefinitionError  # noqa: F401
from pywikibot.time import TZoneFixedOffset
from pywikibot.tools import (  # noqa: F401  (pywikibot.textlib re-exports them)
    ModuleDeprecationWrapper,
    deprecated,
    deprecated_args,
    first_lower,
    first_upper,
)

# pywikibot.textlib names the markup parser package it found
# (wikitextparser, else mwparserfromhell). Neither runs in the embedded
# interpreter and this module's template parser needs none: None.
wikitextparser = None

# The decimal digits of the scripts of these languages (each a run of ten
# consecutive Unicode code points, from the script's DIGIT ZERO).
NON_LATIN_DIGITS = {code: ''.join(chr(zero + i) for i in range(10)) for code, zero in (
    ('bn', 0x9E6), ('ckb', 0x660), ('fa', 0x6F0), ('gu', 0xAE6), ('hi', 0x966), ('km', 0x17E0),
    ('kn', 0xCE6), ('lo', 0xED0), ('ml', 0xD66), ('or', 0xB66), ('pa', 0xA66), ('te', 0xC66))}


def to_local_digits(phrase, lang):
    """phrase (a str or int) as a str with its Latin digits written in
    lang's digits; unchanged for a language not in NON_LATIN_DIGITS."""
    digits = NON_LATIN_DIGITS.get(lang)
    phrase = str(phrase)
    if digits:
        phrase = ''.join(digits[ord(c) - 48] if '0' <= c <= '9' else c for c in phrase)
    return phrase


_latin_tables = {}


def to_latin_digits(phrase, langs=None):
    """phrase with the digits of langs (a code, codes, or None for every
    language of NON_LATIN_DIGITS) written as Latin digits."""
    if isinstance(phrase, str) and phrase.isascii():
        return phrase  # (TimeStripper calls this for every line)
    if langs is None:
        langs = list(NON_LATIN_DIGITS)
    elif isinstance(langs, str):
        langs = [langs]
    key = tuple(langs)
    table = _latin_tables.get(key)
    if table is None:
        table = {}
        for lang in langs:
            for i, c in enumerate(NON_LATIN_DIGITS.get(lang, '')):
                table[ord(c)] = str(i)
        _latin_tables[key] = table
    return phrase.translate(table) if table else phrase

__all__ = [
    'add_text', 'case_escape', 'categoryFormat', 'compileLinkR', 'Content',
    'does_text_contain_section', 'expandmarker', 'extract_sections',
    'extract_templates_and_params',
    'extract_templates_and_params_regex_simple', 'findmarker', 'get_regexes',
    'getCategoryLinks', 'getLanguageLinks', 'glue_template_and_params',
    'ignore_case', 'interwikiFormat', 'interwikiSort', 'isDisabled',
    'MultiTemplateMatchBuilder', 'reformat_ISBNs', 'removeCategoryLinks',
    'removeHTMLParts',
    'removeCategoryLinksAndSeparator', 'removeDisabledParts',
    'removeLanguageLinks', 'removeLanguageLinksAndSeparator',
    'replaceCategoryInPlace', 'replaceCategoryLinks', 'replaceExcept',
    'replaceLanguageLinks', 'Section',
]


# ---------------------------------------------------------------------------
# Site helpers: a real Site, any object that looks like one, or None.
# ---------------------------------------------------------------------------

_DEFAULT_NAMESPACES = {
    6: ['File', 'Image'],
    10: ['Template'],
    14: ['Category'],
}

_DEFAULT_MAGIC = {
    'defaultsort': ['DEFAULTSORT', 'DEFAULTSORTKEY', 'DEFAULTCATEGORYSORT'],
    'invoke': ['invoke'],
    'property': ['property'],
}


def _ns_entry(site, num):
    """Return the namespace object (or None) of site for number num."""
    if site is None:
        return None
    try:
        return site.namespaces[num]
    except (AttributeError, KeyError, TypeError, IndexError):
        return None


def _ns_names(site, num):
    """Return all names of namespace num: local name, canonical, aliases."""
    ns = _ns_entry(site, num)
    if ns is None:
        return list(_DEFAULT_NAMESPACES.get(num, []))
    names = []
    if hasattr(ns, 'custom_name') or hasattr(ns, 'canonical_name'):
        for name in ([getattr(ns, 'custom_name', None),
                      getattr(ns, 'canonical_name', None)]
                     + list(getattr(ns, 'aliases', None) or [])):
            if name and name not in names:
                names.append(name)
    else:
        for name in ns:
            if name not in names:
                names.append(name)
    return names or list(_DEFAULT_NAMESPACES.get(num, []))


def _ns_has_name(names, item):
    """Return True if item names the namespace with the given names
    (case-insensitive, underscores as spaces, as Namespace.__contains__)."""
    item = item.replace('_', ' ').strip().lower()
    return bool(item) and item in [n.lower() for n in names]


def _ns_local(site, num):
    """Return the local (custom) name of namespace num."""
    if site is not None and hasattr(site, 'namespace'):
        try:
            name = site.namespace(num)
            if name:
                return str(name)
        except Exception:
            pass
    return _ns_names(site, num)[0]


def _ns_case(site, num):
    ns = _ns_entry(site, num)
    return getattr(ns, 'case', 'first-letter') if ns is not None \
        else 'first-letter'


def _family(site):
    return getattr(site, 'family', None) if site is not None else None


def _fam_attr(site, name, default):
    value = getattr(_family(site), name, None)
    return default if value is None else value


def _code(site):
    return getattr(site, 'code', None) if site is not None else None


def _magicwords(site, word):
    if site is not None and hasattr(site, 'getmagicwords'):
        words = site.getmagicwords(word)
        if words:
            return list(words)
    return list(_DEFAULT_MAGIC.get(word, [word]))


def _language_codes(site):
    """Return the interwiki language codes known to site (maybe empty)."""
    if site is None or not hasattr(site, 'validLanguageLinks'):
        return []
    codes = list(site.validLanguageLinks())
    codes.extend(_fam_attr(site, 'obsolete', {}).keys())
    return codes


def _sitename(site):
    name = getattr(site, 'sitename', None) if site is not None else None
    if callable(name):
        name = name()
    return name


def _is_real_site(site):
    """Return True for a pywikibot Site object (not a look-alike)."""
    module = getattr(pywikibot, 'site', None)
    for name in ('BaseSite', 'APISite'):
        base = getattr(module, name, None)
        if base is not None and isinstance(site, base):
            return True
    return False


def _normalize_title(title, case='first-letter'):
    """Normalise a page title: underscores, spaces, first letter."""
    title = title.replace('_', ' ').replace('\u200e', '').replace(
        '\u200f', '')
    title = ' '.join(title.split())
    if case == 'first-letter' and title:
        title = title[0].upper() + title[1:]
    return title


class _CategoryLink:

    """A category as found in wikitext, when no Site objects are at hand."""

    def __init__(self, site, title, sort_key=None):
        self.site = site
        prefix, sep, rest = title.partition(':')
        if sep and prefix.strip().lower() in [
                n.lower() for n in _ns_names(site, 14)]:
            title = rest
        self._title = _normalize_title(title, _ns_case(site, 14))
        self._nsname = _ns_local(site, 14)
        self.sortKey = sort_key

    def namespace(self):
        """Return the namespace number, 14."""
        return 14

    def title(self, with_ns=True, as_link=False, **kwargs):
        """Return the title, with or without namespace, or as a link."""
        text = self._nsname + ':' + self._title if with_ns else self._title
        if as_link:
            return '[[:' + self._nsname + ':' + self._title + ']]'
        return text

    def aslink(self, sort_key=None):
        """Return the category link to place into wikitext."""
        key = sort_key or self.sortKey
        text = self.title()
        if key is not None:
            text += '|' + key
        return '[[' + text + ']]'

    def __str__(self):
        return '[[' + self.title() + ']]'

    def __repr__(self):
        return 'Category(' + repr(self.title()) + ')'

    def __eq__(self, other):
        return isinstance(other, _CategoryLink) \
            and self.title() == other.title()

    def __hash__(self):
        return hash(self.title())


class _LanguagePage:

    """A page on another language site, when no Site objects are at hand."""

    def __init__(self, site, title):
        self.site = site
        self._title = _normalize_title(title)

    def title(self, as_link=False, **kwargs):
        """Return the title, or an interwiki link when as_link is set."""
        if as_link:
            return '[[' + str(_code(self.site)) + ':' + self._title + ']]'
        return self._title

    def __repr__(self):
        return 'Page(' + repr(self._title) + ')'


def _make_category(site, title, sort_key):
    if _is_real_site(site) and hasattr(pywikibot, 'Category'):
        return pywikibot.Category(site, title, sort_key=sort_key)
    return _CategoryLink(site, title, sort_key)


# ---------------------------------------------------------------------------
# Regular expressions
# ---------------------------------------------------------------------------

#: Top level templates with their parameters (nested ones up to 2 levels).
NESTED_TEMPLATE_REGEX = re.compile(
    r'{{\s*(?:msg:\s*)?'
    r'(?P<name>[^{\|#0-9][^{\|#]*?)\s*'
    r'(?:\|(?P<params>[^{]*?'
    r'(({{{[^{}]+?}}}|{{[^{}]+?}}|{[^{}]*?})[^{]*?)*?)?)?'
    r'}}'
    r'|(?P<unhandled_depth>{{\s*[^{\|#0-9][^{\|#]*?\s*[^{]*{{.*}})',
    re.DOTALL)

#: File links; the namespace names are substituted for %s.
FILE_LINK_REGEX = (
    r'\[\[\s*(?:%s)\s*:'
    r'(?=(?P<filename>[^\]|]*))(?P=filename)'
    r'(\|(((?=(?P<inner_link>\[\[.*?\]\]))(?P=inner_link))?'
    r'(?=(?P<other_chars>[^\[\]]*))(?P=other_chars)'
    r'|(?=(?P<not_wikilink>\[[^\]]*\]))(?P=not_wikilink))*?)??'
    r'\]\]')

_regex_cache = {}


def ignore_case(string):
    """Return a pattern matching string with every letter in any case."""
    out = []
    for ch in string:
        other = ch.swapcase()
        out.append('[' + other + ch + ']' if other != ch else ch)
    return ''.join(out)


def case_escape(case, string, *, underscore=False):
    """Return an escaped pattern for string; first letter case-insensitive
    when case is 'first-letter'; spaces/underscores interchangeable when
    underscore is set."""
    if case == 'first-letter':
        pattern = '(?i:' + string[:1] + ')' + re.escape(string[1:])
    else:
        pattern = re.escape(string)
    if underscore:
        pattern = re.sub(r'_|\\ ', '[_ ]+', pattern)
    return pattern


def _tag_pattern(name):
    alt = ignore_case(name)
    return ('<' + alt + r'(?:>|\s+[^>]*(?<!/)>)' + r'[\s\S]*?'
            + '</' + alt + r'\s*>')


def _tag_regex(name):
    return re.compile(_tag_pattern(name))


def compileLinkR(withoutBracketed=False, onlyBracketed=False):
    """Return a compiled regex matching external http(s) links."""
    end_chars = r'\]\s\.:;,<>"\|\)}'
    inner_chars = r'\]\s<>"'
    url = ('(?P<url>http[s]?://[^' + inner_chars + ']*?[^' + end_chars
           + "](?=[" + end_chars + "]*'')|http[s]?://[^" + inner_chars
           + ']*[^' + end_chars + '])')
    if withoutBracketed:
        url = r'(?<!\[)' + url
    elif onlyBracketed:
        url = r'\[' + url
    return re.compile(url)


def _site_dependent(key, site):
    """Build the pattern of a site dependent key."""
    if key == 'category':
        return r'\[\[ *(?:%s)\s*:.*?\]\]' % '|'.join(_ns_names(site, 14))
    if key == 'file':
        return FILE_LINK_REGEX % '|'.join(_ns_names(site, 6))
    if key == 'interwiki':
        return (r'\[\[:?(%s)\s?:[^\]]*\]\]\s*'
                % '|'.join(ignore_case(c) for c in _language_codes(site)))
    if key == 'invoke':
        return (r'\{\{\s*\#(?:%s):[\s\S]*?\}\}'
                % '|'.join(ignore_case(w)
                           for w in _magicwords(site, 'invoke')))
    return (r'\{\{\s*\#(?:%s):\s*[Pp]\d+.*?\}\}'
            % '|'.join(ignore_case(w) for w in _magicwords(site, 'property')))


_SITE_KEYS = ('category', 'file', 'interwiki', 'invoke', 'property')


def _create_default_regexes():
    """Fill (and overwrite) the regex cache of get_regexes with the
    site-independent regexes."""
    _fill_cache()


def _fill_cache():
    _regex_cache['comment'] = re.compile(r'<!--[\s\S]*?-->')
    _regex_cache['header'] = re.compile(
        r'(?:(?<=\n)|\A)(?:<!--[\s\S]*?-->)*'
        r'(=(?:[^\n]|<!--[\s\S]*?-->)+=)'
        r' *(?:<!--[\s\S]*?--> *)*(?=\n|\Z)')
    _regex_cache['hyperlink'] = compileLinkR()
    _regex_cache['link'] = re.compile(r'\[\[[^\]|]*(\|[^\]]*)?\]\]')
    _regex_cache['pagelist'] = re.compile(
        '<' + ignore_case('pagelist') + r'[\s\S]*?/>')
    _regex_cache['startcolon'] = re.compile(r'(?:(?<=\n)|\A):(.*?)(?=\n|\Z)')
    _regex_cache['startspace'] = re.compile(r'(?:(?<=\n)|\A) (.*?)(?=\n|\Z)')
    _regex_cache['table'] = re.compile(
        r'(?:(?<=\n)|\A){\|[\S\s]*?\n\|}|' + _tag_pattern('table'))
    _regex_cache['template'] = NESTED_TEMPLATE_REGEX


_ALIASES = {
    'source': ['syntaxhighlight'],
    'syntaxhighlight': ['source'],
    'chem': ['ce'],
    'math': ['chem', 'ce'],
}


def get_regexes(keys, site=None):
    """Return compiled regexes for the given keys (or regexes).

    Named keys: comment, header, pre, nowiki, template, hyperlink, link,
    table, startspace, startcolon, pagelist, gallery, ref, math, timeline,
    source/syntaxhighlight and any other tag name; category, file,
    interwiki, invoke and property need a site.
    """
    if not _regex_cache:
        _fill_cache()
    if isinstance(keys, str):
        keys = [keys]
    result = []
    for key in keys:
        if not isinstance(key, str):
            result.append(key)
            continue
        if key in _SITE_KEYS:
            if not site:
                raise ValueError(
                    'site cannot be None for the %r regex' % key)
            cache_key = key + '\x00' + str(id(site))
            if cache_key not in _regex_cache:
                _regex_cache[cache_key] = (
                    site, re.compile(_site_dependent(key, site), re.VERBOSE))
            result.append(_regex_cache[cache_key][1])
        else:
            if key not in _regex_cache:
                _regex_cache[key] = _tag_regex(key)
            result.append(_regex_cache[key])
        for alias in _ALIASES.get(key, []):
            if alias not in _regex_cache:
                _regex_cache[alias] = _tag_regex(alias)
            result.append(_regex_cache[alias])
    return result


# pywikibot 7.7.3's name (public as get_regexes since 8.2); 7.7.3's
# category.py calls it
_get_regexes = get_regexes


_GROUP_REF = re.compile(r'\\(\d+)|\\g<(.+?)>')
_NO_MATCH = object()


def _expand_template(new, match):
    """Expand \\N and \\g<name> references in new with match's groups."""
    parts = []
    last = 0
    for ref in _GROUP_REF.finditer(new):
        group = ref.group(1) or ref.group(2)
        try:
            group = int(group)
        except ValueError:
            pass
        parts.append(new[last:ref.start()])
        try:
            parts.append(match.group(group) or '')
        except IndexError:
            raise IndexError('Invalid group reference: %s\nGroups found: %s'
                             % (group, match.groups()))
        last = ref.end()
    parts.append(new[last:])
    return ''.join(parts)


def replaceExcept(text, old, new, exceptions, caseInsensitive=False,
                  allowoverlap=False, marker='', site=None, count=0):
    """Replace old (regex) by new in text, except inside the exceptions.

    exceptions: names understood by get_regexes or compiled regexes.
    new: a replacement string (with \\1 or \\g<name> references) or a
    function of the match. marker is put after the last replacement (or
    at the end). count limits the number of replacements (0: no limit).
    """
    if isinstance(old, str):
        old = re.compile(old, re.IGNORECASE if caseInsensitive else 0)
    if not old.search(text):
        return text + marker

    guards = get_regexes(exceptions, site)
    if not callable(new):
        # the loop below, in Go (None: arguments it leaves to this code)
        done = _gowikibot.replace_except(text, old, new, guards, allowoverlap, count, marker)
        if done is not None:
            return done
    pos = 0
    done = 0
    marker_at = len(text)
    # Matches found by earlier searches stay valid while the text is
    # unchanged and they start at or after pos: the leftmost match from an
    # earlier position is then also the leftmost from pos. Only skipping
    # an exception keeps the text, a replacement resets the cache.
    cached = [None] * len(guards)
    found = None
    while not count or done < count:
        if pos > len(text):
            break
        if found is None or found.start() < pos:
            found = old.search(text, pos)
        if not found:
            break
        first_guard = None
        for i, guard in enumerate(guards):
            hit = cached[i]
            if hit is None or (hit is not _NO_MATCH and hit.start() < pos):
                hit = guard.search(text, pos) or _NO_MATCH
                cached[i] = hit
            if hit is not _NO_MATCH and (
                    first_guard is None or hit.start() < first_guard.start()):
                first_guard = hit
        if first_guard is not None and first_guard.start() <= found.start():
            pos = first_guard.end()
            continue
        if callable(new):
            replacement = new(found)
        else:
            new = new.replace('\\n', '\n')
            replacement = _expand_template(new, found)
        start = found.start()
        text = text[:start] + replacement + text[found.end():]
        pos = start + 1 if allowoverlap else start + len(replacement)
        if not found.group():
            pos += 1
        marker_at = start + len(replacement)
        done += 1
        found = None
        cached = [None] * len(guards)
    return text[:marker_at] + marker + text[marker_at:]


def removeDisabledParts(text, tags=None, include=None, site=None):
    """Return text without the parts where wiki markup is disabled.

    Default tags: comment, includeonly, nowiki, pre, syntaxhighlight;
    include lists tags to keep. Removal follows the order of tags.
    """
    if not tags:
        tags = ['comment', 'includeonly', 'nowiki', 'pre', 'syntaxhighlight']
    if include:
        tags = [t for t in tags if t not in include]
    for regex in get_regexes(tags, site):
        text = regex.sub('', text)
    return text


def findmarker(text, startwith='@@', append=None):
    """Return a marker string that does not occur in text."""
    append = append or '@'
    marker = startwith
    while marker in text:
        marker += append
    return marker


def isDisabled(text, index, tags=None):
    """Return True if the position index of text is in a disabled part."""
    marker = findmarker(text)
    marked = text[:index] + marker + text[index:]
    return marker not in removeDisabledParts(marked, tags)


def expandmarker(text, marker='', separator=''):
    """Return marker preceded by the separators and control whitespace
    found in front of its first occurrence in text."""
    if not separator:
        return marker
    at = text.find(marker)
    start = at
    size = len(separator)
    while start > 0:
        if start >= size and text[start - size:start] == separator:
            start -= size
        elif text[start - 1] < ' ':
            start -= 1
        else:
            break
    return text[start:at] + marker


# ---------------------------------------------------------------------------
# Categories
# ---------------------------------------------------------------------------

def _cat_alternation(site):
    return '|'.join(_ns_names(site, 14))


def getCategoryLinks(text, site=None, include=None, expand_text=False):
    """Return the categories linked from text, in order of appearance."""
    text = removeDisabledParts(text, include=include or [])
    regex = re.compile(r'\[\[\s*(?P<namespace>' + _cat_alternation(site)
                       + r')\s*:\s*(?P<rest>.+?)\]\]', re.I)
    result = []
    for found in regex.finditer(text):
        rest = found.group('rest')
        if expand_text and '{{' in rest and site is not None:
            rest = site.expand_text(rest)
        if '|' in rest:
            title, key = rest.split('|', 1)
        else:
            title, key = rest, None
        result.append(_make_category(
            site, found.group('namespace') + ':' + title, key))
    return result


def removeCategoryLinks(text, site=None, marker=''):
    """Return text without category links (marker after the last one)."""
    regex = re.compile(r'\[\[\s*(' + _cat_alternation(site)
                       + r')\s*:.*?\]\]\s*', re.I)
    text = replaceExcept(text, regex, '',
                         ['comment', 'includeonly', 'math', 'nowiki', 'pre',
                          'syntaxhighlight'],
                         marker=marker, site=site)
    if marker:
        text = re.sub(r'\s*' + re.escape(marker), '\n' + marker,
                      text.strip())
    return text.strip()


def removeCategoryLinksAndSeparator(text, site=None, marker='',
                                    separator=''):
    """Like removeCategoryLinks, also removing the separator before them."""
    if not separator:
        return removeCategoryLinks(text, site, marker)
    own = findmarker(text, '@C@')
    result = removeCategoryLinks(text, site, own)
    own = expandmarker(result, own, separator)
    return result.replace(own, marker)


def replaceCategoryInPlace(oldtext, oldcat, newcat, site=None,
                           add_only=False):
    """Replace the link to category oldcat by newcat, where it stands.

    newcat None removes the link; add_only keeps oldcat and adds newcat
    after it.
    """
    title = oldcat.title(with_ns=False)
    if not title:
        return oldtext
    alternation = _cat_alternation(site)
    title = case_escape(_ns_case(site, 14), title, underscore=True)
    link = (r'\[\[\s*(' + alternation + r')\s*:\s*' + title
            + '[\\s\u200e\u200f]*' + r'((?:\|[^\]]+)?\]\])')
    regex = re.compile(link, re.IGNORECASE)
    whole_line = re.compile(r'^[^\S\n]*' + link + r'[^\S\n]*\n',
                            re.IGNORECASE | re.MULTILINE)
    guards = ['comment', 'math', 'nowiki', 'pre', 'syntaxhighlight']
    if newcat is None:
        text = replaceExcept(oldtext, whole_line, '', guards, site=site)
        return replaceExcept(text, regex, '', guards, site=site)
    if add_only:
        both = (oldcat.title(as_link=True, allow_interwiki=False) + '\n'
                + newcat.title(as_link=True, allow_interwiki=False))
        return replaceExcept(oldtext, regex, lambda m: both, guards,
                             site=site)
    repl = ('[[' + _ns_local(site, 14) + ':'
            + newcat.title(with_ns=False).replace('\\', '\\\\') + '\\2')
    return replaceExcept(oldtext, regex, repl, guards, site=site)


def categoryFormat(categories, insite=None):
    """Return the wikitext of category links, one per line."""
    if not categories:
        return ''
    names = _ns_names(insite, 14)
    links = []
    for cat in categories:
        if isinstance(cat, str):
            title, sep, key = cat.strip('[]').partition('|')
            key = key if sep else None
            if not _ns_has_name(names, title.split(':', 1)[0]):
                title = _ns_local(insite, 14) + ':' + title
            cat = _make_category(insite, title, key)
        elif not hasattr(cat, 'aslink'):
            # a Page of the category namespace, cast as pywikibot does
            import pywikibot
            cat = pywikibot.Category(cat)
        links.append(cat.aslink())
    on_one_line = False
    if insite is not None and hasattr(insite, 'category_on_one_line'):
        on_one_line = insite.category_on_one_line()
    return (' ' if on_one_line else '\n').join(links) + '\n'


@deprecated_args(addOnly='add_only')  # pywikibot 8.0
def replaceCategoryLinks(oldtext, new, site=None, add_only=False):
    """Replace all category links of oldtext by the categories in new
    (Category objects or strings); with add_only, keep the old ones."""
    marker = findmarker(oldtext)
    code = _code(site)
    if re.search(r'\{\{ *(' + '|'.join(_magicwords(site, 'defaultsort'))
                 + ')', oldtext, flags=re.IGNORECASE):
        separator = '\n'
    else:
        separator = _fam_attr(site, 'category_text_separator', '\n\n')
    iseparator = _fam_attr(site, 'interwiki_text_separator', '\n\n')
    if add_only:
        rest = oldtext
    else:
        rest = removeCategoryLinksAndSeparator(
            oldtext, site=site, marker=marker, separator=separator.strip())
    cats = categoryFormat(new, insite=site)
    if not cats:
        newtext = rest.replace(marker, '')
    elif code in _fam_attr(site, 'category_attop', []):
        newtext = cats + separator + rest
    else:
        after = rest.find(marker)
        after = len(rest) if after < 0 else after + len(marker)
        if '</noinclude>' in rest[after:]:
            if separator.strip():
                cats = separator + cats
            newtext = rest[:after].replace(marker, '') + cats + rest[after:]
        elif code in _fam_attr(site, 'categories_last', []):
            newtext = rest.replace(marker, '').strip() + separator + cats
        else:
            langs = getLanguageLinks(rest, insite=site)
            body = removeLanguageLinksAndSeparator(
                rest.replace(marker, ''), site, '', iseparator.strip())
            newtext = replaceLanguageLinks(body + separator + cats, langs,
                                           site, add_only=True)

    below = []
    family_name = getattr(_family(site), 'name', None)
    if _sitename(site) == 'wikipedia:de':
        below.append(re.compile(r'\{\{ *Personendaten.*?\}\}',
                                re.IGNORECASE | re.DOTALL))
    if _sitename(site) == 'wikipedia:yi':
        below.append(re.compile('\\{\\{.*?\u05e9\u05d8\u05d5\u05de\u05e3'
                                ' *\\}\\}', re.IGNORECASE))
    if family_name == 'wikipedia' and code in ('simple', 'en'):
        below.append(re.compile(r'\{\{.*?stub *\}\}', re.IGNORECASE))
    if below:
        # like pywikibot, this fails (IndexError) on a text without category
        all_cats = list(get_regexes('category', site)[0].finditer(newtext))
        if not all_cats:
            raise IndexError('list index out of range')
        last_cat = all_cats[-1]
        for regex in below:
            special = regex.search(newtext)
            if special and not isDisabled(newtext, special.start()):
                newtext = (newtext[:special.start()].strip()
                           + newtext[special.end():])
                newtext = (newtext[:last_cat.end()].strip() + '\n\n'
                           + special.group() + newtext[last_cat.end():])
    return newtext.strip()


# ---------------------------------------------------------------------------
# Language links
# ---------------------------------------------------------------------------

def _other_site(insite, code):
    fam = _family(insite)
    if hasattr(pywikibot, 'Site'):
        return pywikibot.Site(code=code, fam=fam)
    return None


def _make_page(site, title):
    if _is_real_site(site) and hasattr(pywikibot, 'Page'):
        return pywikibot.Page(site, title)
    return _LanguagePage(site, title)


def getLanguageLinks(text, insite=None, template_subpage=False):
    """Return a dict {site: page} of the language links in text.

    Without a site (or a site without languages) there are none.
    """
    result = {}
    if insite is None:
        return result
    fam = _family(insite)
    langs = _fam_attr(insite, 'langs', {})
    obsolete = _fam_attr(insite, 'obsolete', {})
    text = removeDisabledParts(
        text, include=['includeonly'] if template_subpage else [])
    regex = re.compile(r'\[\[([a-zA-Z\-]+)\s?:([^\[\]\n]*)\]\]')
    for lang, title in regex.findall(text):
        lang = lang.lower()
        lang = obsolete.get(lang, lang)
        if lang not in langs:
            continue
        if '|' in title:
            title = title[:title.index('|')]
        other = _other_site(insite, lang)
        if other is None or other == insite:
            continue
        page = _make_page(other, title)
        result[page.site] = page
    return result


def removeLanguageLinks(text, site=None, marker=''):
    """Return text without language links (marker after the last one)."""
    codes = _language_codes(site)
    if not codes:
        # As on a real site whose text has no language link (every real
        # site knows language codes): marker at the end, text stripped.
        return (text + marker).strip()
    regex = re.compile(r'\[\[(' + '|'.join(codes)
                       + r')\s?:[^\[\]\n]*\]\][\s]*', re.IGNORECASE)
    text = replaceExcept(text, regex, '',
                         ['comment', 'math', 'nowiki', 'pre',
                          'syntaxhighlight'],
                         marker=marker, site=site)
    return text.strip()


def removeLanguageLinksAndSeparator(text, site=None, marker='',
                                    separator=''):
    """Like removeLanguageLinks, also removing the separator before them."""
    if not separator:
        return removeLanguageLinks(text, site, marker)
    own = findmarker(text, '@L@')
    result = removeLanguageLinks(text, site, own)
    own = expandmarker(result, own, separator)
    return result.replace(own, marker)


def _site_sort_key(site):
    return str(_code(site))


def interwikiSort(sites, insite=None):
    """Sort sites by code, the site's putfirst codes first."""
    if not sites:
        return []
    sites = sorted(sites, key=_site_sort_key)
    first = None
    if insite is not None and hasattr(insite, 'interwiki_putfirst'):
        first = insite.interwiki_putfirst()
    if first:
        front = []
        for code in first:
            for site in list(sites):
                if _code(site) == code:
                    sites.remove(site)
                    front.append(site)
        sites = front + sites
    return sites


def interwikiFormat(links, insite=None):
    """Return the wikitext of the language links in dict links."""
    if not links:
        return ''
    out = []
    for site in interwikiSort(list(links.keys()), insite):
        page = links[site]
        try:
            link = page.title(as_link=True, force_interwiki=True,
                              insite=insite)
        except TypeError:
            link = page.title(as_link=True)
        out.append(link.replace('[[:', '[['))
    one_line = _code(insite) in _fam_attr(insite, 'interwiki_on_one_line', [])
    return (' ' if one_line else '\n').join(out) + '\n'


@deprecated_args(addOnly='add_only')  # pywikibot 8.0
def replaceLanguageLinks(oldtext, new, site=None, add_only=False,
                         template=False, template_subpage=False):
    """Replace the language links of oldtext by those of dict new."""
    marker = findmarker(oldtext)
    code = _code(site)
    separator = _fam_attr(site, 'interwiki_text_separator', '\n\n')
    cseparator = _fam_attr(site, 'category_text_separator', '\n\n')
    if add_only:
        rest = oldtext
    else:
        rest = removeLanguageLinksAndSeparator(
            oldtext, site=site, marker=marker, separator=separator.strip())
    links = interwikiFormat(new, insite=site)
    if not links:
        newtext = rest.replace(marker, '')
    elif (code in _fam_attr(site, 'interwiki_attop', [])
          or '<!-- interwiki at top -->' in oldtext):
        gap = '' if code in _fam_attr(site, 'interwiki_on_one_line', []) \
            else separator
        newtext = links + gap + rest.replace(marker, '').strip()
    else:
        after = rest.find(marker)
        after = len(rest) if after < 0 else after + len(marker)
        if '</noinclude>' in rest[after:]:
            if separator.strip():
                links = separator + links
            newtext = rest[:after].replace(marker, '') + links + rest[after:]
        elif code in _fam_attr(site, 'categories_last', []):
            cats = getCategoryLinks(rest, site=site)
            rest = removeCategoryLinksAndSeparator(
                rest.replace(marker, cseparator.strip()).strip(), site) \
                + separator + links
            newtext = replaceCategoryLinks(rest, cats, site=site,
                                           add_only=True)
        elif template or template_subpage:
            if template_subpage:
                on, off = '<includeonly>', '</includeonly>'
            else:
                on, off = '<noinclude>', '</noinclude>'
                separator = ''
            if re.match(r'\s*' + marker, rest.split(off)[-1]):
                regex = re.compile(off + r'\s*' + marker)
                newtext = regex.sub(lambda m: links + off, rest)
            else:
                newtext = (rest.replace(marker, '').strip() + separator
                           + on + '\n' + links + off + '\n')
        else:
            newtext = rest.replace(marker, '').strip() + separator + links
    return newtext.strip()


# ---------------------------------------------------------------------------
# Adding text
# ---------------------------------------------------------------------------

def replace_links(text, replace, site):
    """text with its wikilinks replaced as replace decides for each.

    replace is a callable taking (link, text, groups, rng) - the parsed
    Link, the current text, a dict of the link's 'title', 'section',
    'label' and 'linktrail' texts, and its (start, end) in text - or a
    pair (what, result): result for each link equal to what (a Link, Page
    or title), None for the others. A result of None keeps the link,
    False unlinks it (its label stays), a str replaces it, a Link gives
    target, section and label, a Page gives the target and keeps the
    link's section and label. Links to sections of the same page and
    interwiki links are never offered. site must be a BaseSite.
    """
    from collections.abc import Sequence

    def as_link(source):
        if isinstance(source, pywikibot.Page):
            return source._link
        if isinstance(source, str):
            return pywikibot.Link(source, site)
        return source

    def require_link_or_page(value):
        if not isinstance(value, (pywikibot.Page, pywikibot.Link)):
            raise ValueError('The replacement must be None, False, a sequence, '
                             'a Link or a str but is "{}"'.format(type(value)))

    def with_section(link):
        return link.title + ('#' + link.section if link.section else '')

    if not isinstance(site, pywikibot.site.BaseSite):
        raise ValueError('The "site" argument must be a BaseSite not {}.'
                         .format(type(site).__name__))

    if isinstance(replace, Sequence):
        if len(replace) != 2:
            raise ValueError('When used as a sequence, the "replace" argument '
                             'must contain exactly 2 items.')
        wanted, result = as_link(replace[0]), replace[1]
        if not isinstance(wanted, pywikibot.Link):
            raise ValueError('The original value must be either str, Link or '
                             'Page but is "{}"'.format(type(wanted)))
        if result is not False and result is not None:
            if isinstance(result, str):
                result = pywikibot.Page(site, result)
            # (pywikibot checks the original here, not the result)
            require_link_or_page(wanted)

        def replace(link, text, groups, rng):
            return result if wanted == link else None

    trail = site.linktrail()
    link_re = re.compile(r'\[\[(?P<title>.*?)(#(?P<section>.*?))?(\|(?P<label>.*?))?\]\]'
                         r'(?P<linktrail>' + trail + ')')
    label_end_re = re.compile(r'(.*?\]\])(' + trail + ')')
    trail_re = re.compile(trail)
    pos = 0
    while True:
        m = link_re.search(text, pos)
        if not m:
            break
        title = m.group('title').strip()
        if not title or (site.isInterwikiLink(title) and not title.startswith(':')):
            # a section of this page, or another wiki
            pos = m.end()
            continue
        groups = m.groupdict()
        start, end = m.start(), m.end()
        if groups['label'] and '[[' in groups['label']:
            # a link inside the label: the label runs to the ]] after it
            more = label_end_re.search(text, end)
            if not more:
                pos = end
                continue
            groups['label'] += groups['linktrail'] + more.group(1)
            groups['linktrail'] = more.group(2)
            end = more.end()
        try:
            link = pywikibot.Link.create_separated(groups['title'], site,
                                                   section=groups['section'],
                                                   label=groups['label'])
        except (SiteDefinitionError, InvalidTitleError):
            pos = end
            continue

        new_link = replace(link, text, groups.copy(), (start, end))
        if new_link is None:
            pos = end
            continue

        # what the link shows: its label, else its title (without a
        # leading ':'), with the link trail
        shown = groups['label']
        if not shown:
            shown = groups['title']
            if shown[0] == ':':
                shown = shown[1:]
        if groups['linktrail']:
            shown += groups['linktrail']

        if new_link is False:
            new_link = shown
        if isinstance(new_link, str):
            text = text[:start] + new_link + text[end:]
            pos = start + len(new_link)
            continue
        if isinstance(new_link, bytes):
            raise ValueError('The result must be str and not bytes.')
        require_link_or_page(new_link)

        is_link = isinstance(new_link, pywikibot.Link)
        if not is_link:
            new_link = new_link._link
        new_title = new_link.canonical_title()
        if new_link.site != site:
            new_title = ':' + new_link.site.code + ':' + new_title
        if is_link:
            shown = new_link.anchor
            piped = shown is not None
            section = new_link.section
        else:
            piped = True
            section = groups['section']
        if section:
            new_title += '#' + section
        if shown is None:
            shown = new_title

        # No pipe is needed when the label is the target plus a link trail.
        try:
            label_link = pywikibot.Link(shown, new_link.site)
            label_link.parse()
        except InvalidTitleError:
            pass
        else:
            label_title = with_section(label_link)
            target_title = with_section(new_link)
            if not trail_re.sub('', label_title[len(target_title):]):
                piped = (not label_title.startswith(target_title)
                         or label_link.namespace != new_link.namespace)
        if piped:
            new_text = '[[{}|{}]]'.format(new_title, shown)
        else:
            new_text = '[[{}]]{}'.format(shown[:len(new_title)], shown[len(new_title):])
        text = text[:start] + new_text + text[end:]
        pos = start + len(new_text)
    return text


def add_text(text, add, *, site=None):
    """Return text with add appended above its categories and language
    links (a literal backslash-n in add becomes a newline)."""
    add = add.replace('\\n', '\n')
    cats = getCategoryLinks(text, site)
    text = removeCategoryLinks(text, site)
    langs = getLanguageLinks(text, site)
    text = removeLanguageLinks(text, site)
    text += '\n' + add
    text = replaceCategoryLinks(text, cats, site, add_only=True)
    return replaceLanguageLinks(text, langs, site)


# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------

# Tags whose content the template parser leaves alone (as mwparserfromhell).
_OPAQUE_TAGS = ('categorytree', 'ce', 'chem', 'gallery', 'graph', 'hiero',
                'imagemap', 'inputbox', 'math', 'nowiki', 'pre', 'score',
                'section', 'source', 'syntaxhighlight', 'templatedata',
                'timeline')
_OPAQUE_OPEN = re.compile(r'<(' + '|'.join(_OPAQUE_TAGS)
                          + r')(?=[\s/>])[^>]*?(/?)>', re.IGNORECASE)


def _skip_opaque(text, pos):
    """Return the end of a comment or opaque tag starting at pos, or -1."""
    if text.startswith('<!--', pos):
        end = text.find('-->', pos + 4)
        return len(text) if end < 0 else end + 3
    if text.startswith('<', pos):
        m = _OPAQUE_OPEN.match(text, pos)
        if m:
            if m.group(2):
                return m.end()
            close = re.compile(r'</' + m.group(1) + r'\s*>', re.IGNORECASE)
            c = close.search(text, m.end())
            if c:
                return c.end()
    return -1


def _find_close(text, pos, closer):
    """Return the index of closer balancing the opener ending at pos."""
    n = len(text)
    while pos < n:
        if text[pos] == '<':
            skip = _skip_opaque(text, pos)
            if skip >= 0:
                pos = skip
                continue
        if text.startswith('{{{', pos) and not text.startswith('{{{{', pos):
            end = _find_close(text, pos + 3, '}}}')
            if end < 0:
                return -1
            pos = end + 3
            continue
        if text.startswith('{{', pos):
            end = _find_close(text, pos + 2, '}}')
            if end < 0:
                pos += 2
                continue
            pos = end + 2
            continue
        if text.startswith('[[', pos):
            end = text.find(']]', pos + 2)
            nxt = text.find('[[', pos + 2)
            if end >= 0 and (nxt < 0 or end < nxt):
                pos = end + 2
                continue
        if text.startswith(closer, pos):
            return pos
        pos += 1
    return -1


def _split_params(body):
    """Split a template body at top-level pipes."""
    parts = []
    depth_brace = 0
    depth_link = 0
    start = 0
    i = 0
    n = len(body)
    while i < n:
        if body[i] == '<':
            skip = _skip_opaque(body, i)
            if skip >= 0:
                i = skip
                continue
        if body.startswith('{{', i):
            depth_brace += 1
            i += 2
            continue
        if body.startswith('}}', i) and depth_brace:
            depth_brace -= 1
            i += 2
            continue
        if body.startswith('[[', i):
            depth_link += 1
            i += 2
            continue
        if body.startswith(']]', i) and depth_link:
            depth_link -= 1
            i += 2
            continue
        if body[i] == '|' and not depth_brace and not depth_link:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    parts.append(body[start:])
    return parts


def _has_top_level_equal(arg):
    depth = 0
    i = 0
    while i < len(arg):
        if arg[i] == '<':
            skip = _skip_opaque(arg, i)
            if skip >= 0:
                i = skip
                continue
        if arg.startswith('{{', i) or arg.startswith('[[', i):
            depth += 1
            i += 2
            continue
        if (arg.startswith('}}', i) or arg.startswith(']]', i)) and depth:
            depth -= 1
            i += 2
            continue
        if arg[i] == '=' and not depth:
            return i
        i += 1
    return -1


def _first_opaque(text, pos, limit):
    """Return the end of the first comment or opaque tag starting in
    text[pos:limit], or None."""
    i = text.find('<', pos, limit)
    while i >= 0:
        skip = _skip_opaque(text, i)
        if skip >= 0:
            return skip
        i = text.find('<', i + 1, limit)
    return None


def _collect_templates(text, out):
    pos = 0
    n = len(text)
    while True:
        start = text.find('{{', pos)
        if start < 0 or start >= n:
            return
        opaque = _first_opaque(text, pos, start)
        if opaque is not None:
            pos = opaque
            continue
        if text.startswith('{{{{', start):
            pos = start + 1
            continue
        if text.startswith('{{{', start) and not text.startswith(
                '{{{{', start):
            end = _find_close(text, start + 3, '}}}')
            if end >= 0:
                _collect_templates(text[start + 3:end], out)
                pos = end + 3
                continue
            # no parameter: its first brace is text, as mwparserfromhell
            # reads '{{{a|b}}' (a template after a brace)
            pos = start + 1
            continue
        end = _find_close(text, start + 2, '}}')
        if end < 0:
            pos = start + 2
            continue
        body = text[start + 2:end]
        parts = _split_params(body)
        name = parts[0]
        if name.strip() and not name.lstrip().startswith('#') \
                and '[' not in name and '{' not in name and '\n' not in \
                name.strip():
            params = OrderedDict()
            explicit = set()
            numbers = itertools.count(1)
            for arg in parts[1:]:
                eq = _has_top_level_equal(arg)
                if eq >= 0:
                    params[arg[:eq]] = arg[eq + 1:]
                    explicit.add(arg[:eq])
                else:
                    key = str(next(numbers))
                    params[key] = arg
                    explicit.discard(key)
            out.append([name.strip(), params, [], explicit])
            nested = out[-1][2]
            _collect_templates(body, nested)
        else:
            _collect_templates(body, out)
        pos = end + 2


def _flatten(items, result):
    for name, params, nested, explicit in items:
        result.append((name, params, explicit))
        _flatten(nested, result)


def extract_templates_and_params(text, remove_disabled_parts=False,
                                 strip=False):
    """Return [(name, OrderedDict of params)] for the templates in text,
    nested ones after their container. Parser functions ({{#...}}) are
    skipped; positional parameters get the keys '1', '2', ...
    """
    if remove_disabled_parts:
        text = removeDisabledParts(text)
    found = []
    _collect_templates(text, found)
    flat = []
    _flatten(found, flat)
    if not strip:
        return [(name, params) for name, params, explicit in flat]
    result = []
    for name, params, explicit in flat:
        clean = OrderedDict()
        for key, value in params.items():
            clean[key.strip()] = value.strip() if key in explicit else value
        result.append((name, clean))
    return result


def extract_templates_and_params_regex_simple(text):
    """Return top-level templates with params using one regular expression.

    Values containing '|' (like nested templates with parameters) are
    split wrongly, as in pywikibot.
    """
    result = []
    for found in NESTED_TEMPLATE_REGEX.finditer(text):
        name, params = found.group(1), found.group(2)
        args = [] if params is None else params.split('|')
        numbers = itertools.count(1)
        values = OrderedDict()
        for arg in args:
            if '=' in arg:
                key, value = arg.split('=', 1)
            else:
                key, value = str(next(numbers)), arg
            values[key] = value
        result.append((name, values))
    return result


def glue_template_and_params(template_and_params):
    """Return template wikitext from a (name, params) pair."""
    name, params = template_and_params
    lines = ''.join('|%s=%s\n' % (key, value)
                    for key, value in params.items())
    return '{{' + name + '\n' + lines + '}}'


class MultiTemplateMatchBuilder:

    """Build regexes matching uses of given templates on a site."""

    def __init__(self, site):
        """Remember the site (for the Template namespace names)."""
        self.site = site

    def pattern(self, template, flags=re.DOTALL):
        """Return a compiled regex matching the template (title or Page)."""
        if isinstance(template, str):
            title = template
        elif hasattr(template, 'namespace') and hasattr(template, 'title'):
            if template.namespace() != 10:
                raise ValueError('%s is not a template Page object'
                                 % template)
            title = template.title(with_ns=False)
        else:
            raise ValueError('%r is not a valid template' % (template,))
        body = case_escape(_ns_case(self.site, 10), title)
        prefixes = [ignore_case(n) for n in _ns_names(self.site, 10)]
        prefixes.append(ignore_case('msg'))
        body = re.sub(r'_|\\ ', '[_ ]', body)
        source = (r'{{\s*(' + ':|'.join(prefixes) + ':)?' + body
                  + r'(?P<parameters>\s*\|[^{]+?'
                  + r'((({{{[^{}]+?}}}|{{[^{}]+?}}|{[^{}]*?})[^{]*?)*?)?'
                  + r'|)\s*}}')
        return re.compile(source, flags)

    def search_any_predicate(self, templates):
        """Return a function telling whether a text uses any template."""
        tests = [self.pattern(t).search for t in templates]

        def predicate(text):
            for test in tests:
                if test(text):
                    return True
            return False
        return predicate


# ---------------------------------------------------------------------------
# Sections
# ---------------------------------------------------------------------------

def does_text_contain_section(pagetext, section):
    """Return True if pagetext has a heading with the title section.

    Spaces and underscores are interchangeable; a link in the section
    matches with or without a leading colon.
    """
    pattern = re.escape(section)
    pattern = re.sub(r'\\\[\\\[(\\?:)?', lambda m: r'\[\[\:?', pattern)
    pattern = re.sub(r'\\?[ _]', lambda m: '[ _]', pattern)
    return bool(re.search("=+[ ']*" + pattern + "[ ']*=+", pagetext))


HEAD_PATTERN = re.compile(r'(={1,6}).+\1', re.DOTALL)
TITLE_PATTERN = re.compile("'{3}([^']+)'{3}")


class Section(namedtuple('Section', ['title', 'content'])):

    """A section of a page: its heading line (with the equal signs) and
    the text up to the next heading."""

    __slots__ = ()

    @property
    def level(self):
        """Return the number of equal signs around the heading."""
        return len(HEAD_PATTERN.match(self.title).group(1))

    @property
    def heading(self):
        """Return the heading without equal signs."""
        level = self.level
        return self.title[level:-level].strip()


class Content(namedtuple('Content', ['header', 'sections', 'footer'])):

    """A page split by extract_sections: the text above the first heading,
    the list of Section and the trailing category/language links."""

    __slots__ = ()

    @property
    def title(self):
        """Return the first text in bold (\'\'\'...\'\'\') of the header."""
        m = TITLE_PATTERN.search(self.header)
        return m.group(1).strip() if m else ''


def extract_sections(text, site=None):
    """Split text into a Content(header, sections, footer).

    Headings inside comments, nowiki and the like are ignored; the footer
    holds the category and language links (and whitespace) ending the
    text, taken off the last section (or the header).
    """
    headings = []
    for m in get_regexes('header')[0].finditer(text):
        start, end = m.span(1)
        if not isDisabled(text, start) and not isDisabled(text, end):
            headings.append((m.group(1), start, end))
    sections = []
    for i, (title, start, end) in enumerate(headings):
        stop = headings[i + 1][1] if i + 1 < len(headings) else len(text)
        sections.append(Section(title, text[end:stop]))
    header = text[:headings[0][1]] if headings else text
    parts = [_site_dependent('category', site)]
    codes = _language_codes(site)
    if codes:
        parts.insert(0, _site_dependent('interwiki', site).replace(':?', ''))
    last = sections[-1].content if sections else header
    footer = re.search('(' + '|'.join(parts) + r'|\s)*\Z',
                       last).group().lstrip()
    if footer:
        if sections:
            sections[-1] = Section(sections[-1].title, last[:-len(footer)])
        else:
            header = header[:-len(footer)]
    return Content(header, sections, footer)


def reformat_ISBNs(text, match_func):
    """Return text with each ISBN code (after 'ISBN ') rewritten by
    match_func, a function of the match (group 'code')."""
    return re.sub(r'(?<=ISBN )(?P<code>[\d\-]+[\dXx])', match_func, text)


_HTML_TAG = re.compile(
    r'<(/?)([a-zA-Z][^\s/>]*)((?:\s+[^\s/>=]+(?:\s*=\s*(?:"[^"]*"|\'[^\']*\''
    r'|[^\s>]+))?)*)\s*(/?)>')
_HTML_OTHER = re.compile(r'<!--[\s\S]*?(?:-->|\Z)|<![^>]*>|<\?[^>]*>')
_ENTITY = re.compile(r'&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);')
_ENTITIES = {'amp': '&', 'lt': '<', 'gt': '>', 'quot': '"', 'apos': "'",
             'nbsp': '\xa0', 'ndash': '\u2013', 'mdash': '\u2014',
             'copy': '\xa9', 'hellip': '\u2026'}


def _unescape(data):
    def one(m):
        name = m.group(1)
        if name.startswith('#'):
            try:
                if name[1:2] in ('x', 'X'):
                    return chr(int(name[2:], 16))
                return chr(int(name[1:]))
            except (ValueError, OverflowError):
                return m.group(0)
        return _ENTITIES.get(name, m.group(0))
    return _ENTITY.sub(one, data)


def removeHTMLParts(text, keeptags=None):
    """Return text without HTML tags and comments, except the tags named
    in keeptags (default tt, nowiki, small, sup), which are kept without
    their attributes; character references are decoded."""
    if keeptags is None:
        keeptags = ['tt', 'nowiki', 'small', 'sup']
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        lt = text.find('<', pos)
        if lt < 0:
            out.append(_unescape(text[pos:]))
            break
        out.append(_unescape(text[pos:lt]))
        other = _HTML_OTHER.match(text, lt)
        if other:
            pos = other.end()
            continue
        tag = _HTML_TAG.match(text, lt)
        if not tag:
            out.append('<')
            pos = lt + 1
            continue
        name = tag.group(2).lower()
        if name in keeptags:
            if tag.group(1):
                out.append('</' + name + '>')
            else:
                out.append('<' + name + '>')
                if tag.group(4):
                    out.append('</' + name + '>')
        pos = tag.end()
    return ''.join(out)


# ---------------------------------------------------------------------------
# Signature timestamps (TimeStripper, used by archivebot).
# ---------------------------------------------------------------------------

#: The parts a signature timestamp must have, as TimeStripper names its
#: regex groups.
TIMEGROUPS = ('time', 'tzinfo', 'year', 'month', 'day', 'hour', 'minute')

#: A line whose year, month and day lie further apart than this many
#: characters holds no timestamp.
TIMESTAMP_GAP_LIMIT = 10

#: The compiled patterns of a TimeStripper, in the order they are searched
#: for (each match is blanked before the next pattern looks).
TimeStripperPatterns = namedtuple('TimeStripperPatterns',
                                  ['time', 'tzinfo', 'year', 'month', 'day'])


def _censor(match):
    """A run of '_' as long as match (keeps the positions of the rest)."""
    return '_' * (match.end() - match.start())


def _blank(match):
    """A run of '@' as long as match."""
    return '@' * (match.end() - match.start())


class TimeStripper:
    """Finds the signature timestamp of a line of wikitext in the site's
    language (its month names, digits and time zone) and returns it as a
    time zone aware pywikibot.Timestamp."""

    def __init__(self, site=None):
        self.site = pywikibot.Site() if site is None else site
        # Month names as the wiki writes them in signatures, to their
        # number; 'hy' and 'vi' changed the case of theirs, so both count.
        casings = [first_upper, first_lower] if self.site.lang in ('hy', 'vi') else [str]
        self.origNames2monthNum = {}
        for number, names in enumerate(self.site.months_names, start=1):
            long_name, short_name = names
            for casing in casings:
                for name in (long_name, short_name):
                    self.origNames2monthNum[casing(name)] = number
                if short_name.endswith('.'):
                    # a signature may drop the abbreviation's dot
                    self.origNames2monthNum[casing(short_name[:-1])] = number

        named = sorted((name for name in self.origNames2monthNum
                        if not name.strip('.').isdigit()), reverse=True)
        alternation = '|'.join(re.escape(name) for name in named)
        # Months written as numbers (cs: "dd. mm.", ko: "일"): then a month
        # may be a number with a dot, and a day may carry a month after it.
        self.is_digit_month = any(name.isdigit() for name in self.origNames2monthNum)
        if self.is_digit_month:
            month = r'(?P<month>(' + alternation + r')|(?:1[012]|0?[1-9])\.)'
            day = r'(?P<day>(3[01]|[12]\d|0?[1-9]))(?:\uc77c)?\.?\s*(?:[01]?\d\.)?'
        else:
            month = r'(?P<month>(' + alternation + r'))'
            day = r'(?P<day>(3[01]|[12]\d|0?[1-9]))\.?'
        self.patterns = TimeStripperPatterns(
            re.compile(r'(?P<time>(?P<hour>([0-1]\d|2[0-3]))[:\.h](?P<minute>[0-5]\d))'),
            re.compile(r'\((?P<tzinfo>[A-Z]+)\)'),
            re.compile(r'(?P<year>(19|20)\d\d)(?:\ub144)?'),
            re.compile(month),
            re.compile(day),
        )
        self._hyperlink_pat = re.compile(r'\[\s*?http[s]?://[^\]]*?\]')
        self._comment_pat = re.compile(r'<!--(.*?)-->')
        self._wikilink_pat = re.compile(
            r'\[\[(?P<link>[^\]\|]*?)(?P<anchor>\|[^\]]*)?\]\]')
        self.tzinfo = TZoneFixedOffset(self.site.siteinfo['timeoffset'],
                                       self.site.siteinfo['timezone'])

    # The pattern attributes of pywikibot before 8.0 (deprecated there).
    ptimeR = property(lambda self: self.patterns.time)
    ptimeznR = property(lambda self: self.patterns.tzinfo)
    pyearR = property(lambda self: self.patterns.year)
    pmonthR = property(lambda self: self.patterns.month)
    pdayR = property(lambda self: self.patterns.day)
    groups = property(lambda self: TIMEGROUPS)

    @staticmethod
    def fix_digits(line):
        """line with non-Latin digits as Latin ones (deprecated: use
        to_latin_digits)."""
        return to_latin_digits(line)

    def _last_match_and_replace(self, txt, pat):
        """(txt with pat's matches blanked, the last match or None).

        Blanking keeps every position, so later patterns' matches can be
        compared with this one's. With months written as numbers, the last
        two month matches are kept: "dd. mm." reads like two months.
        """
        found = list(pat.finditer(txt))
        if not found:
            return txt, None
        if pat is self.patterns.month and self.is_digit_month:
            if len(found) > 2:
                txt = pat.sub(_blank, txt, len(found) - 2)
        else:
            txt = pat.sub(_blank, txt)
        return txt, found[-1]

    @staticmethod
    def _valid_date_dict_positions(dateDict):
        """Whether the found parts lie where a timestamp has them: day,
        month and year close together, the time zone after the time and
        the date, and the time not inside the date."""
        time_at = dateDict['time']['start']
        zone_at = dateDict['tzinfo']['start']
        parts = sorted((dateDict['day'], dateDict['month'], dateDict['year']),
                       key=lambda part: part['start'])
        first, last = parts[0]['start'], parts[-1]['start']
        widest = max(b['start'] - a['end'] for a, b in zip(parts, parts[1:]))
        if widest > TIMESTAMP_GAP_LIMIT:
            return False
        if zone_at < first or zone_at < time_at:
            return False
        if first < zone_at < last:
            return False
        return not first < time_at < last

    def timestripper(self, line):
        """The latest timestamp of line (in the site's time zone), or None.

        Timestamps inside comments and wikilinks (target and label) count
        too; external links, disabled parts and HTML tags are skipped.
        """
        candidates = []
        for comment in self._comment_pat.finditer(line):
            candidates.append(self.timestripper(comment.group(1)))
        line = self._comment_pat.sub(_censor, line)
        line = self._hyperlink_pat.sub(_censor, line)
        for wikilink in self._wikilink_pat.finditer(line):
            candidates.append(self.timestripper(wikilink.group('link')))
            if wikilink.group('anchor'):
                candidates.append(self.timestripper(wikilink.group('anchor')))
        line = self._wikilink_pat.sub(_censor, line)
        line = removeDisabledParts(line)
        line = removeHTMLParts(line)
        line = to_latin_digits(line)

        found = {}
        for pat in self.patterns:
            line, match = self._last_match_and_replace(line, pat)
            if match:
                for name, value in match.groupdict().items():
                    found[name] = {'value': value, 'start': match.start(name),
                                   'end': match.end(name)}

        timestamp = None
        if all(name in found for name in TIMEGROUPS) and self._valid_date_dict_positions(found):
            del found['time']
            month = found['month']['value']
            if month not in self.origNames2monthNum:
                raise KeyError('incorrect month name {!r} in page in site {}'
                               .format(month, self.site))
            found['month']['value'] = self.origNames2monthNum[month]
            fields = {}
            for name, part in found.items():
                if name == 'tzinfo':
                    continue
                try:
                    fields[name] = int(part['value'])
                except ValueError:
                    raise ValueError('Value: {} could not be converted for key: {}.'
                                     .format(part['value'], name))
            fields['tzinfo'] = self.tzinfo
            timestamp = pywikibot.Timestamp(**fields)
        candidates.append(timestamp)
        known = [ts for ts in candidates if ts is not None]
        return max(known) if known else None


def __getattr__(name):
    # textlib.Family is pywikibot.family.Family (as pywikibot's), loaded
    # on first use: scripts that use textlib seldom need it
    if name == 'Family':
        from pywikibot.family import Family
        return Family
    from pywikibot._deprecated_attrs import lookup
    return lookup('pywikibot.textlib', name)


def __dir__():
    return sorted(set(globals()) | {'Family'})
