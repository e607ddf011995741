"""Output transliteration as pywikibot 9.6.3's terminal interface does it:
when config.transliterate is set and the interface's encoding (or
config.transliteration_target) cannot show a character, the character is
shown transliterated and marked light yellow (colours on: ANSI colours;
off: the line ends with ' ***'); a '?' of the text itself stays; the
buffer interface keeps the text as it is. The characters here are those
whose transliteration gowikibot's own table shares with pywikibot's
(Cyrillic, Greek and kana letters, a few Latin ones; see
userinterfaces/transliteration.py). Same output from real pywikibot 9.6.3
(ui_transliterate.out) and gowikibot."""
import io
import sys

import pywikibot
from pywikibot import bot, config

TEXTS = ['abcd АБГД αβγδ あいうえお', 'Привет, мир? Ель', 'Straße café łœ ÉÍ', 'カップ ひらがな',
         'plain text?']


def show(encoding, target=None, colors=True, transliterate=True):
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
    try:
        bot.set_interface('terminal')
        config.colorized_output = colors
        config.transliterate = transliterate
        bot.ui.encoding = encoding
        bot.ui.transliteration_target = target
        for text in TEXTS:
            pywikibot.info(text)
        pywikibot.warning('Привет')
        pywikibot.stdout('αβγ')
        got = sys.stdout.getvalue(), sys.stderr.getvalue()
    finally:
        sys.stdout, sys.stderr = out, err
    print(encoding, target, colors, transliterate)
    for line in got[1].splitlines():
        print('  err', repr(line))
    print('  out', repr(got[0]))


show('latin-1')
show('latin-1', colors=False)
show('ascii')
show('utf-8', target='ascii')
show('utf-8')
show('latin-1', transliterate=False)
bot.set_interface('buffer')
bot.ui.encoding = 'ascii'
pywikibot.info(TEXTS[0])
print(bot.ui.pop_output())
