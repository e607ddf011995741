"""Seeds the pages the bot tests use (run once per test wiki)."""
import pywikibot

site = pywikibot.Site()
PAGES = [
    ('Bot one', 'The color red. Color of color.'),
    ('Bot two', 'no colours here'),
    ('Bot three', 'color\n{{nobots}}'),
    ('Bot four', '#REDIRECT [[Bot one]]'),
    ('Bot five', 'colorful color'),
    ('Conf a', 'color a'),
    ('Conf b', 'color b'),
    ('Conf c', 'color c'),
    ('Ini one', 'color and color'),
    ('Ini two', 'one color'),
    ('Sim one', 'color sim'),
    ('OAuth one', 'color via oauth'),
    ('TW one', 'color color'),
    ('TW two', 'one color'),
    ('Template:Gen tmpl', 'tmpl body'),
    ('Category:Gen cat', 'the category'),
    ('Category:Gen sub', 'a subcategory [[Category:Gen cat]]'),
    ('Gen Alpha', 'alpha foo [[Gen Beta]] {{Gen tmpl}} [[Category:Gen cat]]'),
    ('Gen Beta', 'beta bar [[Gen Alpha]] [[Category:Gen cat]]'),
    ('Gen Gamma', 'gamma Foo {{Gen tmpl}} [[Category:Gen sub]]'),
    ('Gen Delta', '#REDIRECT [[Gen Alpha]]'),
    ('Gen Beta/Sub', 'sub page [[Gen Alpha]]'),
    ('Talk:Gen Alpha', 'talk foo'),
]
for title, text in PAGES:
    page = pywikibot.Page(site, title)
    page.text = text
    page.save('seed', quiet=True, force=True)
# a page created without the bot flag, so that -newpages lists it
page = pywikibot.Page(site, 'Gen Epsilon')
page.text = 'epsilon foo'
page.save('seed', bot=False, quiet=True)
for i in range(120):
    page = pywikibot.Page(site, 'Many {:03d}'.format(i))
    page.text = 'many page {} {}'.format(i, 'needle' if i % 3 == 0 else 'hay')
    page.save('seed', quiet=True)
print('seeded')
