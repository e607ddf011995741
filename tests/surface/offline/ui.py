"""pywikibot.userinterfaces' modules scripts import (transliteration,
_interface_base, terminal_interface_base, terminal_interface_unix): the same
output from real pywikibot 9.6.3 (ui.out) and gowikibot."""
import contextlib
import io
import logging

from pywikibot import userinterfaces
from pywikibot.userinterfaces import terminal_interface, terminal_interface_base, transliteration
from pywikibot.userinterfaces._interface_base import ABUIC
from pywikibot.userinterfaces.terminal_interface_base import (
    ChoiceException, MaxLevelFilter, Option, StandardOption, TerminalHandler, UI, colors, new_colorTagR,
)
from pywikibot.userinterfaces.terminal_interface_unix import UnixUI, unixColors
from pywikibot.userinterfaces.transliteration import NON_LATIN_DIGITS, Transliterator

for lang, digits in sorted(NON_LATIN_DIGITS.items()):
    print(lang, digits, [ord(d) for d in digits[:2]])
print(transliteration.digits)
t = Transliterator('ascii')
print([t.transliterate(c) for c in '٣৩๓é'], t.transliterate('々', prev='x'), t.transliterate('ゝ', prev='z'))

print(sorted(m for m in vars(ABUIC) if not m.startswith('_')), sorted(ABUIC.__abstractmethods__))
print(issubclass(UI, ABUIC), issubclass(UnixUI, UI), terminal_interface.UI is UnixUI,
      userinterfaces.terminal_interface_unix.UnixUI is UnixUI)
print(UI.divide_color('red;white'), UI.divide_color('lightblue'), colors[:4], bool(new_colorTagR.search('<<red>>x')))
print(sorted(unixColors.items())[:3], repr(UnixUI.make_unix_bg_color(unixColors['red'])))
ui = UnixUI()
out = io.StringIO()
with contextlib.redirect_stdout(out):
    ui.encounter_color('yellow;blue', ui.stdout)
    ui._write('text', ui.stdout)
print(repr(out.getvalue()), ui.support_color(out), UI().support_color(out), ui.cache)
try:
    UI().encounter_color('red', out)
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(issubclass(ChoiceException, StandardOption), issubclass(StandardOption, Option))


class Rec:
    def __init__(self, levelno):
        self.levelno = levelno


f = MaxLevelFilter(logging.INFO)
print(f.filter(Rec(10)), f.filter(Rec(20)), f.filter(Rec(30)), MaxLevelFilter().filter(Rec(50)))
print(issubclass(TerminalHandler, logging.StreamHandler), TerminalHandler.sharedlock is not None)
import warnings  # noqa: E402

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    print(t.transliterate('ッ', next='x'))
print([(w.category.__name__, str(w.message)) for w in log])
