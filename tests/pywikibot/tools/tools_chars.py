"""pywikibot.tools.chars: invisible characters, HTML and URL helpers."""
import sys

from pywikibot.tools import chars


def show(label, value):
    print(label + ': ' + repr(value))


show('plain', chars.contains_invisible('plain text'))
for c in ['\u00ad', '\u200b', '\u200e', '\u2066', '\ufeff', '\U000e0041', '\u061c']:
    show('contains %04x' % ord(c), chars.contains_invisible('a' + c + 'b'))
show('not Cf: nbsp', chars.contains_invisible('a\u00a0b'))
show('not Cf: tab', chars.contains_invisible('a\tb'))
show('replace', chars.replace_invisible('x\u200by\u200ez\U000e007f!'))
show('replace none', chars.replace_invisible('nothing here'))
all_cf = [chr(c) for c in range(sys.maxunicode + 1) if chars.contains_invisible(chr(c))]
show('number of invisible', len(all_cf))
show('regex finds them all', len(chars.INVISIBLE_REGEX.findall(''.join(all_cf))))
show('first and last', (hex(ord(all_cf[0])), hex(ord(all_cf[-1]))))
show('ascii html', chars.string_to_ascii_html('Zürich & €\n~'))
show('string2html latin-1 ok', chars.string2html('Zürich', 'latin-1'))
show('string2html ascii', chars.string2html('Zürich €', 'ascii'))
show('string2html utf-8', chars.string2html('€', 'utf-8'))
show('url2string', chars.url2string('Z%C3%BCrich%20%26%20more'))
show('url2string list', chars.url2string('café%20au%20lait', ['ascii', 'utf-8']))
show('url2string latin-1', chars.url2string('caf%E9', 'latin-1'))
try:
    chars.url2string('caf%E9')
except UnicodeDecodeError as e:
    show('decode error', (e.encoding, e.reason))
try:
    chars.url2string('é', ['ascii'])
except UnicodeEncodeError as e:
    show('encode error', (e.encoding, e.reason))
