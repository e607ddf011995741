"""Reset sandbox pages to their standard content.

gowikibot's own implementation of pywikibot's ``clean_sandbox`` script:

    -hours:H        run again every H hours (default: once)
    -delay:M        clean only pages untouched for M minutes (min. 5)
    -text:TEXT      the standard content
    -textfile:FILE  read the standard content from FILE
    -summary:TEXT   edit summary (default: the ``clean_sandbox-cleaned`` message)

plus page generator options for the sandbox pages (default: the wiki's
sandbox, found through Wikidata).
"""
import datetime
import sys
import time

import pywikibot
from pywikibot import i18n, pagegenerators
from pywikibot.bot import Bot, ConfigParserBot
from pywikibot.exceptions import EditConflictError

# Standard sandbox content for a few wikis; others need -text or -textfile.
content = {
    'test': '<noinclude>{{Sandbox}}</noinclude>\n== Please start your testing below this line ==',
    'en': ('{{Sandbox heading}}\n<!-- Hello! Feel free to try your formatting and editing skills '
           'below this line. As this page is for editing experiments, this page will '
           'automatically be cleaned every 12 hours. -->'),
}

# Wikidata items of the sandbox pages.
sandbox_titles = ('Q3938', 'Q28939665')

docuReplacements = {'&params;': pagegenerators.parameterHelp}


class SandboxBot(Bot, ConfigParserBot):
    """Puts the standard content back on sandbox pages."""

    available_options = {
        'hours': -1.0,
        'delay': -1,
        'text': '',
        'summary': '',
    }

    def __init__(self, **kwargs):
        """Work out the delay, the content and the pages."""
        super().__init__(**kwargs)
        if self.opt.delay < 0:
            minutes = min(15, max(5, int(self.opt.hours * 60)))
        else:
            minutes = max(5, self.opt.delay)
        self.delay_td = datetime.timedelta(minutes=minutes)
        self.site = pywikibot.Site()
        self.translated_content = self.opt.text or i18n.translate(self.site, content)
        if not self.translated_content:
            raise RuntimeError('No content is given for sandbox pages, exiting.')
        if not self.generator:
            pages = []
            for item in sandbox_titles:
                finder = getattr(self.site, 'page_from_repository', None)
                page = finder(item) if finder else None
                if page is not None:
                    pages.append(page)
            if pywikibot.bot.suggest_help(missing_generator=not pages):
                sys.exit()
            self.generator = pages

    def treat(self, page):
        """Clean one sandbox page if it needs it."""
        if not page.exists():
            pywikibot.info('*** The sandbox is not existent, skipping.')
            return
        pywikibot.info('Preparing to process sandbox page {}'.format(page))
        if page.isRedirectPage():
            pywikibot.warning('{} is a redirect page, cleaning it anyway'.format(page.title(as_link=True)))
        text = page.text
        summary = self.opt.summary or i18n.twtranslate(self.site, 'clean_sandbox-cleaned')
        standard = self.translated_content
        subst = 'subst:' in standard
        pos = text.find(standard.strip())
        last_user = page.latest_revision.user
        try:
            if text.strip() == standard.strip():
                pywikibot.info('The sandbox is still clean, no change necessary.')
            elif subst and last_user == self.site.user():
                pywikibot.info('The sandbox might be clean, no change necessary.')
            elif pos != 0 and not subst:
                self._clean(page, text, summary)
            else:
                age = pywikibot.Timestamp.utcnow() - page.latest_revision.timestamp
                wait = self.delay_td - age
                if wait <= datetime.timedelta(0):
                    self._clean(page, text, summary)
                else:
                    pywikibot.info('Sandbox edited {:.1f} minutes ago...'.format(age.seconds / 60.0))
                    pywikibot.info('Sleeping for {} minutes.'.format(wait.seconds // 60))
                    pywikibot.sleep(wait.seconds)
                    self.wait = True
        except EditConflictError:
            pywikibot.info('*** Skipping because of an edit conflict.\n')

    def _clean(self, page, old, summary):
        page.put(self.translated_content, summary)
        pywikibot.showDiff(old, self.translated_content)
        pywikibot.info('Standard content was changed, sandbox cleaned.')

    def run(self):
        """Clean the pages once, or every -hours."""
        self.site.login()
        while True:
            self.wait = False
            now = time.strftime('%d %b %Y %H:%M:%S (UTC)', time.gmtime())
            for page in self.generator:
                self.treat(page)
            if self.opt.hours < 0:
                pywikibot.info('\nDone.')
                return
            if not self.wait:
                if self.opt.hours < 1.0:
                    pywikibot.info('\nSleeping {} minutes, now {}'.format(self.opt.hours * 60, now))
                else:
                    pywikibot.info('\nSleeping {} hours, now {}'.format(self.opt.hours, now))
                pywikibot.sleep(self.opt.hours * 60 * 60)


def main(*args):
    """Parse the command line and run the bot."""
    opts = {}
    textfile = None
    factory = pagegenerators.GeneratorFactory()
    for arg in pywikibot.handle_args(args):
        name, _, value = arg.partition(':')
        if not name.startswith('-'):
            continue
        key = name[1:]
        if key == 'hours':
            opts[key] = float(value)
        elif key == 'delay':
            opts[key] = int(value)
        elif key == 'text':
            opts[key] = value or pywikibot.input('What text do you want to substitute?')
        elif key == 'textfile':
            textfile = value or pywikibot.input('What file contains the text you want to substitute with?')
        elif key == 'summary':
            opts[key] = value or pywikibot.input('Enter the summary:')
        else:
            factory.handle_arg(arg)
    if textfile:
        if 'text' in opts:
            pywikibot.error("Arguments -text and -textfile can't be provided at the same time")
            return
        try:
            with open(textfile, encoding='utf-8') as f:
                opts['text'] = f.read()
        except OSError as e:
            pywikibot.error('Error loading {}: {}'.format(textfile, e))
            return
    SandboxBot(generator=factory.getCombinedGenerator(), **opts).run()


if __name__ == '__main__':
    main()
