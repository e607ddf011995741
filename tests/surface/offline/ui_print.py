"""The terminal UI's _print as pywikibot 9.6.3's: colour tags switch
colours through encounter_color (a stack: <<previous>> goes back, the end
returns to default) when colorized_output is set and the stream shows
colours, else a line that had a colour ends with ' ***'; old and new tag
formats may not be mixed. And bot.ui._raw_input reads a line of
sys.stdin. Same output from real pywikibot 9.6.3 (ui_print.out) and
gowikibot."""
import io
import sys
from contextlib import redirect_stdout

import pywikibot
from pywikibot.userinterfaces import terminal_interface_base, terminal_interface_unix

texts = ['Hello world you!', 'Hello <<red>>world you!', 'Hello <<red>>world <<default>>you<<yellow>>!',
         'Hello <<red>>world <<yellow>>you<<previous>>!', 'Hello <<red>>world <<yellow>>you!',
         'Hello <<red>>world you!\n', 'a <<red>>b\nc <<green;white>>d\ne\n', '<<previous>>x<<previous>>y',
         'no tags\nat all\n']

for cls in (terminal_interface_base.UI, terminal_interface_unix.UnixUI):
    for colorized in (False, True):
        pywikibot.config.colorized_output = colorized
        ui = cls()
        for text in texts:
            seen = []
            out = io.StringIO()

            def encounter(color, stream, out=out, seen=seen):
                seen.append((color, len(out.getvalue()), stream is ui.stdout))

            ui.encounter_color = encounter
            with redirect_stdout(out):
                ui._print(text, ui.stdout)
            print(cls.__name__, colorized, repr(text), repr(out.getvalue()), seen)

ui = terminal_interface_base.UI()
try:
    ui._print('old \03{red}and <<red>>new', ui.stdout)
except ValueError as e:
    print('ValueError', e)

stdin = sys.stdin
sys.stdin = io.StringIO('first line\n  second  \n')
try:
    print(repr(pywikibot.bot.ui._raw_input()), repr(pywikibot.bot.ui._raw_input()))
    pywikibot.bot.ui._raw_input()
except EOFError:
    print('EOFError')
finally:
    sys.stdin = stdin
