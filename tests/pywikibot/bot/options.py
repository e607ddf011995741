"""Option handling, suggest_help, counters and the bot class rules,
without editing: prints what pywikibot 9.6.3 prints for the same code."""
import pywikibot
from pywikibot import bot
from pywikibot.bot import (
    BaseBot, CreatingPageBot, CurrentPageBot, ExistingPageBot, OptionHandler, SingleSiteBot,
)
from pywikibot.exceptions import Error


class Handler(OptionHandler):
    available_options = {'foo': 'bar', 'bar': 42, 'baz': False}


h = Handler(baz=True, nope=1)
print(h.opt.foo, h.opt['bar'], h.opt.baz)
h.opt.bar = 4711
h.opt['baz'] = None
print(h.opt.bar, h.opt.baz, sorted(h.opt))
try:
    h.opt.missing
except Error as e:
    print('Error:', e)
try:
    h.opt['other']
except Error as e:
    print('Error:', e)


class MyBot(BaseBot):
    update_options = {'summary': 'default summary', 'count': 3}


b = MyBot(summary='given')
print(b.opt.always, b.opt.summary, b.opt.count, sorted(b.opt.keys()))
b.opt.always = True
print(b.user_confirm('Really?'))
b.counter['read'] += 2
b.counter['custom'] += 1
print(b.counter['read'], b.counter['write'], b.counter['custom'])

print(bot.suggest_help(missing_parameters=['-a', '-b'], unknown_parameters=['-x']))
print(bot.suggest_help(missing_generator=True, additional_text='More text. '))
print(bot.suggest_help())
print(bot.suggest_help(exception=ValueError('bad value'), missing_action=True,
                       missing_dependencies=['mod']))


class Lister(SingleSiteBot, ExistingPageBot):
    """Prints what it would treat."""

    def treat_page(self):
        print('treat', self.current_page.title(), len(self.current_page.text))


site = pywikibot.Site()
pages = [pywikibot.Page(site, t) for t in ('Gen Alpha', 'Gen Missing', 'Gen Delta', 'Gen Beta')]
lister = Lister(generator=iter(pages))
lister.use_redirects = False
lister.run()
print('completed', lister.generator_completed, lister.counter['read'], lister.counter['skip'])


class Creator(CreatingPageBot):
    def treat_page(self):
        print('would create', self.current_page.title())


Creator(generator=[pywikibot.Page(site, 'Gen Alpha'), pywikibot.Page(site, 'Gen Missing')]).run()


class NoTreat(CurrentPageBot):
    pass


try:
    NoTreat(generator=[pywikibot.Page(site, 'Gen Beta')]).run()
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    BaseBot().run()
except NotImplementedError as e:
    print('NotImplementedError:', e)
BaseBot(generator=None).run()
print('done')
