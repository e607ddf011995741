"""Transliteration for terminals whose encoding lacks a character
(pywikibot.userinterfaces.transliteration): the digits of non-Latin
scripts by language (NON_LATIN_DIGITS) and a Transliterator.

gowikibot's Transliterator is its own, not pywikibot's table: a digit of
NON_LATIN_DIGITS becomes its Latin digit; a letter of the Cyrillic and
Greek alphabets and of the Japanese kana, and a few Latin letters without
a decomposition (ß, ø, ł, æ, ...), its romanization in gowikibot's table
(_SCRIPTS: a common scholarly one, which pywikibot's table mostly agrees
with; the Greek letters classically, β -> b); any other character its
compatibility decomposition without marks, each part through the table,
when that is ASCII (é -> e, ﬁ -> fi, ά -> a); anything else the default
('?'), with pywikibot's rules for the characters that repeat or drop their
neighbour (◌, ッ, 々).

transliterate_text is pywikibot's terminal output transliteration (its
UI.stream_output): gowikibot's output functions apply it when the
interface's encoding (or config.transliteration_target) cannot show a
character and config.transliterate is set."""
import unicodedata

from pywikibot.tools import ModuleDeprecationWrapper, deprecate_arg  # noqa: F401 (as pywikibot's)

__all__ = ('NON_LATIN_DIGITS', 'Transliterator')


def _digits(zero):
    return ''.join(chr(zero + i) for i in range(10))


#: the ten digits of the languages that write numbers in their own script
#: (the code point of each script's digit zero)
NON_LATIN_DIGITS = {
    'bn': _digits(0x09E6),
    'ckb': _digits(0x0660),
    'fa': _digits(0x06F0),
    'gu': _digits(0x0AE6),
    'hi': _digits(0x0966),
    'km': _digits(0x17E0),
    'kn': _digits(0x0CE6),
    'lo': _digits(0x0ED0),
    'ml': _digits(0x0D66),
    'or': _digits(0x0B66),
    'pa': _digits(0x0A66),
    'te': _digits(0x0C66),
}

#: the last language's digits (in pywikibot a name left over from the loop
#: that adds the digits to its table)
digits = NON_LATIN_DIGITS['te']

_DIGIT_VALUES = {d: str(i) for ds in NON_LATIN_DIGITS.values() for i, d in enumerate(ds)}


def _pairs(letters, values):
    """{letter: value} of letters (a str) and values (space-separated; '_'
    for a letter left out)."""
    return {c: v for c, v in zip(letters, values.split()) if v != '_'}


def _cased(table):
    """table with each value of a lower-case letter also given to its
    upper-case one, capitalized."""
    out = dict(table)
    for c, v in table.items():
        if c.upper() != c and c.upper() not in out:
            out[c.upper()] = v[0].upper() + v[1:]
    return out


def _kana():
    """The hiragana U+3041..U+3096 and their katakana (+0x60), Hepburn,
    the small kana as their full ones (the small tsu has its own rule)."""
    values = ('a a i i u u e e o o ka ga ki gi ku gu ke ge ko go sa za shi ji su zu se ze so zo '
              'ta da chi ji _ tsu zu te de to do na ni nu ne no ha ba pa hi bi pi fu bu pu he be pe '
              'ho bo po ma mi mu me mo ya ya yu yu yo yo ra ri ru re ro wa wa wi we wo n vu ka ke')
    hira = ''.join(chr(c) for c in range(0x3041, 0x3097))
    kata = ''.join(chr(ord(c) + 0x60) for c in hira)
    table = _pairs(hira, values)
    table.update(_pairs(kata, values))
    table.update(_pairs('ヷヸヹヺ', 'va vi ve vo'))
    return table


