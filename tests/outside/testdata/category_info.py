"""Category.categoryinfo as pywikibot 9.6.3 gives it (alchimista's
pywikibot-tutorial prints it): the formatversion 1 answer, where 'hidden'
is there only for a hidden category, as ''. gowikibot added
'hidden': False to every category."""
import pywikibot

site = pywikibot.Site()
seed = {'Category:Catinfo visible': 'A category.', 'Category:Catinfo hidden': '__HIDDENCAT__',
        'Catinfo member': '[[Category:Catinfo visible]] [[Category:Catinfo hidden]]',
        'Catinfo other': '[[Category:Catinfo visible]]'}
for title, text in seed.items():
    page = pywikibot.Page(site, title)
    if not page.exists():
        page.text = text
        page.save('seed', quiet=True)
for name in ('Catinfo visible', 'Catinfo hidden', 'Catinfo empty'):
    cat = pywikibot.Category(site, name)
    print(name, sorted(cat.categoryinfo.items()))
print(sorted(site.categoryinfo(pywikibot.Category(site, 'Catinfo hidden')).items()))
