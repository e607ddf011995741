"""pywikibot.userinterfaces.terminal_interface_win32 imports on any
platform as pywikibot 9.6.3's: the console colour table, Win32UI's colour
support (whether the stream is a console), colour splitting and input
(a line without its end, EOFError at Ctrl-Z); and transliteration's
_trans holds the non-Latin digits. Same output from real pywikibot 9.6.3
(win32_ui.out) and gowikibot."""
import io

from pywikibot.userinterfaces import terminal_interface_win32 as win32
from pywikibot.userinterfaces.transliteration import NON_LATIN_DIGITS, _trans

print(sorted(win32.windowsColors.items()))
ui = win32.Win32UI()


class Stream:
    def __init__(self, text='', tty=False):
        self.lines = io.StringIO(text)
        self.tty = tty

    def readline(self):
        return self.lines.readline()

    def isatty(self):
        return self.tty


print(ui.support_color(Stream(tty=True)), ui.support_color(Stream()))
print(ui.divide_color('red'), ui.divide_color('lightblue;white'))
ui.stdin = Stream('  an answer \nnext\n')
print(repr(ui._raw_input()), repr(ui._raw_input()), repr(ui._raw_input()))
ui.stdin = Stream('abc\x1a\n')
try:
    ui._raw_input()
except EOFError:
    print('EOFError')
print(issubclass(win32.Win32UI, win32.terminal_interface_base.UI))
print(all(_trans[d] == str(i) for ds in NON_LATIN_DIGITS.values() for i, d in enumerate(ds)))
print(_trans['\u0966'], _trans['\u06f9'], '0' in _trans, 'a' in _trans)
