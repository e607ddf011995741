"""Runs GeneratorFactory options against the seeded pages; prints the
titles each gives and the API requests it took."""
import pywikibot
from pywikibot import pagegenerators

site = pywikibot.Site()
site.namespaces
site.user()

CASES = [
    ['-start:Gen', '-titleregex:^Gen'],
    ['-prefixindex:Gen B'],
    ['-prefixindex:Template:Gen'],
    ['-cat:Gen cat'],
    ['-catr:Gen cat'],
    ['-subcats:Gen cat'],
    ['-prefixindex:Gen', '-ns:1'],
    ['-ns:1', '-prefixindex:Gen'],
    ['-ns:not:0', '-search:Gen'],
    ['-prefixindex:Gen', '-limit:2'],
    ['-prefixindex:Gen', '-grep:fo+'],
    ['-prefixindex:Gen', '-grepnot:fo+'],
    ['-prefixindex:Gen', '-titleregex:a$'],
    ['-prefixindex:Gen', '-titleregexnot:a$'],
    ['-page:Gen Beta', '-page:Gen Gamma', '-page:Gen Beta'],
    ['-file:list.txt'],
    ['-file:plain.txt'],
    ['-links:Gen Alpha'],
    ['-ref:Gen Alpha'],
    ['-transcludes:Gen tmpl'],
    ['-newpages'],
    ['-recentchanges:4'],
    ['-search:Gamma'],
    ['-usercontribs:TestBot', '-titleregex:^Gen [AB]'],
    ['-cat:Gen cat', '-links:Gen Beta', '-intersect'],
    ['-cat:Gen cat', '-page:Gen Gamma'],
    ['-redirectonly:Gen'],
    ['-prefixindex:Gen', '-redirect'],
    ['-prefixindex:Gen', '-redirect:false', '-subpage:0'],
    ['-catfilter:Gen cat', '-prefixindex:Gen'],
    ['-titleregex:x'],
    ['-prefixindex:Many', '-grep:needle'],
    ['-prefixindex:Many', '-limit:60'],
    ['-bogus', '-prefixindex:Gen Be', 'rest'],
]
for args in CASES:
    gf = pagegenerators.GeneratorFactory()
    rest = gf.handle_args(args)
    before = site._call('stats')['requests']
    gen = gf.getCombinedGenerator()
    if gen is None:
        print(' '.join(args), '->', None)
        continue
    pages = list(gen)
    loaded = all(p._loaded for p in pages)
    requests = site._call('stats')['requests'] - before
    titles = [p.title() for p in pages]
    if len(titles) > 8:
        titles = titles[:3] + ['...'] + titles[-2:] + ['({} pages)'.format(len(titles))]
    print(' '.join(args), '->', ', '.join(titles), '| requests', requests, '| loaded', loaded,
          '| rest', rest)

# random pages: two existing main namespace pages
gf = pagegenerators.GeneratorFactory()
gf.handle_args(['-random:2'])
pages = list(gf.getCombinedGenerator())
print('-random:2 ->', len(pages), 'pages, all exist:', all(p.exists() for p in pages),
      'namespaces:', sorted(set(int(p.namespace()) for p in pages)))

# the generator functions scripts call directly
cat = pywikibot.Category(site, 'Category:Gen cat')
print('CategorizedPageGenerator', [p.title() for p in pagegenerators.CategorizedPageGenerator(cat)])
print('AllpagesPageGenerator', [p.title() for p in pagegenerators.AllpagesPageGenerator(
    'Gen', includeredirects=False, total=3)])
# ReferringPageGenerator is gone from pywikibot (7.7.3, 9.6.3): getReferences
print('ReferringPageGenerator', hasattr(pagegenerators, 'ReferringPageGenerator'),
      [p.title() for p in pywikibot.Page(site, 'Gen Alpha').getReferences(only_template_inclusion=False)])
print('LinkedPageGenerator', [p.title() for p in pagegenerators.LinkedPageGenerator(
    pywikibot.Page(site, 'Gen Alpha'))])
gen = pagegenerators.PagesFromTitlesGenerator(['Gen Alpha', 'Talk:Gen Alpha', 'Template:Gen tmpl'])
print('NamespaceFilterPageGenerator', [p.title() for p in pagegenerators.NamespaceFilterPageGenerator(
    gen, ['Talk', 10])])
gen = pagegenerators.PagesFromTitlesGenerator(['Gen Alpha', 'Gen Beta', 'Gen Gamma'])
print('RegexFilterPageGenerator', [p.title() for p in pagegenerators.RegexFilterPageGenerator(
    gen, ['^gen a', 'MMA$'], quantifier='any')])
before = site._call('stats')['requests']
pages = list(pagegenerators.PreloadingGenerator(
    pywikibot.Page(site, 'Many {:03d}'.format(i)) for i in range(0, 120, 2)))
print('PreloadingGenerator', len(pages), 'pages', site._call('stats')['requests'] - before, 'requests',
      pages[5].text)
print('parameterHelp mentions', [o for o in ('-cat', '-start', '-grep', '-ns', '-limit')
                                 if o in pagegenerators.parameterHelp])
titles = ['Gen Alpha', 'Main Page']
print('UserEditFilterGenerator', [p.title() for p in pagegenerators.UserEditFilterGenerator(
    pagegenerators.PagesFromTitlesGenerator(titles), 'TestBot')],
    [p.title() for p in pagegenerators.UserEditFilterGenerator(
        pagegenerators.PagesFromTitlesGenerator(titles), 'TestBot', skip=True)])
