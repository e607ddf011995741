"""Slugs, sort keys and transliteration for page titles with accents and
other scripts, using unicodedata, re and string.Template."""
import re
import unicodedata
from string import Template, ascii_lowercase, digits

TITLES = [
    'Crème Brûlée',
    'Ångström (unit)',
    'São Paulo — Brazil',
    'Straße & Weg',
    'Œuvre complète',
    'Ærø Island',
    'naïve café 2.0',
    'Łódź',
    '  spaced   out  ',
    'ﬁnal ﬂight ½',
    'Μαθηματικά',
    'C++/C# FAQ',
]

SPECIAL = {'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', '—': '-'}


def transliterate(text):
    text = ''.join(SPECIAL.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize('NFKD', text)
    return ''.join(ch for ch in decomposed if unicodedata.category(ch) != 'Mn')


def slugify(text, sep='-'):
    text = transliterate(text).lower()
    text = re.sub(r'[^\w\s-]', '', text, flags=re.ASCII)
    text = re.sub(r'[\s_-]+', sep, text).strip(sep)
    return text or 'n-a'


def sort_key(title):
    base = transliterate(title).casefold()
    base = re.sub(r'^(the|a|an)\s+', '', base)
    return (re.sub(r'\W+', '', base), title)


def categories(text):
    counts = {}
    for ch in text:
        cat = unicodedata.category(ch)[0]
        counts[cat] = counts.get(cat, 0) + 1
    return ''.join('%s%d' % kv for kv in sorted(counts.items()))


def is_ascii_slug(s):
    allowed = set(ascii_lowercase + digits + '-')
    return all(ch in allowed for ch in s)


ROW = Template('$slug | $nfc_len/$nfd_len | $cats | $title')

if __name__ == '__main__':
    for t in TITLES:
        slug = slugify(t)
        print(ROW.substitute(slug=slug.ljust(24), nfc_len=len(unicodedata.normalize('NFC', t)),
                             nfd_len=len(unicodedata.normalize('NFD', t)), cats=categories(t), title=t.strip()))
        assert is_ascii_slug(slug) or slug != slug.encode('ascii', 'ignore').decode(), slug
    print()
    print([t.strip() for t in sorted(TITLES, key=sort_key)])
    print(slugify('Hello, World!', sep='_'))
    print(slugify('!!!'))
    names = [unicodedata.name(ch, '?') for ch in 'é—½']
    print(names)
    print(Template('$a and $$ and ${b}x').safe_substitute(a='A'))


# --- Part 2: MediaWiki-style title handling -------------------------------

NAMESPACES = {
    '': 0, 'talk': 1, 'user': 2, 'user talk': 3, 'wikipedia': 4, 'project': 4,
    'file': 6, 'image': 6, 'template': 10, 'help': 12, 'category': 14,
}
CASE_SENSITIVE_NS = set()
ILLEGAL = re.compile(r'[#<>\[\]|{}\x00-\x1f\x7f]')
UNDERSCORES = re.compile(r'[ _\u00a0\u2000-\u200a\u3000]+')


class TitleError(ValueError):
    pass


def normalize_title(raw):
    """Return (namespace number, canonical title text) for a page name."""
    title = unicodedata.normalize('NFC', raw)
    title = UNDERSCORES.sub(' ', title).strip()
    if title.startswith(':'):
        title = title[1:].strip()
    if not title:
        raise TitleError('empty title')
    m = ILLEGAL.search(title)
    if m:
        raise TitleError('illegal character %r at %d' % (m.group(), m.start()))
    ns = 0
    if ':' in title:
        prefix, rest = title.split(':', 1)
        key = prefix.strip().lower()
        if key in NAMESPACES and rest.strip():
            ns = NAMESPACES[key]
            title = rest.strip()
    if ns not in CASE_SENSITIVE_NS:
        title = title[:1].upper() + title[1:]
    if len(title.encode('utf-8')) > 255:
        raise TitleError('title too long')
    return ns, title


def full_title(ns, title):
    names = {}
    for name, num in sorted(NAMESPACES.items()):
        names.setdefault(num, name)
    prefix = names.get(ns, '')
    if not prefix:
        return title
    return prefix[:1].upper() + prefix[1:] + ':' + title


def url_title(ns, title):
    text = full_title(ns, title).replace(' ', '_')
    return re.sub(r'[^\w\-.:/()~!*\']', lambda m: ''.join('%%%02X' % b for b in m.group().encode('utf-8')), text)


def sort_title(title):
    """Sort key ignoring case, accents and leading articles (as collation does)."""
    base = transliterate(title).lower()
    base = re.sub(r'^(?:the|a|an|le|la|les|der|die|das)\s+', '', base)
    return re.sub(r'[^a-z0-9]+', ' ', base).strip()


def initials(title):
    words = re.findall(r'\w+', title)
    return ''.join(w[0].upper() for w in words if w[0].isalpha())


def part2():
    raw_titles = ['main_page', ' user:Example_bot ', 'category:Living people', ':File:Photo of X.jpg',
                  'Help:', 'template:Cite\u00a0web', 'e\u0301cole', 'Bad|title', '', 'Wikipedia:Village pump',
                  'the Beatles', 'Ærøskøbing', 'Ça va']
    for raw in raw_titles:
        try:
            ns, t = normalize_title(raw)
            print('%-28r -> ns=%-2d %-22s %s' % (raw, ns, full_title(ns, t), url_title(ns, t)))
        except TitleError as e:
            print('%-28r !! %s' % (raw, e))
    good = []
    for raw in raw_titles:
        try:
            good.append(normalize_title(raw)[1])
        except TitleError:
            pass
    print([t for t in sorted(good, key=sort_title)])
    print([initials(t) for t in good[:6]])
    print(sorted(set(unicodedata.category(c) for t in good for c in t)))


if __name__ == '__main__':
    print()
    part2()
