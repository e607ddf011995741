"""Null-edit (touch) or purge pages.

gowikibot's own implementation of pywikibot's ``touch`` script:

    -botflag        mark the (null) edits as bot edits
    -purge          purge the pages instead of touching them; with
                    -converttitles, -forcelinkupdate,
                    -forcerecursivelinkupdate and -redirects

plus every page generator option.
"""
import pywikibot
from pywikibot import pagegenerators
from pywikibot.bot import MultipleSitesBot
from pywikibot.exceptions import (
    LockedPageError,
    NoCreateError,
    NoPageError,
    PageSaveRelatedError,
)

docuReplacements = {'&params;': pagegenerators.parameterHelp}


class TouchBot(MultipleSitesBot):
    """Makes a null edit on every page."""

    update_options = {'botflag': False}

    def treat(self, page):
        """Touch one page and count it."""
        try:
            page.touch(bot=self.opt.botflag)
        except (NoCreateError, NoPageError):
            pywikibot.error('Page {} does not exist.'.format(page.title(as_link=True)))
        except LockedPageError:
            pywikibot.error('Page {} is locked.'.format(page.title(as_link=True)))
        except PageSaveRelatedError as e:
            pywikibot.error('Page {} not saved:\n{}'.format(page, e.args))
        else:
            self.counter['touch'] += 1


class PurgeBot(MultipleSitesBot):
    """Purges pages in batches."""

    available_options = {
        'converttitles': None,
        'forcelinkupdate': None,
        'forcerecursivelinkupdate': None,
        'redirects': None,
    }
    batch = 50

    def setup(self):
        """Start with no pending pages."""
        self.pending = []

    def treat(self, page):
        """Queue a page; purge when a batch is full."""
        self.pending.append(page)
        if len(self.pending) >= self.batch:
            self.flush()

    def teardown(self):
        """Purge what is left."""
        if self.pending:
            self.flush()
        self.counter['purge'] += 0

    def flush(self):
        """Purge the pending pages."""
        pages, self.pending = self.pending, []
        opts = {k: v for k, v in self.opt.items() if v is not None}
        done = pages[0].site.purgepages(pages, **opts)
        if done:
            self.counter['purge'] += len(pages)
        pywikibot.info('{} pages{} purged'.format(len(pages), '' if done else ' not'))


def main(*args):
    """Parse the command line and run the bot."""
    options = {}
    unknown = []
    factory = pagegenerators.GeneratorFactory()
    rest = factory.handle_args(pywikibot.handle_args(args))
    bot_class = TouchBot
    for arg in rest:
        if arg == '-purge':
            bot_class = PurgeBot
        elif arg.startswith('-'):
            options[arg[1:].lower()] = True
        else:
            unknown.append(arg)
    if pywikibot.bot.suggest_help(missing_generator=not factory.gens,
                                  unknown_parameters=unknown):
        return
    pywikibot.Site().login()
    gen = factory.getCombinedGenerator(preload=bot_class is TouchBot)
    bot_class(generator=gen, **options).run()


if __name__ == '__main__':
    main()
