"""Names old scripts use, as pywikibot 9.6.3 answers them (this round's
probe of pywikibot 3-7 era names): getVersionHistory and canBeEdited are
gone (7.7.3 has neither); userName, editTime and isIpEdit warn as
deprecated; pagegenerators.DuplicateFilterPageGenerator is gone;
site.getcategoryinfo loads the counts and returns None; a sort
key that is not there is None; an unknown site attribute is worded as
pywikibot's BaseSite.__getattr__ words it."""
import warnings

import pywikibot

site = pywikibot.Site()
seed = {'Oldnames page': 'Text.\n[[Category:Oldnames cat]]\n[[Category:Oldnames keyed|Key]]',
        'Category:Oldnames cat': 'c'}
for title, text in seed.items():
    page = pywikibot.Page(site, title)
    if not page.exists():
        page.text = text
        page.save('seed', quiet=True)
page = pywikibot.Page(site, 'Oldnames page')
for name in ('getVersionHistory', 'canBeEdited'):
    try:
        getattr(page, name)
    except AttributeError as e:
        print(e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(page.userName() == page.latest_revision.user, type(page.editTime()).__name__, page.isIpEdit())
for w in caught:
    print(w.category.__name__, w.message)
cat = pywikibot.Category(site, 'Oldnames cat')
print(site.getcategoryinfo(cat), sorted(cat._catinfo.items()))
print(sorted(site.categoryinfo(pywikibot.Category(site, 'Oldnames cat')).items()))
print([(c.title(), c.sortKey) for c in page.categories(with_sort_key=True)])
print([(c.title(), c.sortKey) for c in page.categories()])
for name in ('loggedInAs', 'getToken'):
    try:
        getattr(site, name)
    except AttributeError as e:
        print(e)
print(hasattr(site, 'nosuchthing'), callable(getattr(site, 'hostname')))
# a compat generator neither 7.7.3 nor 9.6.3 has
from pywikibot import pagegenerators  # noqa: E402
print(hasattr(pagegenerators, 'DuplicateFilterPageGenerator'))
