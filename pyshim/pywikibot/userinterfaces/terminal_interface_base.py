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
