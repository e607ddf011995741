"""Unicode data of pywikibot.tools: the characters whose first-letter
upper-casing on MediaWiki differs from Python's str.upper (gowikibot's
first_upper uses str.upper, so the table is empty), and pywikibot 9.6.3's
_category_cf: the format characters (category Cf) of Unicode 15, which
adds U+13439..U+1343F to Unicode 14's."""

_first_upper_exception_dict = {}
_first_upper_exception = _first_upper_exception_dict.get

# the code point ranges of category Cf in Unicode 15, both ends included
_CF_RANGES_15 = [
    (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD),
    (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E),
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F),
    (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD),
    (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
]

_category_cf = frozenset(chr(c) for lo, hi in _CF_RANGES_15 for c in range(lo, hi + 1))
