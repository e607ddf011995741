#!/usr/bin/env python3
"""A typical user bot: puts the word "colour" in place of "color".

Usage: python userbot.py [generator options] [-always] [-summary:TEXT] [-marker]

&params;
"""
import re

import pywikibot
from pywikibot import pagegenerators
from pywikibot.bot import ConfigParserBot, ExistingPageBot, SingleSiteBot

docuReplacements = {'&params;': pagegenerators.parameterHelp}


class ColourBot(ConfigParserBot, SingleSiteBot, ExistingPageBot):
    """Replaces color with colour on every page it gets."""

    use_redirects = False
    update_options = {
        'summary': 'Bot: color -> colour',
        'marker': False,
        'minimum': 1,
    }

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.changed = []

    def setup(self):
        pywikibot.info(f'{type(self).__name__} on {self.site}: minimum {self.opt.minimum}')

    def treat_page(self):
        page = self.current_page
        text = page.text
        count = len(re.findall(r'\bcolor\b', text))
        if count < self.opt['minimum']:
            pywikibot.info(f'{page.title()}: {count} to replace, skipping')
            self.counter['tooFew'] += 1
            return
        new = re.sub(r'\b(c)olor\b', lambda m: f'{m.group(1)}olour', text)
        if self.opt.marker:
            new += '\n<!-- checked -->'
        if self.put_current(new, summary=f'{self.opt.summary} ({count}x)'):
            self.changed.append(page.title())

    def teardown(self):
        pywikibot.info(f'changed: {", ".join(self.changed) or "nothing"}')


def main(*args):
    options = {}
    local_args = pywikibot.handle_args(args)
    gen_factory = pagegenerators.GeneratorFactory()
    local_args = gen_factory.handle_args(local_args)
    unknown = []
    for arg in local_args:
        name, _, value = arg.partition(':')
        if name == '-summary':
            options['summary'] = value
        elif name in ('-always', '-marker'):
            options[name[1:]] = True
        elif name == '-minimum':
            options['minimum'] = int(value)
        else:
            unknown.append(arg)
    gen = gen_factory.getCombinedGenerator(preload=True)
    if pywikibot.bot.suggest_help(missing_generator=not gen, unknown_parameters=unknown):
        return
    ColourBot(generator=gen, **options).run()


if __name__ == '__main__':
    main()
