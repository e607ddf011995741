"""pywikibot.tools.formatter: SequenceOutputter and color_format."""
import warnings

from pywikibot.tools.formatter import SequenceOutputter, color_format

warnings.simplefilter('ignore')


def show(label, value):
    print(label + ': ' + repr(value))


for n in [0, 1, 3, 9, 10, 12, 100]:
    show('%d items' % n, SequenceOutputter(['item%d' % i for i in range(n)]).out)
show('tuple', SequenceOutputter(('a', 'b')).out)


class Dashed(SequenceOutputter):
    format_string = '{index}. {item} ({width})'
    separator = ' | '
    prefix = '['
    suffix = ']'


show('custom', Dashed(['x', 'y', 'z']).out)
out = SequenceOutputter(['p'])
out.sequence = ['q', 'r']
show('changed sequence', out.out)

show('color_format', color_format('{0} {red}and{default} {x}', 'a', x='b'))
show('color pair', color_format('{lightred;white}x{default}'))
show('color kw', color_format('{color}c{default}', color='blue'))
show('escaped', color_format('{{literal}} {0}', 1))
for bad in [('\03{red}x', {}), ('{0}', {'red': 1}), ('{red!r}', {})]:
    try:
        color_format(bad[0], *([] if bad[1] else []), **bad[1])
    except ValueError as e:
        show('ValueError', str(e))
    except Exception as e:
        show(type(e).__name__, str(e))
