"""Wikibase names on a wiki without Wikibase (the test wiki)."""
import pywikibot
from pywikibot import WbTime, WbQuantity, WbMonolingualText, Coordinate
from pywikibot.page import ItemPage, Claim, PropertyPage, WikibasePage
from pywikibot.site import DataSite
from pywikibot.exceptions import WikiBaseError, CoordinateGlobeUnknownError
from pywikibot.bot import WikidataBot

site = pywikibot.Site()
print('repo:', site.data_repository())
print(issubclass(ItemPage, WikibasePage), issubclass(ItemPage, pywikibot.page.BasePage),
      issubclass(DataSite, pywikibot.site.APISite), issubclass(WikiBaseError, pywikibot.exceptions.Error))


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', r)


attempt('WbTime(2024)', lambda: WbTime(2024))
t = WbTime(2024, 1, 31, calendarmodel='http://www.wikidata.org/entity/Q1985727')
attempt('toTimestr', t.toTimestr)
attempt('precision', lambda: (t.precision, WbTime.PRECISION['year']))
t2 = WbTime.fromTimestr('+2010-03-05T00:00:00Z', precision=11, calendarmodel='x')
attempt('toWikibase', lambda: sorted(t2.toWikibase().items()))
attempt('eq', lambda: (t == WbTime(2024, 1, 31, calendarmodel=t.calendarmodel), t == t2))
attempt('WbQuantity', lambda: sorted(WbQuantity(5, error=1).toWikibase().items()))
attempt('WbMonolingualText', lambda: WbMonolingualText('hallo', 'de').toWikibase())
attempt('WbMonolingualText empty', lambda: WbMonolingualText('', 'de'))
attempt('Coordinate', lambda: Coordinate(52.5, 13.4, precision=0.1).site)
attempt('Coordinate.toWikibase', lambda: Coordinate(52.5, 13.4, precision=0.1).toWikibase())
claim = Claim(site.data_repository(), 'p31')
attempt('claim', lambda: (claim.id, claim.getID(), claim.snaktype, claim.rank))
attempt('claim.type', lambda: claim.type)
attempt('ItemPage(None)', lambda: ItemPage(None, 'Q1'))
attempt('ItemPage.fromPage', lambda: ItemPage.fromPage(pywikibot.Page(site, 'Main Page')))
attempt('WikidataBot()', lambda: WikidataBot())
