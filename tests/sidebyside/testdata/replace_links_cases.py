"""textlib.replace_links on the configured wiki: every kind of
replacement, the link parts handed to a callable, and the errors."""
import pywikibot
from pywikibot import textlib

site = pywikibot.Site()
target = pywikibot.Page(site, 'Unlink target')
TEXT = ('See [[Unlink target]] here, [[unlink target|there]], '
        '[[Unlink target#Part|a part]], [[Unlink target]]s, '
        '[[Unlink_target|Unlink target]], [[:Unlink target]], '
        '[[Page 001]], [[#Top]], [[Unlink target#Other]] and '
        '[[File:Pic.png|thumb|About [[Unlink target]] here]].')


def show(label, fn):
    try:
        print(label + ': ' + repr(fn()))
    except Exception as e:  # noqa: B902
        print(label + ': ' + type(e).__name__ + ': ' + str(e))


show('unlink', lambda: textlib.replace_links(TEXT, (target, False), site))
show('unlink by title', lambda: textlib.replace_links(TEXT, ('Unlink target', False), site))
show('keep', lambda: textlib.replace_links(TEXT, (target, None), site))
show('to a title', lambda: textlib.replace_links(TEXT, (target, 'Page 002'), site))
show('to a page', lambda: textlib.replace_links(TEXT, (target, pywikibot.Page(site, 'Unlink targets')), site))
show('to a link', lambda: textlib.replace_links(TEXT, (target.title(), pywikibot.Link('Page 003#Sec', site)), site))
show('to a category', lambda: textlib.replace_links(TEXT, (target, 'Category:Seeded'), site))
show('label becomes target', lambda: textlib.replace_links(
    'A [[Unlink target|page 004]] and [[Unlink target|Page 004s]].', (target, 'Page 004'), site))


def callback(link, text, groups, rng):
    print('  link', repr(link.title), repr(link.section), repr(link.anchor), rng,
          sorted((k, v) for k, v in groups.items()))
    if link.title == 'Page 001':
        return None
    if link.section:
        return False
    return '<' + link.title + '>'


show('callable', lambda: textlib.replace_links(TEXT, callback, site))
show('callable bytes', lambda: textlib.replace_links('[[Page 001]]', lambda *a: b'x', site))
show('callable int', lambda: textlib.replace_links('[[Page 001]]', lambda *a: 5, site))
show('three items', lambda: textlib.replace_links(TEXT, (target, False, None), site))
show('bad original', lambda: textlib.replace_links(TEXT, (5, False), site))
show('bad site', lambda: textlib.replace_links(TEXT, (target, False), 'en'))
show('no links', lambda: textlib.replace_links('Plain text.', (target, False), site))
