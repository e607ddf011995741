"""The module __getattr__ of the pywikibot package (PEP 562): names that
pywikibot exports but whose modules are loaded only when a script asks
for them (`from pywikibot import WikidataBot`), so that importing
pywikibot stays cheap. pywikibot.bot sets Bot and CurrentPageBot on the
package when it is imported."""

_FROM_BOT = ('Bot', 'CurrentPageBot')


def __getattr__(name):
    if name in _FROM_BOT:
        import pywikibot.bot
        return getattr(pywikibot.bot, name)
    if name == 'WikidataBot':
        from pywikibot._wikidatabot import WikidataBot
        return WikidataBot
    raise AttributeError("module 'pywikibot' has no attribute '{}'".format(name))
