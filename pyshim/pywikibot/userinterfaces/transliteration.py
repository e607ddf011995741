"""Transliteration for terminals whose encoding lacks a character
(pywikibot.userinterfaces.transliteration): the digits of non-Latin
scripts by language (NON_LATIN_DIGITS) and a Transliterator.

gowikibot's Transliterator is its own, not pywikibot's table: a character
becomes its compatibility decomposition without marks when that is ASCII
(é -> e, ﬁ -> fi), a digit of NON_LATIN_DIGITS its Latin digit, anything else
the default ('?'), with pywikibot's rules for the characters that repeat
or drop their neighbour (◌, ッ, 々)."""
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

#: the characters whose transliteration is fixed in advance (pywikibot's
#: name for its whole table): here the non-Latin digits; the others are
#: worked out on first use (see the module doc)
_trans = {d: str(i) for ds in NON_LATIN_DIGITS.values() for i, d in enumerate(ds)}
_DIGIT_VALUES = _trans

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
        elif char in _DIGIT_VALUES:
            value = _DIGIT_VALUES[char]
        else:
            plain = ''.join(c for c in unicodedata.normalize('NFKD', char) if not unicodedata.combining(c))
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
        if char == 'ッ':
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
