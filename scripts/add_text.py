"""Add a text to pages: at the bottom (before categories and interwiki
links, unless -noreorder) or at the top.

gowikibot's own implementation of pywikibot's ``add_text`` script:

    -text:TEXT      the text to add ("\\n" is a newline)
    -textfile:FILE  read the text from FILE
    -summary:TEXT   edit summary (default: the ``add_text-adding`` message)
    -up             add the text at the top
    -noreorder      append at the very end, without moving categories
    -create         create the page if it does not exist
    -createonly     only create pages; skip existing ones
    -talkpage       work on the talk pages (-talk too)
    -excepturl:RE   skip pages whose HTML matches RE
    -major          do not mark the edits as minor
    -always         save without asking

plus every page generator option.
"""
import re

import pywikibot
from pywikibot import config, pagegenerators, textlib
from pywikibot.bot import AutomaticTWSummaryBot, ExistingPageBot

DEFAULT_ARGS = {
    'text': '',
    'textfile': '',
    'summary': '',
    'up': False,
    'create': False,
    'createonly': False,
    'always': False,
    'minor': True,
    'talk_page': False,
    'reorder': True,
    'regex_skip_url': '',
}

PROMPTS = {
    '-text': 'What text do you want to add?',
    '-textfile': 'Which text file do you want to append to the page?',
    '-summary': 'What summary do you want to use?',
    '-excepturl': 'What url pattern should we skip?',
}

docuReplacements = {'&params;': pagegenerators.parameterHelp}


class AddTextBot(AutomaticTWSummaryBot, ExistingPageBot):
    """Adds the configured text to each page."""

    use_redirects = False
    summary_key = 'add_text-adding'
    update_options = DEFAULT_ARGS

    @property
    def summary_parameters(self):
        """The text for the summary: newlines shown as " - "."""
        return {'adding': re.sub(r'\r?\n', ' - ', self.opt.text[:200])}

    def setup(self):
        """Read the text file; switch to talk pages if asked."""
        if self.opt.textfile:
            with open(self.opt.textfile, encoding=getattr(config, 'textfile_encoding', 'utf-8')) as f:
                self.opt.text = f.read()
        else:
            self.opt.text = self.opt.text.replace('\\n', '\n')
        if self.opt.talk_page:
            self.generator = pagegenerators.PageWithTalkPageGenerator(
                self.generator, return_talk_only=True)

    def skip_page(self, page):
        """Decide whether a page is left alone."""
        if page.exists():
            if self.opt.createonly:
                pywikibot.warning('Skipping because {} already exists'.format(page))
                return True
            if self.opt.regex_skip_url:
                html = page.site.getUrl(page.full_url())
                found = re.findall(self.opt.regex_skip_url, html)
                if found:
                    pywikibot.warning('Skipping {} because -excepturl matches {}.'.format(page, found))
                    return True
        elif page.isTalkPage():
            pywikibot.info("{} doesn't exist, creating it!".format(page))
            return False
        elif self.opt.create or self.opt.createonly:
            return False
        return super().skip_page(page)

    def treat_page(self):
        """Add the text and save."""
        text = self.current_page.text
        if self.opt.up:
            text = self.opt.text + '\n' + text
        elif not self.opt.reorder:
            text = text + '\n' + self.opt.text
        else:
            text = textlib.add_text(text, self.opt.text, site=self.current_page.site)
        self.put_current(text, summary=self.opt.summary, minor=self.opt.minor)


def parse(argv, factory):
    """Return the bot options for a command line; ValueError if wrong."""
    opts = dict(DEFAULT_ARGS)
    rest = factory.handle_args(pywikibot.handle_args(argv))
    for arg in rest:
        name, _, value = arg.partition(':')
        if not value and name in PROMPTS:
            value = pywikibot.input(PROMPTS[name])
        if name in ('-text', '-textfile', '-summary'):
            opts[name[1:]] = value
        elif name in ('-up', '-always', '-create', '-createonly'):
            opts[name[1:]] = True
        elif name in ('-talk', '-talkpage'):
            opts['talk_page'] = True
        elif name == '-noreorder':
            opts['reorder'] = False
        elif name == '-excepturl':
            opts['regex_skip_url'] = value
        elif name == '-major':
            opts['minor'] = False
        else:
            raise ValueError("Argument '{}' is unrecognized".format(name))
    if not opts['text'] and not opts['textfile']:
        raise ValueError("Either the '-text' or '-textfile' is required")
    if opts['text'] and opts['textfile']:
        raise ValueError("'-text' and '-textfile' cannot both be used")
    return opts


def main(*args):
    """Parse the command line and run the bot."""
    factory = pagegenerators.GeneratorFactory()
    try:
        options = parse(args, factory)
    except ValueError as exc:
        pywikibot.bot.suggest_help(additional_text=str(exc))
        return
    AddTextBot(generator=factory.getCombinedGenerator(), **options).run()


if __name__ == '__main__':
    main()
