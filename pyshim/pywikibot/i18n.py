"""Message translation for bots (gowikibot's pywikibot.i18n).

Messages live in JSON bundles laid out as pywikibot's: a messages package
(``scripts.i18n`` by default, see set_messages_package) holding one
directory per bundle with one ``<lang>.json`` file per language. A key
``bundle-name`` is looked up in the bundle ``bundle``.

Bundle files are searched, first found wins, in: the messages package
under each sys.path entry (the running script's directory first), an
``i18n`` directory beside the running script, ``i18n`` directories of
config.user_script_paths, and finally the English bundles built into
gowikibot for its bundled scripts.
"""
import json
import os
import re
import sys
from collections import OrderedDict

import pywikibot
from pywikibot import config  # noqa: F401 (pywikibot.i18n.config, as pywikibot's)
from pywikibot.backports import removesuffix  # noqa: F401 (as pywikibot's)

__url__ = 'https://www.mediawiki.org/wiki/Manual:Pywikibot'

PLURAL_PATTERN = r'{{PLURAL:(?:%\()?([^\)]*?)(?:\)d)?\|(.*?)}}'

DEFAULT_FALLBACK = ('_default', )

_DEFAULT_PACKAGE = 'scripts.i18n'
_messages_package_name = _DEFAULT_PACKAGE
_messages_available = None
_bundle_cache = {}


# ---------------------------------------------------------------------------
# Fallback languages: the languages tried after the requested one (and
# before English) when a message is missing.
# ---------------------------------------------------------------------------

_SCANDINAVIAN = ['da', 'no', 'nb', 'sv', 'nn']
_SERBO_CROATIAN = ['sh', 'hr', 'bs', 'sr', 'sr-el']
_CHINESE = ['zh', 'zh-hans', 'zh-tw', 'zh-cn', 'zh-classical', 'lzh']

_FALLBACKS = {
    'af': ['nl'], 'fy': ['nl'], 'li': ['nl'], 'nds-nl': ['nds', 'nl'],
    'als': ['als', 'gsw', 'de'], 'gsw': ['als', 'gsw', 'de'],
    'bar': ['de'], 'frr': ['de'], 'ksh': ['de'], 'pdc': ['de'],
    'pfl': ['de'], 'hsb': ['de'], 'dsb': ['de'], 'stq': ['de'],
    'nds': ['nds-nl', 'de'], 'lb': ['de', 'fr'],
    'an': ['es'], 'ast': ['es'], 'ext': ['es'], 'gn': ['es'],
    'ca': ['oc', 'es'], 'gl': ['es', 'pt'], 'eu': ['es', 'fr'],
    'oc': ['fr', 'ca', 'es'], 'br': ['fr'], 'wa': ['fr'], 'ht': ['fr'],
    'pt': ['pt', 'pt-br'], 'pt-br': ['pt', 'pt-br'],
    'lij': ['it'], 'scn': ['it'], 'nap': ['it'], 'vec': ['it'],
    'co': ['fr', 'it'], 'fur': ['it'], 'lmo': ['it'],
    'szl': ['pl'], 'csb': ['pl'], 'cs': ['cs', 'sk'], 'sk': ['cs', 'sk'],
    'uk': ['ru'], 'be': ['be', 'be-tarask', 'ru'],
    'be-tarask': ['be', 'be-tarask', 'ru'],
    'ba': ['ru'], 'ce': ['ru'], 'cv': ['ru'], 'tt': ['tt-cyrl', 'ru'],
    'sr': ['sr-el', 'sh', 'hr', 'bs'],
    'sh': _SERBO_CROATIAN, 'hr': _SERBO_CROATIAN, 'bs': _SERBO_CROATIAN,
    'da': _SCANDINAVIAN, 'sv': ['da', 'no', 'nb', 'sv', 'nn'],
    'no': ['no', 'nb', 'da', 'nn', 'sv'], 'nb': ['no', 'nb', 'da', 'nn',
                                                 'sv'],
    'nn': ['no', 'nb', 'sv', 'da'], 'se': ['sv', 'no', 'nb', 'nn', 'fi'],
    'zh': _CHINESE, 'zh-tw': _CHINESE, 'lzh': _CHINESE,
    'zh-classical': _CHINESE, 'zh-yue': _CHINESE,
    'arz': ['ar'], 'ary': ['ar'], 'ckb': ['ku'], 'azb': ['fa'],
    'mzn': ['fa'], 'glk': ['fa'],
}


