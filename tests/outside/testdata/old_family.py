"""A Family subclass with an initializer, made in a script (brosquinha/sww-bot
registers StarWarsWikiFamily() in Family._families after silencing
pywikibot.exceptions._NotImplementedWarning): pywikibot 9.6.3 refuses it
with RuntimeError; gowikibot stopped earlier (no _NotImplementedWarning)
and, with it, made the family."""
import warnings
import pywikibot
from pywikibot import exceptions
print(exceptions._NotImplementedWarning.__mro__[1:])
print(issubclass(exceptions.NotImplementedWarning, exceptions._NotImplementedWarning))
print(exceptions.ArgumentDeprecationWarning.__mro__[1:])
warnings.simplefilter("ignore", category=pywikibot.exceptions._NotImplementedWarning)
from pywikibot import family


class OldFamily(family.Family):
    def __init__(self):
        family.Family.__init__(self)
        self.name = 'oldfam'
        self.langs = {'pt': 'old.example.org'}


try:
    OldFamily()
except RuntimeError as e:
    print('RuntimeError', e)
