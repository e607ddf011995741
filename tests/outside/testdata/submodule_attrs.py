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
# pywikibot.data.api, .data.wikistats, .comms.http and site._namespace come
# with `import pywikibot` too (a script's pywikibot.data.api.Request(...))
print(pywikibot.data.api.Request.__name__, pywikibot.comms.http.fetch.__name__,
      pywikibot.data.wikistats.WikiStats.__name__, pywikibot.site._namespace.Namespace.__name__)
print('api' in dir(pywikibot.data), 'http' in dir(pywikibot.comms))
try:
    pywikibot.data.nosuch
except AttributeError as e:
    print(e)