def plural_rule(lang):
    """The plural rule of lang (pywikibot.plural.plural_rule): a dict of
    nplurals and plural, a number or a function of the count."""
    from pywikibot.plural import plural_rule as rule
    return rule(lang)


def _altlang(lang):
    """Return the fallback languages of lang (without English)."""
    return list(_FALLBACKS.get(lang, []))


# ---------------------------------------------------------------------------
# Plural rules: return the index of the plural form to use for n.
# ---------------------------------------------------------------------------

def _rule_default(n):
    return 0 if n == 1 else 1


def _rule_zero_one(n):
    return 1 if n > 1 else 0


def _rule_single(n):
    return 0


def _rule_east_slavic(n):
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and (n % 100 < 10 or n % 100 >= 20):
        return 1
    return 2


def _rule_polish(n):
    if n == 1:
        return 0
    if 2 <= n % 10 <= 4 and (n % 100 < 10 or n % 100 >= 20):
        return 1
    return 2


def _rule_czech(n):
    if n == 1:
        return 0
    return 1 if 2 <= n <= 4 else 2


def _rule_arabic(n):
    if n in (0, 1, 2):
        return n
    if 3 <= n % 100 <= 10:
        return 3
    if 11 <= n % 100 <= 99:
        return 4
    return 5


def _rule_lithuanian(n):
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if n % 10 >= 2 and (n % 100 < 10 or n % 100 >= 20):
        return 1
    return 2


def _rule_slovenian(n):
    rest = n % 100
    if rest == 1:
        return 0
    if rest == 2:
        return 1
    return 2 if rest in (3, 4) else 3


def _rule_romanian(n):
    if n == 1:
        return 0
    return 1 if n == 0 or 0 < n % 100 < 20 else 2


def _rule_icelandic(n):
    return 1 if n % 10 != 1 or n % 100 == 11 else 0


def _rule_welsh(n):
    return 0 if n == 1 else 1 if n == 2 else 2 if n not in (8, 11) else 3


def _rule_irish(n):
    return 0 if n == 1 else 1 if n == 2 else 2 if n < 7 else 3 if n < 11 else 4


def _rule_scottish_gaelic(n):
    return 0 if n in (1, 11) else 1 if n in (2, 12) else 2 if 2 < n < 20 else 3


def _rule_cornish(n):
    return 0 if n == 1 else 1 if n == 2 else 2 if n == 3 else 3


def _rule_latvian(n):
    return 0 if n % 10 == 1 and n % 100 != 11 else 1 if n != 0 else 2


def _rule_macedonian(n):
    return 0 if n % 10 == 1 else 1


def _rule_mandinka(n):
    return 0 if n == 0 else 1 if n == 1 else 2


def _rule_maltese(n):
    return 0 if n == 1 else 1 if n == 0 or 1 < n % 100 < 11 else 2 if 10 < n % 100 < 20 else 3


_PLURAL_RULES = {}
for _code in ('ay', 'bo', 'cgg', 'dz', 'fa', 'id', 'ja', 'jbo', 'ka', 'kk',
              'km', 'ko', 'ky', 'lo', 'ms', 'my', 'sah', 'su', 'th', 'tt',
              'ug', 'vi', 'wo', 'zh', 'zh-hans', 'zh-hant', 'zh-tw'):
    _PLURAL_RULES[_code] = (1, _rule_single)
for _code in ('ach', 'ak', 'am', 'arn', 'br', 'fil', 'fr', 'gun', 'ln',
              'mfe', 'mg', 'mi', 'oc', 'pt-br', 'ti', 'tr', 'uz', 'wa'):
    _PLURAL_RULES[_code] = (2, _rule_zero_one)
for _code in ('be', 'bs', 'csb', 'hr', 'ru', 'sr', 'uk'):
    _PLURAL_RULES[_code] = (3, _rule_east_slavic)
_PLURAL_RULES.update({
    'ar': (6, _rule_arabic),
    'cs': (3, _rule_czech),
    'sk': (3, _rule_czech),
    'pl': (3, _rule_polish),
    'lt': (3, _rule_lithuanian),
    'sl': (4, _rule_slovenian),
    'ro': (3, _rule_romanian),
    'is': (2, _rule_icelandic),
    'cy': (4, _rule_welsh),
    'ga': (5, _rule_irish),
    'gd': (4, _rule_scottish_gaelic),
    'kw': (4, _rule_cornish),
    'lv': (3, _rule_latvian),
    'mk': (2, _rule_macedonian),
    'mnk': (3, _rule_mandinka),
    'mt': (4, _rule_maltese),
})


