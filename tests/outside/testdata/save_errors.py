"""Save errors as pywikibot 9.6.3 reports them: an API error its editpage
does not map (here protectednamespace-interface: the bot may not edit
MediaWiki: pages) comes out of a synchronous save() as OtherPageSaveError
wrapping the APIError; an asynchronous save (BaseBot's with -always, as
KurdishWikipedia/pywikibot's spam_remover.py runs) reports it on stderr and
the bot goes on, counting the write."""
import time

import pywikibot
from pywikibot.bot import CurrentPageBot

run = 'Se{} '.format(int(time.time() * 1000) % 10 ** 9)
site = pywikibot.Site()


class Bot(CurrentPageBot):
    def treat_page(self):
        # new text on every run: the test runs pywikibot after gowikibot
        self.put_current('text of ' + run, summary='save errors', show_diff=False)


bot = Bot(generator=[pywikibot.Page(site, 'MediaWiki:Save errors async'), pywikibot.Page(site, 'Save errors ok')],
          always=True)
bot.run()
print('bot writes', bot.counter['write'])

page = pywikibot.Page(site, 'MediaWiki:Save errors direct')
page.text = 'x'
page.save('asynchronous', asynchronous=True, quiet=True)
print('after an asynchronous save')
seen = []
page.save('callback', callback=lambda p, err: seen.append(type(err).__name__), quiet=True)
print('callback got', seen)
try:
    page.save('synchronous', quiet=True)
except pywikibot.exceptions.Error as e:
    print('synchronous', type(e).__name__, type(e.reason).__name__, e.reason.code)
