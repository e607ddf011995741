"""The site methods that return pywikibot 9.6.3's api generators
(PageGenerator, ListGenerator, LogEntryListGenerator) and Page.backlinks:
the class of what each returns, its limit, a limit set by
set_maximum_items before iterating (0: no limit), and the script's own pages a
namespace set by set_namespace keeps. Run by real pywikibot 9.6.3 and by
gowikibot on the same wiki (apigens.out is pywikibot's output)."""
import pywikibot
from pywikibot.data import api

site = pywikibot.Site()
site.login()
texts = {
    'Apigen target': 'The target. {{Apigen tpl}} [[Category:Apigen cat]] {{DEFAULTSORT:Target}}',
    'Apigen linker': 'Links to [[Apigen target]] and [[Apigen redirect]].',
    'Apigen redirect': '#REDIRECT [[Apigen target]]',
    'Apigen via redirect': 'Links to [[Apigen redirect]] only.',
    'Talk:Apigen talk': 'Links to [[Apigen target]] from a talk page.',
    'Template:Apigen tpl': 'A template.',
}
for title, text in texts.items():
    p = pywikibot.Page(site, title)
    if not p.exists() or p.text != text:
        p.text = text
        p.save('apigen seed', quiet=True)
target = pywikibot.Page(site, 'Apigen target')
linker = pywikibot.Page(site, 'Apigen linker')

calls = [
    ('allcategories', lambda: site.allcategories(total=5)),
    ('allimages', lambda: site.allimages(total=5)),
    ('logevents', lambda: site.logevents(total=5)),
    ('pagecategories', lambda: site.pagecategories(target)),
    ('pageimages', lambda: site.pageimages(target)),
    ('watched_pages', lambda: site.watched_pages(total=5)),
    ('allusers', lambda: site.allusers(total=5)),
    ('blocks', lambda: site.blocks(total=5)),
    ('recentchanges', lambda: site.recentchanges(total=5)),
    ('usercontribs', lambda: site.usercontribs(user=site.user(), total=5)),
    ('users', lambda: site.users([site.user()])),
    ('watchlist_revs', lambda: site.watchlist_revs(total=5)),
    ('page_redirects', lambda: site.page_redirects(target)),
    ('pages_with_property', lambda: site.pages_with_property('defaultsort', total=5)),
    ('pagetemplates', lambda: site.pagetemplates(target)),
    ('protectedpages', lambda: site.protectedpages(total=5)),
    ('querypage', lambda: site.querypage('Longpages', total=5)),
    ('pagelinks', lambda: site.pagelinks(linker)),
    ('backlinks', lambda: target.backlinks(follow_redirects=False)),
    ('backlinks total', lambda: site.pagebacklinks(target, total=3)),
]
for label, call in calls:
    gen = call()
    print(label, type(gen).__name__, isinstance(gen, api.QueryGenerator), gen.limit,
          isinstance(gen.request, api.Request))
    gen = call()
    gen.set_maximum_items(1)
    print('  limit 1:', gen.limit, len(list(gen)) <= 1)  # how many: other tests' pages count too


def mine(gen):
    return sorted(p.title() for p in gen if 'Apigen' in p.title())


gen = target.backlinks(follow_redirects=False)
gen.set_namespace(1)
print('backlinks namespace 1:', mine(gen))
for ns in (0, 10):
    gen = site.pagetemplates(target)
    gen.set_namespace(ns)
    print('templates namespace', ns, mine(gen))
print('backlinks:', type(target.backlinks()).__name__, mine(target.backlinks()))
print('backlinks no redirects:', mine(target.backlinks(follow_redirects=False)))
print('backlinks filter_redirects:', mine(target.backlinks(filter_redirects=True)))
print('references:', mine(target.getReferences()))
print('references no redirects:', mine(target.getReferences(follow_redirects=False)))
print('references links only:', type(target.getReferences(with_template_inclusion=False)).__name__,
      mine(target.getReferences(with_template_inclusion=False)))
gen = site.logevents(logtype='create', total=50)
gen.set_namespace(1)
print('create log namespace 1:', sorted({e.page().title() for e in gen if 'Apigen' in e.page().title()}))
gen = site.recentchanges(total=100)
gen.set_namespace([1, 10])
print('recentchanges namespaces 1, 10:', sorted({rc['title'] for rc in gen if 'Apigen' in rc['title']}))
# a total (or a limit) of 0 is no limit, as pywikibot 9.6.3's set_maximum_items
print('total 0:', mine(site.pagebacklinks(target, total=0, follow_redirects=False)),
      mine(site.pagetemplates(target, total=0)), mine(site.allpages(prefix='Apigen', total=0)))
gen = site.allpages(prefix='Apigen')
gen.set_maximum_items(0)
print('limit 0:', mine(gen))