def _plural_index(lang, n):
    return _PLURAL_RULES.get(lang, (2, _rule_default))[1](n)


def _is_mapping(obj):
    return isinstance(obj, (dict, OrderedDict)) or (
        hasattr(obj, 'keys') and hasattr(obj, '__getitem__')
        and not isinstance(obj, (str, list, tuple)))


def _plural_variants(variants):
    """Split 'a|b|3=c' into generic and numbered variants."""
    generic = []
    specific = {}
    items = variants.split('|')
    if items and items[-1] == '' and len(items) > 1:
        items.pop()
    for item in items:
        m = re.match(r' *(\d+) *= *(.*)$', item, re.DOTALL)
        if m:
            specific[int(m.group(1))] = m.group(2)
        elif specific:
            raise AssertionError('generic entries defined after specific '
                                 'in "%s"' % variants)
        else:
            generic.append(item)
    return generic, specific


def _extract_plural(lang, message, parameters):
    """Replace each {{PLURAL:name|one|other}} of message for lang."""
    def choose(match):
        selector = match.group(1)
        num = parameters[selector]
        if not isinstance(num, int):
            raise ValueError("'%s' must be a number, not a %s (%s)"
                             % (selector, num, type(num).__name__))
        generic, specific = _plural_variants(match.group(2))
        if num in specific:
            return specific[num]
        index = _plural_index(lang, num)
        if index >= len(generic):
            index = -1
        return generic[index]

    return re.sub(PLURAL_PATTERN, choose, message)


# ---------------------------------------------------------------------------
# Message bundles
# ---------------------------------------------------------------------------

def set_messages_package(package_name):
    """Use the messages package package_name (dotted, on sys.path)."""
    global _messages_package_name, _messages_available
    _messages_package_name = package_name
    _messages_available = None
    _bundle_cache.clear()


def _embedded():
    """Return the module of built-in bundles, or None."""
    if _messages_package_name not in (_DEFAULT_PACKAGE,
                                      'pywikibot.scripts.i18n'):
        return None
    try:
        import _gowikibot_i18n
    except ImportError:
        return None
    return _gowikibot_i18n


def _config_value(name, default):
    config = getattr(pywikibot, 'config', None)
    value = getattr(config, name, None) if config is not None else None
    return default if value is None else value


def _isdir(path):
    try:
        os.listdir(path)
    except OSError:
        return False
    return True


def _search_dirs():
    """Return the existing directories that may hold bundles, in order."""
    rel = os.path.join(*_messages_package_name.split('.'))
    candidates = []
    for entry in sys.path:
        if isinstance(entry, str):
            candidates.append(os.path.join(entry or '.', rel))
    if _messages_package_name == _DEFAULT_PACKAGE:
        argv = getattr(sys, 'argv', None) or ['']
        script_dir = os.path.dirname(os.path.abspath(argv[0] or '.'))
        candidates.append(os.path.join(script_dir, 'i18n'))
        base = _config_value('base_dir', '.')
        for path in _config_value('user_script_paths', []):
            sub = os.path.join(*str(path).split('.'))
            candidates.append(os.path.join(base, sub, 'i18n'))
            candidates.append(os.path.join(sub, 'i18n'))
    result = []
    for path in candidates:
        if path not in result and _isdir(path):
            result.append(path)
    return result


def messages_available():
    """Return True if a messages package (or built-in bundles) exists."""
    global _messages_available
    if _messages_available is None:
        _messages_available = bool(_search_dirs()) or _embedded() is not None
    return _messages_available


def _read_json(path):
    try:
        with open(path, encoding='utf-8') as f:
            return json.loads(f.read())
    except (OSError, ValueError):
        return None


def _get_bundle(lang, bundle):
    """Return the messages of bundle in lang (a dict, maybe empty)."""
    key = (lang, bundle)
    if key in _bundle_cache:
        return _bundle_cache[key]
    data = None
    if '/' not in lang and '/' not in bundle:
        for directory in _search_dirs():
            data = _read_json(os.path.join(directory, bundle, lang + '.json'))
            if data is not None:
                break
        if data is None:
            embedded = _embedded()
            if embedded is not None:
                text = embedded.read(bundle, lang)
                if text is not None:
                    data = json.loads(text)
    data = data or {}
    _bundle_cache[key] = data
    return data


