"""Print (and optionally save or get) the pages of a generator.

gowikibot's own implementation of pywikibot's ``listpages`` script:

    -format:F       1 "{num:4d} {page.title}" (default), 2 "{num:4d} [[{page.title}]]",
                    3 "{page.title}", 4 "[[{page.title}]]",
                    5 "{num:4d} {page.loc_title:<40}" (coloured),
                    6 "{num:4d} {page.loc_title:<40} {page.can_title:<40}",
                    7 "{num:4d} {page.loc_title:<40} {page.trs_title:<40}",
                    or a format string of your own
    -outputlang:L   language for the translated titles of format 7
    -notitle        do not print the titles
    -get            print the page texts
    -save[:DIR]     save each page text as a file in DIR
    -encode:ENC     encoding of the saved files
    -tofile:FILE    write the list to FILE
    -put:TITLE      save the list to the page TITLE (-overwrite: even if it
                    exists; -summary:TEXT the edit summary)

plus every page generator option.
"""
import os

import pywikibot
from pywikibot import config
from pywikibot.bot import AutomaticTWSummaryBot, SingleSiteBot, suggest_help
from pywikibot.exceptions import Error
from pywikibot.pagegenerators import GeneratorFactory, parameterHelp

docuReplacements = {'&params;': parameterHelp}


class Formatter:
    """The fields a -format string can use about one page."""

    fmt_options = {
        '1': '{num:4d} {page.title}',
        '2': '{num:4d} [[{page.title}]]',
        '3': '{page.title}',
        '4': '[[{page.title}]]',
        '5': '{num:4d} <<lightred>>{page.loc_title:<40}<<default>>',
        '6': '{num:4d} {page.loc_title:<40} {page.can_title:<40}',
        '7': '{num:4d} {page.loc_title:<40} {page.trs_title:<40}',
    }
    fmt_need_lang = ['7']

    def __init__(self, page, outputlang=None, default='******'):
        """Collect the title variants of page."""
        self.site = page.site
        self.title = page.title(with_ns=False)
        ns = page.namespace()
        self.loc_title = page.title()
        if int(ns):
            self.can_title = ns.canonical_name + ':' + self.title
        else:
            self.can_title = self.title
        self.outputlang = outputlang
        if outputlang is not None:
            try:
                onsite = pywikibot.Site(outputlang, self.site.family)
                name = onsite.namespaces[int(ns)].custom_name
                self.trs_title = (name + ':' if name else '') + self.title
            except Error:
                self.trs_title = '{}:{}'.format(default, self.title)

    def output(self, num=None, fmt='1'):
        """Format the page with a format number or string."""
        fmt = self.fmt_options.get(fmt, fmt)
        if 'trs_title' in fmt and self.outputlang is None:
            raise ValueError("Required format code needs 'outputlang' parameter set.")
        if num is None:
            return fmt.format(page=self)
        return fmt.format(num=num, page=self)


class ListPagesBot(AutomaticTWSummaryBot, SingleSiteBot):
    """Lists the pages of its generator."""

    summary_key = 'listpages-save-list'
    available_options = {
        'always': True,
        'save': None,
        'tofile': None,
        'encode': getattr(config, 'textfile_encoding', 'utf-8'),
        'format': '1',
        'notitle': False,
        'outputlang': None,
        'overwrite': False,
        'preloading': None,
        'summary': '',
        'get': False,
        'put': None,
    }

    def setup(self):
        """Prepare the list and the save directory."""
        self.output_list = []
        self.num = 0
        if self.opt.save is None:
            return
        target = os.path.expanduser(self.opt.save or '.')
        if not os.path.isabs(target):
            target = os.path.normpath(os.path.join(os.getcwd(), target))
        if not os.path.exists(target):
            pywikibot.info('Directory "{}" does not exist.'.format(target))
            if pywikibot.input_yn('Do you want to create it ("No" to continue without saving)?'):
                os.makedirs(target, mode=getattr(config, 'private_folder_permission', 0o700))
            else:
                target = None
        elif not os.path.isdir(target):
            pywikibot.warning('Not a directory: "{}"\nSkipping saving ...'.format(target))
            target = None
        self.opt.save = target

    def treat(self, page):
        """Add one page to the list; print or save its text if asked."""
        self.num += 1
        if self.opt.tofile or not self.opt.notitle:
            line = Formatter(page, self.opt.outputlang).output(num=self.num, fmt=self.opt.format)
            self.output_list.append(line)
        if self.opt['get']:
            try:
                pywikibot.stdout(page.text)
            except Error as err:
                pywikibot.error(err)
        if self.opt.save:
            path = os.path.join(self.opt.save, page.title(as_filename=True))
            pywikibot.info('Saving {} to {}'.format(page.title(), path))
            with open(path, 'wb') as f:
                f.write(page.text.encode(self.opt.encode))
            self.counter['save'] += 1
        if self.opt.preloading is False and self.output_list:
            if self.opt.put:
                pywikibot.stdout(self.output_list[-1])
            else:
                pywikibot.stdout(self.output_list.pop())

    def teardown(self):
        """Print, save or upload the collected list."""
        text = '\n'.join(self.output_list)
        if self.opt.put:
            self.current_page = self.opt.put
            self.put_current(text, summary=self.opt.summary, show_diff=False)
        if self.opt.tofile:
            pywikibot.info('Writing page titles to {}'.format(self.opt.tofile))
            with open(self.opt.tofile, 'w', encoding='utf-8') as f:
                f.write(text)
        if self.opt.preloading is True:
            pywikibot.stdout(text)


def main(*args):
    """Parse the command line and run the bot."""
    options = {}
    target = None
    extra = ''
    unknown = []
    factory = GeneratorFactory()
    rest = factory.handle_args(pywikibot.handle_args(args))
    for arg in rest:
        name, _, value = arg.partition(':')
        key = name[1:]
        if name in ('-get', '-notitle', '-overwrite'):
            options[key] = True
        elif name == '-format':
            fmt = value.replace('\\03{{', '\x03{{')
            if not fmt.strip():
                options['notitle'] = True
            options['format'] = fmt
        elif name in ('-encode', '-outputlang', '-save', '-summary', '-tofile'):
            options[key] = value
        elif name == '-put':
            target = value
        else:
            unknown.append(arg)
    site = pywikibot.Site()
    if target:
        target = pywikibot.Page(site, target)
        if not options.get('overwrite') and target.exists():
            extra = ('Page {} already exists.\nYou can use the -overwrite argument to '
                     'replace the content of this page.'.format(target))
    gen = factory.getCombinedGenerator()
    options['preloading'] = factory.is_preloading
    if suggest_help(missing_generator=not gen, unknown_parameters=unknown,
                    additional_text=extra):
        return
    ListPagesBot(site=site, generator=gen, put=target, **options).run()


if __name__ == '__main__':
    main()
