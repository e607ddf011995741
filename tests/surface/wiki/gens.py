"""pywikibot 9.6.3's page generators and GeneratorFactory options that
gowikibot added, on the test wiki; results are filtered to this script's
own pages ("Gen ...")."""
import pywikibot
from pywikibot import pagegenerators as pg

site = pywikibot.Site()
texts = {
    'Gen lonely': 'Nobody links here. [[Category:Gen cat]]',
    'Gen linker': 'Links to [[Gen target]], [[Gen wanted xyz]] and https://gen.example.org/page',
    'Gen target': 'Linked from Gen linker, no category. {{DEFAULTSORT:Target}}',
    'Gen long': 'x' * 3000,
}
for title, text in texts.items():
    p = pywikibot.Page(site, title)
    p.text = text
    p.save('gen seed', quiet=True)


def mine(gen):
    return sorted(p.title() for p in gen if p.title().startswith('Gen '))


def factory(*args):
    gf = pg.GeneratorFactory(site)
    for a in args:
        if not gf.handle_arg(a):
            print('not an option:', a)
    return gf.getCombinedGenerator()


print('-lonelypages:', mine(factory('-lonelypages')))
print('LonelyPagesPageGenerator:', mine(pg.LonelyPagesPageGenerator(site=site)))
print('-uncat:', mine(factory('-uncat')))
print('-wantedpages:', mine(factory('-wantedpages')))
print('-weblink (http only):', mine(factory('-weblink:gen.example.org')))
print('-weblink:', mine(factory('-weblink:https://gen.example.org')))
print('LinksearchPageGenerator:', mine(pg.LinksearchPageGenerator('gen.example.org', site=site, protocol='https')))
print('-logevents:', mine(factory('-logevents:create,TestBot')))
print('LogeventsPageGenerator:', mine(pg.LogeventsPageGenerator('create', site=site, total=50)))
print('-querypage:Longpages:', mine(factory('-querypage:Longpages')))
print('longpages:', [(p.title(), n) for p, n in site.longpages(total=100) if p.title() == 'Gen long'])
print('LongPagesPageGenerator:', 'Gen long' in mine(pg.LongPagesPageGenerator(site=site)))
print('ancientpages type:', set(type(t).__name__ for _, t in site.ancientpages(total=3)))
try:
    list(site.querypage('NoSuchSpecialPage'))
except ValueError as e:
    print('querypage ValueError:', str(e).startswith('NoSuchSpecialPage not in ['))
try:
    factory('-logevents:nosuchlog')
except NotImplementedError as e:
    print('-logevents:', e)
print('-property (defaultsort):', mine(factory('-property:defaultsort')))
print('page_with_property_generator:', mine(pg.page_with_property_generator('defaultsort', site=site)))
print('get_property_names has defaultsort:', 'defaultsort' in site.get_property_names())
d = pg.DequeGenerator([1, 2])
out = []
for x in d:
    out.append(x)
    if x == 1:
        d.append(3)
print('DequeGenerator:', out)