def _get_translation(lang, twtitle):
    return _get_bundle(lang, twtitle.split('-')[0]).get(twtitle)


def _chunks(word):
    """Split word after hyphens joining letters, as textwrap does."""
    pieces = []
    start = 0
    for i in range(2, len(word) - 2):
        if (word[i] == '-' and _is_letter(word[i - 1])
                and _is_wordchar(word[i - 2]) and i - 2 >= start
                and _is_wordchar(word[i + 1])
                and _letter_follows(word, i + 1)):
            pieces.append(word[start:i + 1])
            start = i + 1
    pieces.append(word[start:])
    return pieces


def _is_wordchar(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    return _is_wordchar(ch) and not ch.isdigit()


def _letter_follows(word, i):
    """Return True if word[i:] starts with 2+ word chars, a letter last."""
    j = i
    while j < len(word) and _is_wordchar(word[j]):
        j += 1
    for k in range(j - 1, i, -1):
        if _is_letter(word[k]):
            return True
    return False


def _fill(text, width=70):
    """Wrap text into lines of at most width characters (textwrap.fill)."""
    lines = []
    line = ''
    for word in text.split():
        for n, chunk in enumerate(_chunks(word)):
            glue = ' ' if n == 0 and line else ''
            if line and len(line) + len(glue) + len(chunk) > width:
                lines.append(line)
                line = chunk
            else:
                line = line + glue + chunk
    if line:
        lines.append(line)
    return '\n'.join(lines)


class _LocalTranslationError(ImportError):

    """TranslationError, when pywikibot.exceptions does not define it."""


_LocalTranslationError.__name__ = 'TranslationError'


def _translation_error(message):
    try:
        from pywikibot.exceptions import TranslationError
    except ImportError:
        TranslationError = _LocalTranslationError
    return TranslationError(message)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

def translate(code, xdict, parameters=None, fallback=False):
    """Return the entry of xdict for the language code (or site).

    xdict maps language codes (or family names to such dicts) to texts,
    or is a text. fallback=True tries the fallback languages, '_default'
    and 'en'; an iterable gives further codes to try. Returns None when
    nothing is found and fallback is False; raises KeyError otherwise.
    parameters fill PLURAL tags and %-placeholders.
    """
    family = _config_value('family', None)
    if hasattr(code, 'code'):
        family = code.family.name
        code = code.code
    try:
        lookup = xdict[code]
    except (KeyError, TypeError):
        if isinstance(xdict, dict) and family in xdict:
            lookup = xdict[family]
        else:
            lookup = xdict

    if not isinstance(lookup, dict):
        trans = lookup
    elif not lookup:
        trans = None
    else:
        codes = [code]
        if fallback is True:
            codes += _altlang(code) + ['_default', 'en']
        elif fallback is not False:
            codes.extend(fallback)
        trans = None
        found = False
        for alt in codes:
            if alt in lookup:
                trans = lookup[alt]
                found = True
                break
        if not found and fallback is not False:
            raise KeyError('No fallback key found in lookup dict for "%s"'
                           % codes[-1])

    if trans is None:
        if isinstance(xdict, dict) and 'wikipedia' in xdict:
            return translate(code, xdict['wikipedia'], parameters=parameters,
                             fallback=fallback)
        return None
    if parameters is None:
        return trans
    if not _is_mapping(parameters):
        raise ValueError('parameters should be a mapping, not %s'
                         % type(parameters).__name__)
    trans = _extract_plural(code, trans, parameters)
    if parameters:
        try:
            trans = trans % parameters
        except (KeyError, TypeError):
            pass
    return trans


def get_bot_prefix(source, use_prefix):
    """Return the bot prefix ('Bot: ') for summaries, or ''."""
    setting = _config_value('bot_prefix_summary', None)
    if not use_prefix or setting is False:
        return ''
    if isinstance(setting, str):
        return setting + ' '
    try:
        prefix = twtranslate(source, 'pywikibot-bot-prefix') + ' '
    except Exception as e:
        if type(e).__name__ != 'TranslationError':
            raise
        prefix = 'Bot: '
    if setting is True or not hasattr(source, 'lang') \
            or not hasattr(source, 'isBot') \
            or source.isBot(source.username()):
        return prefix
    return ''


def twtranslate(source, twtitle, parameters=None, *, fallback=True,
                fallback_prompt=None, only_plural=False, bot_prefix=False):
    """Return the message twtitle ('bundle-key') in the language of source
    (a site or a language code), with fallback languages and English.

    parameters: a mapping filling PLURAL tags and %(name)s placeholders
    (with only_plural, placeholders are left for the caller).
    Raises TranslationError when no message is found.
    """
    prefix = get_bot_prefix(source, use_prefix=bot_prefix)
    if not messages_available():
        if fallback_prompt:
            if parameters and not only_plural:
                return fallback_prompt % parameters
            return fallback_prompt
        raise _translation_error(
            'Unable to load messages package %s for  bundle %s\nIt can '
            'happen due to lack of i18n submodule or files. See %s/i18n'
            % (_messages_package_name, twtitle, __url__))

    lang = getattr(source, 'lang', source)
    langs = [lang]
    if fallback:
        langs += _altlang(lang) + ['en']
    trans = None
    for alt in langs:
        trans = _get_translation(alt, twtitle)
        if trans:
            break
    else:
        raise _translation_error(_fill(
            'No %s translation has been defined for TranslateWiki key "%s". '
            'It can happen due to lack of i18n submodule or files or an '
            'outdated submodule. See %s/i18n'
            % ('English' if 'en' in langs else "'%s'" % lang, twtitle,
               __url__)))

    if '{{PLURAL:' in trans:
        if not _is_mapping(parameters):
            raise TypeError('parameters must be a mapping.')
        trans = _extract_plural(alt, trans, parameters)
    if parameters is not None and not _is_mapping(parameters):
        raise ValueError('parameters should be a mapping, not %s'
                         % type(parameters).__name__)
    if not only_plural and parameters:
        trans = trans % parameters
    return prefix + trans


def twhas_key(source, twtitle):
    """Return True if twtitle has a message in the language of source."""
    lang = getattr(source, 'lang', source)
    return _get_translation(lang, twtitle) is not None


def twget_keys(twtitle):
    """Return the sorted language codes having the message twtitle."""
    bundle = twtitle.split('-')[0]
    langs = []
    for directory in _search_dirs():
        try:
            names = os.listdir(os.path.join(directory, bundle))
        except OSError:
            continue
        for name in names:
            if name.endswith('.json') and name[:-5] not in langs:
                langs.append(name[:-5])
    embedded = _embedded()
    if embedded is not None:
        for lang in embedded.languages(bundle):
            if lang not in langs:
                langs.append(lang)
    return [lang for lang in sorted(langs)
            if lang != 'qqq' and _get_translation(lang, twtitle)]


def bundles(stem=False):
    """Yield the names (stem=True) or directories of the message bundles."""
    seen = []
    for directory in _search_dirs():
        for name in sorted(os.listdir(directory)):
            path = os.path.join(directory, name)
            if name in seen or name.endswith('__') or not _isdir(path):
                continue
            seen.append(name)
            yield name if stem else path
    embedded = _embedded()
    if embedded is not None:
        for name in embedded.bundles():
            if name not in seen:
                seen.append(name)
                yield name if stem else '<gowikibot>/scripts/i18n/' + name


def known_languages():
    """Return the sorted language codes of all bundles."""
    langs = set()
    for name in bundles(stem=True):
        for directory in _search_dirs():
            try:
                files = os.listdir(os.path.join(directory, name))
            except OSError:
                continue
            langs.update(f[:-5] for f in files if f.endswith('.json'))
        embedded = _embedded()
        if embedded is not None:
            langs.update(embedded.languages(name))
    return sorted(langs)


def input(twtitle, parameters=None, password=False, fallback_prompt=None):
    """Ask the user the question twtitle (in config.userinterface_lang)
    and return the answer."""
    if messages_available():
        code = _config_value('userinterface_lang', 'en')
        prompt = twtranslate(code, twtitle, parameters)
    elif fallback_prompt:
        prompt = fallback_prompt
    else:
        raise _translation_error(
            'Unable to load messages package %s for bundle %s'
            % (_messages_package_name, twtitle))
    return pywikibot.input(prompt, password)
