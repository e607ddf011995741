"""The user interface for Unix terminals (pywikibot.userinterfaces.
terminal_interface_unix): colours as ANSI escape sequences."""
import re

from pywikibot.userinterfaces import terminal_interface_base

__all__ = ('UnixUI', 'unixColors')


def _sgr(code):
    return '\x1b[{}m'.format(code)


#: the ANSI (SGR) sequence of each colour name; 'default' resets
unixColors = {
    'default': _sgr(0),
    'black': _sgr(30),
    'red': _sgr(31),
    'green': _sgr(32),
    'yellow': _sgr(33),
    'blue': _sgr(34),
    'purple': _sgr(35),
    'aqua': _sgr(36),
    'lightgray': _sgr(37),
    'gray': _sgr(90),
    'lightred': _sgr(91),
    'lightgreen': _sgr(92),
    'lightyellow': _sgr(93),
    'lightblue': _sgr(94),
    'lightpurple': _sgr(95),
    'lightaqua': _sgr(96),
    'white': _sgr(97),
}


class UnixUI(terminal_interface_base.UI):
    """The UI for Unix terminals: colours written as escape sequences."""

    def support_color(self, target_stream):
        """Unix terminals show colours."""
        return True

    @staticmethod
    def make_unix_bg_color(color):
        """The background sequence of a foreground colour's sequence."""
        code = re.search(r'(?<=\[)\d+', color).group()
        return _sgr(int(code) + 10)

    def encounter_color(self, color, target_stream):
        """Write the sequences of color ('fg' or 'fg;bg') to target_stream."""
        fg, bg = self.divide_color(color)
        self._write(unixColors[fg], target_stream)
        if bg is not None:
            self._write(self.make_unix_bg_color(unixColors[bg]), target_stream)
