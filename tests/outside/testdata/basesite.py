# pywikibot.site.BaseSite: the-it/WS_THEbotIT imports it for type hints
# (wiki: BaseSite | None = None) in 10 files.
import pywikibot
from pywikibot.site import BaseSite, APISite

site = pywikibot.Site()
print(isinstance(site, BaseSite), isinstance(site, APISite), issubclass(APISite, BaseSite))


def f(wiki: BaseSite | None = None):
    return wiki


print(f(site) is site, f() is None)
