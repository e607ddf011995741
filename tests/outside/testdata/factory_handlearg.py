"""GeneratorFactory.handleArg, the name before handle_arg (gone in
pywikibot 7.7.3 and 9.6.3): old bots call it (PersianWikipedia/fawikibot's
refdenamer.py, jhsoby/pywikibot-changepagelang) and stop with
AttributeError under pywikibot before touching a page."""
from pywikibot import pagegenerators

factory = pagegenerators.GeneratorFactory()
print(hasattr(factory, 'handleArg'), hasattr(factory, 'handle_arg'))
try:
    factory.handleArg('-page:Anything')
except AttributeError as e:
    print('AttributeError', e)
print(factory.handle_arg('-page:Anything'), factory.handle_arg('-nosuchoption'))
