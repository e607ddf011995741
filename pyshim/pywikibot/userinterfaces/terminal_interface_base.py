"""The colour names of pywikibot's terminal interface: the tags
<<name>> and <<fg;bg>> in output text (gowikibot's terminal output
understands the same names)."""
import re

__all__ = ['colors', 'new_colorTagR', 'old_colorTagR']

colors = ['default', 'black', 'blue', 'green', 'aqua', 'red', 'purple', 'yellow', 'lightgray',
          'gray', 'lightblue', 'lightgreen', 'lightaqua', 'lightred', 'lightpurple',
          'lightyellow', 'white']

_color_pat = '((:?{0});?(:?{0})?)'.format('|'.join(colors + ['previous']))
old_colorTagR = re.compile('\03{{{}}}'.format(_color_pat))
new_colorTagR = re.compile('<<{}>>'.format(_color_pat))


# -- pywikibot's terminal UI classes and the names its module imports --
import logging as _logging  # noqa: E402
import threading as _threading  # noqa: E402

import pywikibot  # noqa: E402,F401 (as pywikibot's)
from pywikibot import config  # noqa: E402
from pywikibot._ui import UI as _BaseUI  # noqa: E402
from pywikibot.backports import removeprefix  # noqa: E402,F401 (as pywikibot's)
from pywikibot.bot_choice import (  # noqa: E402,F401 (as pywikibot's)
    ChoiceException,
    Option,
    OutputOption,
    QuitKeyboardInterrupt,
    StandardOption,
)
from pywikibot.logging import INFO, INPUT, STDOUT, VERBOSE, WARNING  # noqa: E402,F401 (as pywikibot's)
from pywikibot.tools import issue_deprecation_warning  # noqa: E402,F401 (as pywikibot's)
from pywikibot.tools.threading import RLock  # noqa: E402
from pywikibot.userinterfaces import transliteration  # noqa: E402
from pywikibot.userinterfaces._interface_base import ABUIC  # noqa: E402

#: the Transliterator for the console encoding
transliterator = transliteration.Transliterator(config.console_encoding)


class UI(_BaseUI, ABUIC):
    """pywikibot's terminal UI (gowikibot's: output and input through the
    output functions, which write colour tags themselves); encounter_color
    is for the platform subclasses."""

    split_col_pat = re.compile(r'(\w+);?(\w+)?')

    def __init__(self):
        import sys
        self.stdin = sys.__stdin__ or sys.stdin
        self.stdout = sys.__stdout__ or sys.stdout
        self.stderr = sys.__stderr__ or sys.stderr
        self.argv = sys.argv
        self.encoding = config.console_encoding
        self.transliteration_target = getattr(config, 'transliteration_target', None)
        self.cache = []
        self.lock = RLock()

    def encounter_color(self, color, target_stream):
        """Switch target_stream to color (the platform UIs do)."""
        raise NotImplementedError('The {} class does not support colors.'.format(type(self).__name__))

    @classmethod
    def divide_color(cls, color):
        """('fg', 'bg') of 'fg;bg', ('fg', None) of 'fg'."""
        return cls.split_col_pat.search(color).groups()

    def _write(self, text, target_stream):
        """Write text to sys.stderr or sys.stdout (as they are now, maybe
        redirected) for target_stream the UI's stderr or stdout; an OSError
        for another stream."""
        import sys
        if target_stream == self.stderr:
            sys.stderr.write(text)
        elif target_stream == self.stdout:
            sys.stdout.write(text)
        else:
            try:
                out, err = self.stdout.name, self.stderr.name
            except AttributeError:
                out, err = self.stdout, self.stderr
            raise OSError('Target stream {} is neither stdin ({}) nor stderr ({})'
                          .format(target_stream.name, out, err))

    def support_color(self, target_stream):
        """The base terminal UI shows no colours (the platform UIs do)."""
        return False

    def _print(self, text, target_stream):
        """Write text to target_stream, its colour tags (<<red>>,
        <<previous>>, old \\03{red}; not both kinds) switching colours
        through encounter_color when config.colorized_output is set and the
        stream shows colours. Without colours, a line that had a colour
        ends with ' ***'."""
        colorized = config.colorized_output and self.support_color(target_stream)
        old_parts = old_colorTagR.split(text)
        new_parts = new_colorTagR.split(text)
        if min(len(old_parts), len(new_parts)) > 1:
            raise ValueError('Old color format must not be mixed with new color format. Found:\n'
                             + text.replace('\03', '\\03'))
        if len(old_parts) > 1:
            issue_deprecation_warning('old color format variant like \03{color}',
                                      'new color format like <<color>>', since='7.3.0')
            parts = old_parts
        else:
            parts = new_parts
        # split() gives the text, then the tag's three groups, per tag
        for txt, color in pywikibot._color_runs(parts[::4], parts[1::4] + ['default'], colorized):
            self._write(txt, target_stream)
            if color is not None:
                target_stream.flush()
                self.encounter_color(color, target_stream)
        target_stream.flush()


class TerminalHandler(_logging.StreamHandler):
    """A logging handler writing through a UI's output (one lock shared by
    all of them, so that one writes to the console at a time)."""

    sharedlock = _threading.RLock()

    def __init__(self, UI, stream=None):  # noqa: N803 (pywikibot's name)
        super().__init__(stream=stream)
        self.UI = UI

    def createLock(self):  # noqa: N802 (logging's name)
        """Use the lock shared by all TerminalHandlers."""
        self.lock = TerminalHandler.sharedlock

    def emit(self, record):
        """Output the formatted record through the UI (a warning that the
        warnings module logs twice, once)."""
        self.flush()
        if record.name == 'py.warnings':
            if 'message' in record.__dict__:
                return
            record.__dict__.setdefault('newline', '\n')
        self.UI.output(self.format(record), targetStream=self.stream)


class MaxLevelFilter:
    """A logging filter passing the records at or below level (all with
    no level)."""

    def __init__(self, level=None):
        self.level = level

    def filter(self, record):
        """Whether record passes."""
        if self.level:
            return record.levelno <= self.level
        return True
