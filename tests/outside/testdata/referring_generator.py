"""pagegenerators.ReferringPageGenerator is gone from pywikibot 7.7.3 and
9.6.3: an old bot that calls it (diegmonti/labs-tools-incolabot's
orphanize_redirects.py) stops with AttributeError there under pywikibot,
before any edit; gowikibot kept the name and the bot edited 2 pages."""
import pywikibot
from pywikibot import pagegenerators

page = pywikibot.Page(pywikibot.Site(), 'Main Page')
print(hasattr(pagegenerators, 'ReferringPageGenerator'), 'ReferringPageGenerator' in pagegenerators.__all__)
try:
    pagegenerators.ReferringPageGenerator(page)
except AttributeError as e:
    # name and obj make an uncaught one end with "Did you mean: ...?"
    print('AttributeError', e, e.name, e.obj is pagegenerators)
print(type(page.getReferences()).__name__ in ('islice', 'PageGenerator', 'generator'))
