"""A typical user bot script: a SingleSiteBot subclass that shortens the
labels of links with re.sub and reports what it did (used by the
side-by-side test, run as a file by both pywikibot and gowikibot)."""
import re

import pywikibot
from pywikibot import pagegenerators
from pywikibot.bot import ExistingPageBot, SingleSiteBot

LABEL = re.compile(r'\[\[(Page \d+)\|the next one\]\]')


class TidyLinksBot(SingleSiteBot, ExistingPageBot):
    """Rewrites [[Page N|the next one]] as [[Page N|next]]."""

    update_options = {'summary': 'Tidy link labels'}

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.tidied = []

    def treat_page(self):
        page = self.current_page
        new, n = LABEL.subn(lambda m: f'[[{m.group(1)}|next]]', page.text)
        if not n:
            pywikibot.stdout(f'{page.title()}: nothing to tidy')
            return
        self.tidied.append((page.title(), n))
        self.put_current(new, summary=f'{self.opt.summary} ({n} links)')

    def teardown(self):
        for title, n in sorted(self.tidied):
            pywikibot.stdout(f'{title}: {n} links tidied')
        pywikibot.stdout(f'{len(self.tidied)} pages tidied')


def main(*args):
    options = {}
    factory = pagegenerators.GeneratorFactory()
    for arg in factory.handle_args(pywikibot.handle_args(args)):
        name, _, value = arg.partition(':')
        if name == '-always':
            options['always'] = True
        elif name == '-summary':
            options['summary'] = value
    gen = factory.getCombinedGenerator(preload=True)
    if pywikibot.bot.suggest_help(missing_generator=not gen):
        return
    TidyLinksBot(generator=gen, **options).run()


if __name__ == '__main__':
    main()
