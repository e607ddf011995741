"""A template bot: adds text to every page of a generator.

gowikibot's own implementation of pywikibot's ``basic`` script, with the
same options:

    -summary:TEXT   edit summary (default: the ``basic-changing`` message)
    -text:TEXT      the text to add (default "Test")
    -top            put the text at the top instead of the bottom
    -replace        replace the whole page text by the text
    -always         save without asking

plus every page generator option (``-page``, ``-cat``, ``-start`` ...).
Options can also come from the ``[basic]`` section of scripts.ini.
"""
import pywikibot
from pywikibot import pagegenerators
from pywikibot.bot import (
    AutomaticTWSummaryBot,
    ConfigParserBot,
    ExistingPageBot,
    SingleSiteBot,
)

docuReplacements = {'&params;': pagegenerators.parameterHelp}


class BasicBot(SingleSiteBot, ConfigParserBot, ExistingPageBot,
               AutomaticTWSummaryBot):
    """Adds a fixed text to each existing page it is given."""

    use_redirects = False
    summary_key = 'basic-changing'
    update_options = {
        'replace': False,
        'summary': None,
        'text': 'Test',
        'top': False,
    }

    def treat_page(self):
        """Build the new text of the current page and save it."""
        old = self.current_page.text
        extra = self.opt.text
        if self.opt.replace:
            new = extra
        elif self.opt.top:
            new = extra + old
        else:
            new = old + extra
        self.put_current(new, summary=self.opt.summary)


def main(*args):
    """Parse the command line and run the bot."""
    options = {}
    factory = pagegenerators.GeneratorFactory()
    rest = factory.handle_args(pywikibot.handle_args(args))
    for arg in rest:
        name, _, value = arg.partition(':')
        key = name[1:]
        if key in ('summary', 'text'):
            if not value:
                pywikibot.input('Please enter a value for ' + name)
            options[key] = value
        else:
            options[key] = True
    gen = factory.getCombinedGenerator(preload=True)
    if pywikibot.bot.suggest_help(missing_generator=not gen):
        return
    BasicBot(generator=gen, **options).run()


if __name__ == '__main__':
    main()