#: gowikibot's romanization of letters of other scripts (see the module doc)
_SCRIPTS = _cased(_pairs(
    'абвгґдђѓеєжзѕиіїйјклљмнњопрстћќуўфхцчџшщъыьэюя',
    'a b v g g d dj gj e ye zh z dz i i yi y j k l lj m n nj o p r s t c kj u u f kh ts ch dz sh '
    'shch " y \' e yu ya'))
_SCRIPTS.update(_cased(_pairs('αβγδεζηθικλμνξοπρσςτυφχψω',
                              'a b g d e z e th i k l m n x o p r s s t y ph ch ps o')))
_SCRIPTS.update(_pairs('ßøØłŁæÆœŒđĐħĦıþÞðÐ', 'ss o O l L ae AE oe OE d D h H i th Th d D'))
_SCRIPTS.update(_kana())

#: pywikibot's name for its whole table: here the non-Latin digits and
#: _SCRIPTS; the other characters are worked out on first use (see the
#: module doc)
_trans = dict(_DIGIT_VALUES)
_trans.update(_SCRIPTS)

_REPEAT_PREVIOUS = '々仝ヽヾゝゞ〱〲〳〵〴'


class Transliterator:
    """Replaces a character that the console encoding cannot show."""

    def __init__(self, encoding):
        self.encoding = encoding
        self.trans = {}

    def _ascii(self, char):
        if char in self.trans:
            return self.trans[char]
        value = None
        if char.isascii():
            pass  # an ASCII character needs none (pywikibot: the default)
        elif char in _trans:
            value = _trans[char]
        else:
            plain = ''.join(_trans.get(c, c) for c in unicodedata.normalize('NFKD', char)
                            if not unicodedata.combining(c))
            if plain and plain.isascii() and plain.isprintable():
                value = plain
        self.trans[char] = value
        return value

    def transliterate(self, char, default='?', prev='-', succ='-', **kwargs):
        """The transliteration of char (prev and succ are its neighbours),
        or default. (next, succ's old name, is taken with pywikibot's
        FutureWarning.)"""
        if 'next' in kwargs:
            import warnings
            warnings.warn('next argument of pywikibot.userinterfaces.transliteration.Transliterator.'
                          'transliterate is deprecated; use succ instead.', FutureWarning, 2)
            succ = kwargs.pop('next')
        if kwargs:
            raise TypeError("transliterate() got an unexpected keyword argument '{}'".format(next(iter(kwargs))))
        value = self._ascii(char)
        if value is not None:
            return value
        if char == '◌':
            return prev
        if char in 'ッっ':
            return self.transliterate(succ)[0]
        if char in _REPEAT_PREVIOUS:
            return prev
        return default

    def _transliterate_params(self, char, default='?', prev='-', succ='-'):
        raise NotImplementedError

    # the parameters transliterate takes (as pywikibot's deprecate_arg
    # wrapper shows them); the warning is inline: the decorator would load
    # inspect when the module is imported
    transliterate.__wrapped__ = _transliterate_params


_text_transliterator = None


def transliterate_text(text, encoding, target=None):
    """text as pywikibot's terminal shows it when encoding (then target,
    when given) cannot show some of its characters: each such character
    (not a '?' of text itself) its transliteration (the default '?' when it
    has none, its neighbours for the rules that need them), marked as
    <<lightyellow>>...<<previous>>."""
    global _text_transliterator
    shown = text.encode(encoding, 'replace').decode(encoding)
    if target:
        shown = shown.encode(target, 'replace').decode(target)
    if '?' not in shown:
        return text
    if _text_transliterator is None:
        _text_transliterator = Transliterator(encoding)
    out = []
    prev = '-'
    for i, char in enumerate(shown):
        if char == '?' and text[i] != '?':
            succ = text[i + 1] if i + 1 < len(text) else ' '
            value = _text_transliterator.transliterate(text[i], default='?', prev=prev, succ=succ)
            out.append('<<lightyellow>>{}<<previous>>'.format(value))
            if value:
                prev = value[-1]
        else:
            out.append(char)
            prev = char
    return ''.join(out)
