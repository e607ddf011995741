"""The user interface for Windows consoles (pywikibot.userinterfaces.
terminal_interface_win32): colours as console text attributes.

gowikibot has no ctypes, so setting a colour on a real Windows console
raises ImportError; whether a stream shows colours, the colour table and
the input are pywikibot's (tests use the class on any platform)."""
from pywikibot.userinterfaces import terminal_interface_base

__all__ = ('Win32UI', 'windowsColors')

#: the console attribute of each colour name
windowsColors = {
    'default': 7,
    'black': 0,
    'blue': 1,
    'green': 2,
    'aqua': 3,
    'red': 4,
    'purple': 5,
    'yellow': 6,
    'lightgray': 7,
    'gray': 8,
    'lightblue': 9,
    'lightgreen': 10,
    'lightaqua': 11,
    'lightred': 12,
    'lightpurple': 13,
    'lightyellow': 14,
    'white': 15,
}


class Win32UI(terminal_interface_base.UI):
    """The UI for Windows consoles."""

    def support_color(self, target_stream):
        """Whether target_stream is a console."""
        return target_stream.isatty()

    def encounter_color(self, color, target_stream):
        """Set the console's text attribute to color ('fg' or 'fg;bg')
        through kernel32 (ImportError: gowikibot has no ctypes)."""
        fg, bg = self.divide_color(color)
        attribute = windowsColors[fg]
        if bg is not None:
            attribute |= windowsColors[bg] << 4
        handles = {id(self.stdin): -10, id(self.stdout): -11, id(self.stderr): -12}
        if id(target_stream) not in handles:
            super().encounter_color(color, target_stream)
        import ctypes
        kernel32 = ctypes.windll.kernel32
        kernel32.SetConsoleTextAttribute(kernel32.GetStdHandle(handles[id(target_stream)]), attribute)

    def _raw_input(self):
        """A line of input without its line end; EOFError at Ctrl-Z."""
        data = self.stdin.readline()
        if '\x1a' in data:
            raise EOFError
        return data.strip()
