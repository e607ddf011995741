"""Formatting helpers (gowikibot's version of pywikibot.tools.formatter)."""
import math
import re

from pywikibot import output
from pywikibot.logging import info  # noqa: F401 (as pywikibot's)
from pywikibot.tools import deprecated
from pywikibot.userinterfaces import terminal_interface_base  # noqa: F401 (as pywikibot's)

__all__ = ['SequenceOutputter', 'color_format']

_COLOR_NAMES = ['default', 'black', 'blue', 'green', 'aqua', 'red', 'purple', 'yellow',
                'lightgray', 'gray', 'lightblue', 'lightgreen', 'lightaqua', 'lightred',
                'lightpurple', 'lightyellow', 'white']


class SequenceOutputter:
    """Shows a sequence as a numbered list: each item is formatted with
    format_string (fields index, width and item), the lines are joined by
    separator and wrapped in prefix and suffix. The index counts from 1;
    width is the number of digits of the sequence's length."""

    format_string = '  {index:>{width}} - {item}'
    separator = '\n'
    prefix = '\n'
    suffix = '\n'

    def __init__(self, sequence):
        self.sequence = sequence

    @property
    def out(self):
        """The formatted list."""
        content = ''
        if self.sequence:
            width = int(math.log10(len(self.sequence))) + 1
            lines = []
            index = 1
            for item in self.sequence:
                lines.append(self.format_string.format(index=index, item=item, width=width))
                index += 1
            content = self.separator.join(lines)
        return self.prefix + content + self.suffix

    def format_list(self):
        """The formatted list (deprecated: use out)."""
        return self.out

    def output(self):
        """Print the formatted list."""
        output(self.out)


@deprecated('New color format pattern like <<color>>colored text<<default>>', since='7.2.0')
def color_format(text, *args, **kwargs):
    """str.format for texts with color fields such as {lightred}: those
    become <<lightred>> markup (deprecated by pywikibot in favour of
    writing the markup directly). ValueError for a \\03 in text or a color
    name used as a keyword."""
    colors = set(_COLOR_NAMES)
    pairs = set()
    for fg in colors:
        for bg in colors:
            pairs.add('{};{}'.format(fg, bg))
    colors |= pairs
    alternatives = '|'.join(sorted(colors, key=len, reverse=True))
    text = re.sub('(?:\03)?{{({})}}'.format(alternatives), r'<<\1>>', text)
    color = kwargs.get('color')
    if color in colors:
        text = text.replace('{color}', '<<{}>>'.format(color))
    if '\03' in text:
        raise ValueError('\\03 pattern found in color format')
    clash = colors.intersection(kwargs)
    if clash:
        raise ValueError('Keyword argument(s) use valid color(s): ' + '", "'.join(clash))
    try:
        return text.format(*args, **kwargs)
    except KeyError as e:
        if str(e).strip("'") in colors:
            raise ValueError('Color field "{}" in "{}" uses conversion information or format spec'
                             .format(e, text))
        raise
