"""tools.formatter.color_format is deprecated since 7.2.0 as in pywikibot
9.6.3: each call warns (FutureWarning) naming the new <<color>> markup,
and still formats. Same output from real pywikibot 9.6.3
(color_format_warning.out) and gowikibot."""
import warnings

from pywikibot.tools.formatter import color_format

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(repr(color_format('{0} {red}and{default} {x}', 'a', x='b')))
    print(repr(color_format('{color}c{default}', color='blue')))
    try:
        color_format('\03{red}')
    except ValueError as e:
        print('ValueError', e)
for w in caught:
    print(w.category.__name__, str(w.message))
print(color_format.__name__, color_format.__module__)
