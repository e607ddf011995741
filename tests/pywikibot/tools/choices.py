"""pywikibot.bot_choice options and input_choice with option objects."""
import pywikibot
from pywikibot.bot import (
    ChoiceException, ContextOption, HighlightContextOption, IntegerOption,
    ListOption, NestedOption, OutputProxyOption, StandardOption,
)
from pywikibot.tools.formatter import SequenceOutputter


def show(label, value):
    print(label + ': ' + repr(value))


std = StandardOption('skip link', 's')
show('format', (std.format(), std.format('s'), std.format('x')))
show('format no letter', StandardOption('go', 'x').format())
show('test', (std.test('S'), std.test('skip link'), std.test('k')))
show('result', std.result('s'))

num = IntegerOption(1, 5, 'r')
show('int format', [num.format(), num.format('r1'), num.format('r5'), num.format('r3'), num.format('9')])
show('int test', [num.test('r3'), num.test('3'), num.test('r9'), num.test('rx')])
show('int result', num.result('r4'))
show('open ranges', [IntegerOption(None, None).format(), IntegerOption(2, None).format(),
                     IntegerOption(None, 7).format('7'), IntegerOption(3, 3).format()])
try:
    IntegerOption(5, 1)
except ValueError as e:
    show('ValueError', str(e))

lst = ListOption(['Alpha', 'Beta', 'Gamma'], 'r')
show('list format', [lst.format(), lst.format('r2'), lst.format('r3')])
show('list', [lst.test('r0'), lst.test('r1'), lst.test('r3'), lst.test('r4'), lst.result('r2')])
show('list bounds', (lst.minimum, lst.maximum))
try:
    ListOption([])
except ValueError as e:
    show('ValueError', str(e))

text = 'Some text before [[Link]] and some text after it.'
start = text.index('[[')
end = text.index(']]') + 2
ctx = ContextOption('more context', 'm', text, 5, delta=10, start=start, end=end)
show('context', (ctx.out, ctx.stop))
show('context result', ctx.result('m'))
show('context wider', ctx.out)
hl = HighlightContextOption('more context', 'm', text, 8, start=start, end=end)
show('highlight', hl.out)
hl.color = 'yellow'
show('highlight color', hl.out)
hl.result('m')
show('highlight wider', hl.out)
proxy = OutputProxyOption('list', 'l', SequenceOutputter(['one', 'two']))
show('proxy', (proxy.out, proxy.stop, proxy.format()))
nested = NestedOption('nested', 'n', 'Pick one', [StandardOption('first', 'f'), StandardOption('second', 'c')])
show('nested', (nested.format(), nested.out, nested.handled('f').option, nested.handled('n') is nested))

options = [ListOption(['Alpha', 'Beta'], ''), ListOption(['Alpha', 'Beta'], 'r'), std,
           HighlightContextOption('more context', 'm', text, 5, start=start, end=end),
           OutputProxyOption('list', 'l', SequenceOutputter(['Alpha', 'Beta']))]
for answer in ['2', 'r1', 's', 'S']:
    show('forced ' + answer, pywikibot.input_choice('Option', options, default=answer, force=True))
show('index', pywikibot.input_choice('Option', options, default='s', force=True, return_shortcut=False))
show('tuples', pywikibot.input_choice('Go?', [('Yes', 'y'), StandardOption('No', 'n')], default='n',
                                      force=True))
try:
    pywikibot.input_choice('Option', options, force=True)
except ValueError as e:
    show('ValueError', str(e))


class Stop(ChoiceException):
    pass


try:
    pywikibot.input_choice('Stop?', [Stop('stop now', 'x'), std], default='x', force=True)
except Stop as e:
    show('raised', (e.option, e.shortcut))
