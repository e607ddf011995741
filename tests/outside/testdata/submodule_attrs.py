"""After a bare `import pywikibot`, the submodules pywikibot's __init__
loads are attributes of the package (shalomori123/pywikibot-scripts's
`class TheBot(pywikibot.bot.BaseBot)`, jjmc89-bot's
`pywikibot.bot.suggest_help`)."""
import types

import pywikibot

print(pywikibot.textlib.replaceExcept('a cat', 'cat', 'dog', []))
print(pywikibot.bot.suggest_help.__name__, pywikibot.bot.BaseBot.__name__)
print(pywikibot.i18n.translate('en', {'en': 'yes'}), pywikibot.tools.first_upper('abc'))
print(pywikibot.date.formatYear('en', 2024), pywikibot.throttle.Throttle.__name__)


class TheBot(pywikibot.bot.BaseBot):
    pass


print(TheBot.__mro__[1].__name__)
from pywikibot import textlib  # noqa: E402
print(isinstance(textlib, types.ModuleType), pywikibot.textlib is textlib)
try:
    pywikibot.pagegenerators
except AttributeError:
    print('pagegenerators is not loaded by import pywikibot')
