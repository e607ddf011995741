"""AutomaticTWSummaryBot: the summary comes from the i18n bundle beside
this script (i18n/colourbot/en.json)."""
import re

import pywikibot
from pywikibot import pagegenerators
from pywikibot.bot import AutomaticTWSummaryBot, ExistingPageBot, SingleSiteBot


class TWBot(AutomaticTWSummaryBot, SingleSiteBot, ExistingPageBot):
    summary_key = 'colourbot-summary'

    def treat_page(self):
        text = self.current_page.text
        self.summary_parameters = {'count': len(re.findall('color', text))}
        self.put_current(text.replace('color', 'colour'))


class NoKey(AutomaticTWSummaryBot, SingleSiteBot):
    def treat_page(self):
        self.put_current(self.current_page.text + 'x')


def main():
    local_args = pywikibot.handle_args()
    factory = pagegenerators.GeneratorFactory()
    local_args = factory.handle_args(local_args)
    TWBot(generator=factory.getCombinedGenerator(), always=True).run()
    bot = TWBot()
    try:
        bot.summary_parameters = ['no']
    except TypeError as e:
        print('TypeError:', e)
    try:
        NoKey(generator=[pywikibot.Page(bot.site, 'TW one')], always=True).run()
    except ValueError as e:
        print('ValueError:', e)


if __name__ == '__main__':
    main()
