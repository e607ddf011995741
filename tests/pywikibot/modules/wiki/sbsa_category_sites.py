"""Category.change_category with and without in_place, the site order,
a one-wiki family taking any code, and cosmetic_changes' link, entity and
footer clean-ups (issue #10 part 2: what category remove, interwiki,
watchlist -count:all and cosmetic_changes need)."""
import warnings

import pywikibot
from pywikibot.cosmetic_changes import CosmeticChangesToolkit

site = pywikibot.Site()
print(site < site, site <= site, site > site, site >= site, sorted([site, site]) == [site, site])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    other = pywikibot.Site('*', site.family.name)
print(other is site, str(other), [str(w.message) for w in caught])

cat = pywikibot.Category(site, 'SbsA cat')
texts = {
    'SbsA 1': 'First.\n[[Category:SbsA cat]]',
    'SbsA 2': 'Second.\n[[Category:SbsA cat|Key]]\n[[Category:SbsA other]]',
    'SbsA 3': 'Third.\n[[Category:SbsA cat|Key]]\n[[Category:SbsA other]]',
    'SbsA 4': 'Fourth.\n[[Category:SbsA cat|Key]]\n[[Category:SbsA other]]',
    'SbsA 5': 'Fifth, not in it.\n[[Category:SbsA other]]',
}
for title, text in texts.items():
    page = pywikibot.Page(site, title)
    page.text = text
    page.save('setup')
new = pywikibot.Category(site, 'SbsA new')
for title, args, kwargs in [
    ('SbsA 1', (cat, None), {'in_place': False}),
    ('SbsA 2', (cat, None), {'in_place': False}),
    ('SbsA 3', (cat, None), {}),
    ('SbsA 4', (cat, new), {'in_place': False, 'sort_key': True}),
    ('SbsA 5', (cat, None), {'in_place': False}),
]:
    page = pywikibot.Page(site, title)
    done = page.change_category(*args, summary='change', **kwargs)
    print(title, done, repr(pywikibot.Page(site, title).get(force=True)))

page = pywikibot.Page(site, 'SbsA 1')
cc = CosmeticChangesToolkit(page)
print(repr(cc.cleanUpLinks('[[Page A|Page A]], [[page b|Page b]], [[Page_C|pages]] and [[Page D|x]] [[ Page E ]].')))
print(repr(cc.resolveHtmlEntities('&eacute; &#8212; &amp; &lt; &#91; &nbsp; &#x41;')))
print(repr(cc.standardizePageFooter('Text.\n[[Category:B]]\nMore text.\n[[Category:A|k]]')))
print(repr(cc.change('Text  \n==H==\n[[Page A|Page A]] &eacute;\n[[Category:A]]')))
