"""tools.chars._category_cf (tools._unidata's) is pywikibot 9.6.3's set of
format characters, Unicode 15's (with U+13439..U+1343F), and
tools._unidata._first_upper_exception is a lookup. Same output from real
pywikibot 9.6.3 (category_cf.out) and gowikibot."""
from pywikibot.tools import _unidata, chars

cf = chars._category_cf
print(cf is _unidata._category_cf, type(cf).__name__, len(cf))
print(sorted(hex(ord(c)) for c in cf)[:5], sorted(hex(ord(c)) for c in cf if 0x13430 <= ord(c) < 0x13440))
print(all(chars.contains_invisible(c) for c in cf if not 0x13439 <= ord(c) <= 0x1343F))
print(callable(_unidata._first_upper_exception), _unidata._first_upper_exception('a'))
