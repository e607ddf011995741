"""Site-free parts of the added surface, printed the same way by real
pywikibot 9.6.3 (offline.out was recorded with it) and by gowikibot."""
import pywikibot
from pywikibot import exceptions as ex
from pywikibot import textlib
from pywikibot.page import html2unicode

print(pywikibot.normalize_username('foo__bar  baz'), pywikibot.normalize_username(''))
print(pywikibot.link_regex.match('[[A b|c]]').group('title'), pywikibot.link_regex.match('[[x]]').groups())
for s in ('&amp;&lt;', '&#233;&#x41;', '&#129;&#141;&#157;', '&nosuch;', '&eacute;x', 'a&amp;b'):
    print(repr(html2unicode(s)))
print(repr(html2unicode('&#65;&#66;', ignore=[65])))
print(textlib.to_local_digits(2024, 'fa'), textlib.to_local_digits('0123456789', 'km'),
      textlib.to_local_digits('7', 'xx'))
print(textlib.to_latin_digits(textlib.to_local_digits('12-30', 'bn')),
      textlib.to_latin_digits(textlib.to_local_digits('45', 'hi'), 'fa'),
      textlib.to_latin_digits(textlib.to_local_digits('45', 'hi'), ['hi']))
print(sorted(textlib.NON_LATIN_DIGITS))
print(textlib.first_upper('abc'), textlib.first_lower('ABC'))
e = ex.UploadError('exists', 'File X already exists.', file_key='k1', offset=5)
print(e.code, e.message, e.file_key, e.offset, isinstance(e, ex.APIError))
for name in ('NoRenameTargetError', 'InconsistentTitleError', 'VersionParseError', 'Client414Error',
             'AutoblockUserError', 'PageInUseError', 'WikiBaseError', 'NoWikibaseEntityError',
             'CoordinateGlobeUnknownError', 'EntityTypeUnknownError'):
    cls = getattr(ex, name)
    print(name, [b.__name__ for b in cls.__mro__[1:] if b.__module__.startswith('pywikibot')
                 or b.__name__ in ('NotImplementedError', 'UserWarning')])
print('NotImplementedWarning is a RuntimeWarning:', issubclass(ex.NotImplementedWarning, RuntimeWarning))
from pywikibot.site import Namespace
print(Namespace.canonical_namespaces)
print(Namespace.default_case(0), Namespace.default_case(8), Namespace.default_case(2, 'case-sensitive'),
      Namespace.default_case(10, 'case-sensitive'))
print(Namespace.normalize_name('Foo_bar:'), Namespace.normalize_name(':foo'), Namespace.normalize_name('a:b'),
      repr(Namespace.normalize_name('')), Namespace.normalize_name('x:y:'), Namespace.normalize_name('a:b:c'))
b = Namespace.builtin_namespaces()
print(sorted(b), b[8].case, b[14].canonical_name, b[3].custom_name, Namespace(2, 'User')._cmpkey())

# Family.load (pywikibot 11.7.0's maintenance/addwikis starts with it).
from pywikibot.family import Family, SubdomainFamily, WikimediaFamily
f = Family.load('wikipedia')
print(type(f).__name__, f.name, str(f), repr(f), isinstance(f, WikimediaFamily), isinstance(f, SubdomainFamily))
print(Family.load('wikipedia') is f, 'en' in f.codes, f.langs['de'], type(f.codes).__name__, len(f.known_codes) > 300)
m = Family.load('meta')
print(m.name, m.langs, isinstance(m, WikimediaFamily), sorted(m.codes))
print(Family.load().name)
for name in ('nosuchfamily', 'commons'):
    try:
        print(sorted(Family.load(name).langs.items()))
    except Exception as e:
        print(type(e).__name__, e)
for kw in [dict(code='de', url='https://de.wikipedia.org/w/api.php'), dict(code='wikipedia:de', fam='wikipedia')]:
    try:
        pywikibot.Site(**kw)
    except ValueError as e:
        print(type(e).__name__, e)
