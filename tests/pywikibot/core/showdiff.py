"""showDiff cases: the same program runs under pywikibot 9.6.3 (recorded
into showdiff.out) and under gowikibot."""
import sys

import pywikibot

CASES = [
    ('a\nb\nc\n', 'a\nB\nc\n'),
    ('line one\nline two\nline three\nline four\nline five\n',
     'line one\nline 2\nline three\nline four\nline five\nline six\n'),
    ('Hello world, this is text.\n[[Category:X]]',
     'Hello World, this is text.\n\n[[Category:X]]\n[[Category:Y]]'),
    ('', 'new page'),
    ('old', ''),
    ('x\n' * 12, 'x\n' * 5 + 'y\n' + 'x\n' * 6),
    ("'''Sandbox''' is a page for testing edits.\n\n== Section ==\nSome text here.\n"
     "More text with a [[link]].\n{{Template|a=1|b=2}}\n\n[[Category:Tests]]\n",
     "'''Sandbox''' is a page for testing changes.\n\n== Section ==\nSome text here.\n"
     "More text with a [[link|label]].\n{{Template|a=1|b=3}}\n\n[[Category:Tests]]\n[[Category:Demo]]\n"),
    ('{{Infobox\n| name = Foo\n| born = 1900\n}}\nFoo was a person.\n',
     '{{Infobox\n| name = Foo Bar\n| born = 1901\n| died = 1980\n}}\nFoo Bar was a person.\n'),
    ('alpha beta gamma delta\nsecond line\nthird line\nfourth line\nfifth line\nsixth line\n'
     'seventh line\neighth line\n',
     'alpha beta  gamma delta\nsecond line\nthird line\nfourth line\nfifth line\nsixth line\n'
     'seventh line changed\neighth line\n'),
    ('same\n', 'same\n'),
    ('tab\there\n', 'tab  here\n'),
    ('Unicode: äöü ß\n', 'Unicode: ÄÖÜ ß!\n'),
]

# A long page (over 200 lines, with popular repeated lines).
_BIG = ''.join('Line number {} with some text [[Link {}]] and {{{{T|{}}}}}\n'.format(i, i % 7, i % 3)
               for i in range(400)) + '\n' * 5 + '}}\n' * 30
CASES.append((_BIG, _BIG.replace('Line number 10 ', 'Line number ten ').replace(
    '[[Link 3]] and {{T|0}}\nLine number 100', '[[Link 3]]\nLine number 100').replace(
    'Line number 399 with', 'Line number 399 without') + 'appended\n'))
CASES.append(('}}\n' * 250 + 'end\n', '}}\n' * 120 + 'middle\n' + '}}\n' * 130 + 'end!\n'))

for k, (old, new) in enumerate(CASES):
    for ctx in (0, 1, 3):
        print('== case {} context {}'.format(k, ctx), flush=True)
        pywikibot.showDiff(old, new, context=ctx)
        sys.stderr.flush()
print('== output tags', flush=True)
pywikibot.output('plain line')
pywikibot.output('<<lightgreen>>green<<default>> then plain')
pywikibot.output('two\n<<red>>lines<<default>> here\nthird')
pywikibot.info('nested <<yellow>>a <<blue>>b<<previous>> c<<default>> d')
pywikibot.info('<<black;yellow>>SIMULATION: edit action blocked.<<default>>')
pywikibot.info('end <<red>>open')
sys.stderr.flush()
