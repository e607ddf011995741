"""Bot classes and the user interaction around them (gowikibot's own version).

A bot takes pages from its generator, skips those it should not handle,
treats the others, and at the end prints how many pages it read, wrote
and skipped and how long it took, as pywikibot does.
"""
import sys
import time
from collections import Counter

import pywikibot
from pywikibot import config
from pywikibot.exceptions import (  # noqa: F401 (NoPageError, ...: pywikibot.bot re-exports them)
    EditConflictError, Error, LockedPageError, NoPageError, PageSaveRelatedError, ServerError,
    SpamblacklistError, UnknownFamilyError, UnknownSiteError, VersionParseError,
)
from pywikibot import (  # noqa: F401
    calledModuleName, handle_args, input, input_choice, input_yn, showDiff,
)
from pywikibot._lazy import show_help  # noqa: F401
from pywikibot._deprecate import issue_deprecation_warning, redirect_func
from pywikibot.bot_choice import (  # noqa: F401
    AlwaysChoice, Choice, ChoiceException, ContextOption, HighlightContextOption, IntegerOption, ListOption,
    MultipleChoiceList, NestedOption, Option, OutputOption, OutputProxyOption, QuitKeyboardInterruptOption,
    QuitKeyboardInterrupt, ShowingListOption, ShowingMultipleChoiceList, StandardOption, StaticChoice,
    UnhandledAnswer,
)

__all__ = ['BaseBot', 'Bot', 'SingleSiteBot', 'MultipleSitesBot', 'CurrentPageBot',
           'ExistingPageBot', 'NoRedirectPageBot', 'CreatingPageBot', 'RedirectPageBot',
           'FollowRedirectPageBot', 'AutomaticTWSummaryBot', 'ConfigParserBot', 'OptionHandler',
           'suggest_help', 'handle_args', 'input', 'input_yn', 'input_choice', 'calledModuleName',
           'QuitKeyboardInterrupt', 'open_webbrowser', 'writeToCommandLogFile']


def suggest_help(missing_parameters=None, missing_generator=False, unknown_parameters=None,
                 exception=None, missing_action=False, additional_text='',
                 missing_dependencies=None):
    """Report what is wrong with the command line, then point to -help.

    Returns whether anything was reported.
    """
    lines = []
    if exception:
        lines.append('An error occurred: "{}".'.format(exception))
    if missing_generator:
        lines.append('Unable to execute script because no generator was defined.')
    if missing_parameters:
        lines.append('Missing parameter{} "{}".'.format(
            's' if len(missing_parameters) > 1 else '', '", "'.join(missing_parameters)))
    if missing_action:
        lines.append('No action defined.')
    if unknown_parameters:
        lines.append('Unknown parameter{} "{}".'.format(
            's' if len(unknown_parameters) > 1 else '', '", "'.join(unknown_parameters)))
    if missing_dependencies:
        lines.append('Missing dependenc{} "{}".'.format(
            'ies' if len(missing_dependencies) > 1 else 'y', '", "'.join(missing_dependencies)))
    if additional_text:
        lines.append(additional_text.strip())
    if not lines:
        return False
    lines.append('Use -help for further information.')
    pywikibot.error('\n'.join(lines))
    return True


def writeToCommandLogFile():
    """Command logging is not kept by gowikibot; nothing to do."""


def open_webbrowser(page):
    """Open the page in a browser."""
    import webbrowser
    webbrowser.open(page.full_url())
    input('Press Enter when finished in browser.')


class _OptionDict:
    """A bot's options: read and set as items or as attributes; an
    unknown name raises pywikibot's Error."""

    def __init__(self, classname, options):
        self.__dict__['_classname'] = classname
        self.__dict__['_d'] = dict(options)

    def __getitem__(self, key):
        d = self.__dict__['_d']
        if key not in d:
            raise Error("'{}' is not a valid option for {}.".format(key, self.__dict__['_classname']))
        return d[key]

    def __setitem__(self, key, value):
        self.__dict__['_d'][key] = value

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        # __getitem__'s body, without a second call (bots read options per page)
        d = self.__dict__['_d']
        if name not in d:
            raise Error("'{}' is not a valid option for {}.".format(name, self.__dict__['_classname']))
        return d[name]

    def __setattr__(self, name, value):
        self.__dict__['_d'][name] = value

    def __contains__(self, key):
        return key in self.__dict__['_d']

    def __iter__(self):
        return iter(self.__dict__['_d'])

    def __len__(self):
        return len(self.__dict__['_d'])

    def __eq__(self, other):
        if isinstance(other, _OptionDict):
            other = other.__dict__['_d']
        return self.__dict__['_d'] == other

    def __repr__(self):
        return repr(self.__dict__['_d'])

    def keys(self):
        return self.__dict__['_d'].keys()

    def values(self):
        return self.__dict__['_d'].values()

    def items(self):
        return self.__dict__['_d'].items()

    def get(self, key, default=None):
        return self.__dict__['_d'].get(key, default)

    def update(self, *args, **kwargs):
        self.__dict__['_d'].update(*args, **kwargs)

    def copy(self):
        return dict(self.__dict__['_d'])


class OptionHandler:
    """Options of a bot: only the names in available_options are
    accepted; their values there are the defaults."""

    available_options = {}

    def __init__(self, **kwargs):
        self.set_options(**kwargs)

    def set_options(self, **options):
        """Take the options given (the others keep their defaults)."""
        self.opt = _OptionDict(type(self).__name__, self.available_options)
        for name, value in options.items():
            if name in self.available_options:
                self.opt[name] = value
            else:
                pywikibot.warning('{} is not a valid option. It was ignored.'.format(name))


class BaseBot(OptionHandler):
    """A bot: run() feeds the pages of self.generator to treat()."""

    use_disambigs = None
    use_redirects = None
    available_options = {'always': False}
    update_options = {}

    def __init__(self, **kwargs):
        if 'generator' in kwargs:
            gen = kwargs.pop('generator')
            if 'generator' in type(self).__dict__ or 'generator' in self.__dict__:
                pywikibot.warning('{} has a generator already. Ignoring argument.'.format(type(self).__name__))
            else:
                self.generator = gen
        opts = dict(self.available_options)
        opts.update(self.update_options)
        self.available_options = opts
        super().__init__(**kwargs)
        self.counter = Counter()
        self.generator_completed = False
        self.treat_page_type = pywikibot.page.BasePage
        self._current_page = None

    @property
    def current_page(self):
        """The page being worked on."""
        return self._current_page

    @current_page.setter
    def current_page(self, page):
        if page != self._current_page:
            self._current_page = page
            colorized = config.__dict__.get('colorized_output')
            if colorized is None:
                colorized = hasattr(sys.stdout, 'isatty') and sys.stdout.isatty()
            if colorized:
                pywikibot.log('Working on {!r}'.format(page.title()))
                pywikibot.stdout('\n\n>>> <<lightpurple>>{}<<default>> <<<'.format(page.title()))
            else:
                pywikibot.stdout('Working on {!r}'.format(page.title()))

    def user_confirm(self, question):
        """Ask question unless the 'always' option is on; 'a' turns it on."""
        if self.opt.always:
            return True
        choice = input_choice(question, [('Yes', 'y'), ('No', 'N'), ('All', 'a'), ('Quit', 'q')],
                              default='N', automatic_quit=False)
        if choice == 'n':
            return False
        if choice == 'q':
            self.quit()
        if choice == 'a':
            self.opt.always = True
        return True

    def userPut(self, page, oldtext, newtext, **kwargs):
        """Show the diff, ask for confirmation (unless -always), and save
        newtext to page. Returns whether the page was saved."""
        if oldtext.rstrip() == newtext.rstrip():
            pywikibot.output('No changes were needed on {}'.format(page))
            return False
        self.current_page = page
        show_diff = kwargs.pop('show_diff', True)
        if show_diff:
            showDiff(oldtext, newtext)
        if 'summary' in kwargs:
            pywikibot.output('Edit summary: {}'.format(kwargs['summary']))
        page.text = newtext
        return self._save_page(page, page.save, **kwargs)

    def _save_page(self, page, func, *args, **kwargs):
        if not self.user_confirm('Do you want to accept these changes?'):
            return False
        if 'asynchronous' not in kwargs and self.opt.always:
            kwargs['asynchronous'] = True
        ignore_save_related_errors = kwargs.pop('ignore_save_related_errors', False)
        ignore_server_errors = kwargs.pop('ignore_server_errors', False)
        try:
            func(*args, **kwargs)
            self.counter['write'] += 1
            return True
        except PageSaveRelatedError as e:
            if not ignore_save_related_errors:
                raise
            if isinstance(e, EditConflictError):
                pywikibot.output('Skipping {} because of edit conflict'.format(page.title()))
            elif isinstance(e, SpamblacklistError):
                pywikibot.output('Cannot change {} because of blacklist entry {}'.format(
                    page.title(), getattr(e, 'url', '')))
            elif isinstance(e, LockedPageError):
                pywikibot.output('Skipping {} (locked page)'.format(page.title()))
            else:
                pywikibot.error('Skipping {} because of a save related error: {}'.format(page, e))
        except ServerError as e:
            if not ignore_server_errors:
                raise
            pywikibot.error('Server Error while processing {}: {}'.format(page.title(), e))
        return False

    def quit(self):
        """Stop the run (as if the user had chosen quit)."""
        raise QuitKeyboardInterrupt()

    def init_page(self, item):
        """The page to treat for a generator item."""
        return item

    def skip_page(self, page):
        """Whether to skip page (redirect and disambiguation rules)."""
        if isinstance(self.use_redirects, bool) and page.isRedirectPage() is not self.use_redirects:
            pywikibot.warning('Page {} on {} is skipped because it is {}a redirect'.format(
                page, page.site, 'not ' if self.use_redirects else ''))
            return True
        if isinstance(self.use_disambigs, bool):
            is_disambig = page.isDisambig() if hasattr(page, 'isDisambig') else False
            if is_disambig is not self.use_disambigs:
                pywikibot.warning('Page {} on {} is skipped because it is {}a disambig'.format(
                    page, page.site, 'not ' if self.use_disambigs else ''))
                return True
        return False

    def treat(self, page):
        """Handle one page; bots override this (or treat_page)."""
        raise NotImplementedError('Method {}.treat() not implemented.'.format(type(self).__name__))

    def setup(self):
        """Called by run() before the first page."""

    def teardown(self):
        """Called when the run ends."""

    def run(self):
        """Treat every page of the generator, then print the statistics."""
        self._start_ts = time.time()
        self.setup()
        if not hasattr(self, 'generator'):
            raise NotImplementedError('Variable {}.generator not set.'.format(type(self).__name__))
        if suggest_help(missing_generator=self.generator is None):
            return
        try:
            try:
                for item in self.generator:
                    page = self.init_page(item)
                    if not isinstance(page, self.treat_page_type):
                        raise TypeError('"page" is not a {!r} object but {}.'.format(
                            self.treat_page_type, type(page).__name__))
                    if self.skip_page(page):
                        self.counter['skip'] += 1
                        continue
                    self.counter['read'] += 1
                    self.treat(page)
                self.generator_completed = True
            except QuitKeyboardInterrupt:
                pywikibot.output('\nUser quit {} bot run...'.format(type(self).__name__))
            except KeyboardInterrupt:
                if config.__dict__.get('verbose_output'):
                    raise
                pywikibot.output('\nKeyboardInterrupt during {} bot run...'.format(type(self).__name__))
        except BaseException as e:
            # exit() takes no argument, as pywikibot's (scripts replace it,
            # category_redirect with a lambda): the exception is passed aside
            self._exit_exc = e
            try:
                self.exit()
            finally:
                self._exit_exc = None
            raise
        self.exit()

    def _elapsed(self):
        """Whole seconds since run() started (None when it did not)."""
        if not hasattr(self, '_start_ts'):
            return None
        start = self._start_ts
        if hasattr(start, 'timestamp'):
            # a script set it as pywikibot does: a Timestamp (category.py)
            start = start.timestamp()
        return int(time.time() - start)

    def _report(self, exc, read_secs=None):
        """The end-of-run lines: counters, times (when run() set the start
        time; read_secs, the time before the queued saves were waited
        for, divides by the reads), how the script ended."""
        pywikibot.output()
        for op, count in self.counter.items():
            pywikibot.output('{} {} operation{}'.format(count, op, 's' if count > 1 else ''))
        secs = self._elapsed()
        if secs is not None:
            if read_secs is None:
                read_secs = secs
            days, rest = divmod(secs, 86400)
            hours, rest = divmod(rest, 3600)
            minutes, seconds = divmod(rest, 60)
            parts = []
            for value, unit in ((days, 'days'), (hours, 'hours'), (minutes, 'minutes'), (seconds, 'seconds')):
                if value:
                    parts.append('{} {}'.format(value, unit))
            pywikibot.output('Execution time: ' + ', '.join(parts))
            if self.counter['read']:
                pywikibot.output('Read operation time: {:.1f} seconds'.format(read_secs / self.counter['read']))
            for op, count in self.counter.items():
                if not count or op == 'read':
                    continue
                pywikibot.output('{} operation time: {:.1f} seconds'.format(op[:1].upper() + op[1:].lower(), secs / count))
        if exc is None or type(exc) is KeyboardInterrupt:
            pywikibot.output('Script terminated successfully.')
        else:
            pywikibot.output('Script terminated by exception:\n')
            pywikibot.error('{} ({})'.format(exc, type(exc).__name__))

    def exit(self):
        """Tear down and print the statistics (and how the run ended: the
        exception run() is ending with, set aside as _exit_exc)."""
        exc = getattr(self, '_exit_exc', None)
        self.teardown()
        read_secs = self._elapsed()
        # the saves still queued (asynchronous, as with -always) are
        # waited for; the queue stays open, as pywikibot's
        pywikibot.stopme()
        self._report(exc, read_secs)


class Bot(BaseBot):
    """A bot whose site follows the pages it treats."""

    def __init__(self, site=None, **kwargs):
        self._site = site
        super().__init__(**kwargs)

    @property
    def site(self):
        """The current site."""
        if not self._site:
            pywikibot.warning('Bot.site was not set before being retrieved.')
            self._site = pywikibot.Site()
            pywikibot.warning('Using the default site: {}'.format(self._site))
        return self._site

    @site.setter
    def site(self, site):
        self._site = site or None

    def run(self):
        self._auto_update_site = not self._site
        if not self._auto_update_site:
            pywikibot.warning('{}.__init__ set the Bot.site property; this is only needed when the Bot '
                    'accesses many sites.'.format(type(self).__name__))
        super().run()

    def init_page(self, item):
        page = super().init_page(item)
        if getattr(self, '_auto_update_site', False) and (not self._site or page.site != self._site):
            self._site = page.site
        return page


class SingleSiteBot(BaseBot):
    """A bot on one site: pages of other sites are skipped."""

    def __init__(self, site=True, **kwargs):
        if site is True:
            self._site = pywikibot.Site()
        elif site is False:
            raise ValueError("'site' must be a site, True, or None")
        else:
            self._site = site
        super().__init__(**kwargs)

    @property
    def site(self):
        """The bot's site."""
        if not self._site:
            raise ValueError('The site has not been defined yet.')
        return self._site

    @site.setter
    def site(self, value):
        if self._site:
            if self._site == value:
                pywikibot.warning('Defined site without changing it.')
            else:
                pywikibot.warning('Changed the site from "{}" to "{}"'.format(self._site, value))
        self._site = value

    def init_page(self, item):
        page = super().init_page(item)
        if not self._site:
            self.site = page.site
        return page

    def skip_page(self, page):
        if page.site != self.site:
            pywikibot.warning('Skipped {} due to: The bot is on site "{}" but the page on site "{}"'.format(
                page, self.site, page.site))
            return True
        return super().skip_page(page)


class MultipleSitesBot(BaseBot):
    """A bot that works on pages of several sites."""


def _ini_section(path, section):
    """The options of section in the ini file at path, or None."""
    import _gowikibot_ini
    return _gowikibot_ini.read_section(path, section)


def _ini_bool(value):
    v = value.strip().lower()
    if v in ('1', 'yes', 'true', 'on'):
        return True
    if v in ('0', 'no', 'false', 'off'):
        return False
    raise ValueError('Not a boolean: {}'.format(value))


class ConfigParserBot(BaseBot):
    """A bot that also reads its options from the [scriptname] section of
    scripts.ini in the working directory; each value is converted to the
    type of the option's default. Command line options win."""

    INI = 'scripts.ini'

    def set_options(self, **kwargs):
        section = calledModuleName()
        found = _ini_section(self.INI, section)
        if found is None:
            super().set_options(**kwargs)
            return
        pywikibot.output('Reading settings from {} file.'.format(self.INI))
        options = {}
        names = [n for n, _ in found]
        values = dict(found)
        for name, default in self.available_options.items():
            if name not in values:
                continue
            raw = values[name]
            if isinstance(default, bool):
                options[name] = _ini_bool(raw)
            elif isinstance(default, int):
                options[name] = int(raw)
            elif isinstance(default, float):
                options[name] = float(raw)
            else:
                options[name] = raw
        for name in sorted(set(names) - set(options)):
            pywikibot.warning('"{}" is not a valid option. It was ignored.'.format(name))
        options.update(kwargs)
        super().set_options(**options)


class CurrentPageBot(BaseBot):
    """A bot whose treat() sets current_page and calls treat_page()."""

    ignore_save_related_errors = True
    ignore_server_errors = False

    def treat_page(self):
        """Handle self.current_page; bots override this."""
        raise NotImplementedError('Method {}.treat_page() not implemented.'.format(type(self).__name__))

    def treat(self, page):
        self.current_page = page
        self.treat_page()

    def put_current(self, new_text, ignore_save_related_errors=None, ignore_server_errors=None,
                    **kwargs):
        """userPut on the current page with new_text."""
        if ignore_save_related_errors is None:
            ignore_save_related_errors = self.ignore_save_related_errors
        if ignore_server_errors is None:
            ignore_server_errors = self.ignore_server_errors
        return self.userPut(self.current_page, self.current_page.text, new_text,
                            ignore_save_related_errors=ignore_save_related_errors,
                            ignore_server_errors=ignore_server_errors, **kwargs)


class AutomaticTWSummaryBot(CurrentPageBot):
    """put_current with the summary from i18n.twtranslate(site, summary_key)."""

    summary_key = None

    @property
    def summary_parameters(self):
        """Parameters for the summary message."""
        return self.__dict__.get('_summary_parameters', {})

    @summary_parameters.setter
    def summary_parameters(self, value):
        if not isinstance(value, dict):
            raise TypeError('"value" must be a dict but {} was found.'.format(type(value).__name__))
        self._summary_parameters = value

    def put_current(self, *args, **kwargs):
        if not kwargs.get('summary'):
            if self.summary_key is None:
                raise ValueError('The summary_key must be set.')
            from pywikibot import i18n
            summary = i18n.twtranslate(self.current_page.site, self.summary_key,
                                       self.summary_parameters)
            pywikibot.log('Use automatic summary message "{}"'.format(summary))
            kwargs['summary'] = summary
        return super().put_current(*args, **kwargs)


class ExistingPageBot(CurrentPageBot):
    """Treats only pages that exist."""

    def skip_page(self, page):
        if not page.exists():
            pywikibot.warning('Page {} does not exist on {}.'.format(page, page.site))
            return True
        return super().skip_page(page)


class FollowRedirectPageBot(CurrentPageBot):
    """Treats the target of a redirect instead of the redirect."""

    def treat(self, page):
        if page.isRedirectPage():
            page = page.getRedirectTarget()
        super().treat(page)


class CreatingPageBot(CurrentPageBot):
    """Treats only pages that do not exist yet."""

    def skip_page(self, page):
        if page.exists():
            pywikibot.warning('Page {} does already exist on {}.'.format(page, page.site))
            return True
        return super().skip_page(page)


class RedirectPageBot(CurrentPageBot):
    """Treats only redirects (deprecated by pywikibot 7.2 for the BaseBot
    attribute use_redirects = True)."""

    def __init__(self, *args, **kwargs):
        issue_deprecation_warning('RedirectPageBot', "BaseBot attribute 'use_redirects = True'", since='7.2.0')
        super().__init__(*args, **kwargs)

    def skip_page(self, page):
        if not page.isRedirectPage():
            pywikibot.warning('Page {} on {} is skipped because it is not a redirect'.format(page, page.site))
            return True
        return super().skip_page(page)


class NoRedirectPageBot(CurrentPageBot):
    """Treats only pages that are not redirects (deprecated by pywikibot 7.2
    for the BaseBot attribute use_redirects = False)."""

    def __init__(self, *args, **kwargs):
        issue_deprecation_warning('NoRedirectPageBot', "BaseBot attribute 'use_redirects = False'",
                                  since='7.2.0')
        super().__init__(*args, **kwargs)

    def skip_page(self, page):
        if page.isRedirectPage():
            pywikibot.warning('Page {} on {} is skipped because it is a redirect'.format(page, page.site))
            return True
        return super().skip_page(page)


# pywikibot.bot's logging functions are deprecated aliases (since 9.2.0)
# of pywikibot's: each call warns, as in pywikibot 9.6.3. (source_module is
# given: redirect_func cannot find this module's frame, see
# tools._deprecate.add_decorated_full_name.)
critical = redirect_func(pywikibot.critical, source_module='pywikibot.bot', target_module='pywikibot',
                           since='9.2.0')
debug = redirect_func(pywikibot.debug, source_module='pywikibot.bot', target_module='pywikibot',
                        since='9.2.0')
error = redirect_func(pywikibot.error, source_module='pywikibot.bot', target_module='pywikibot',
                        since='9.2.0')
exception = redirect_func(pywikibot.exception, source_module='pywikibot.bot', target_module='pywikibot',
                            since='9.2.0')
log = redirect_func(pywikibot.log, source_module='pywikibot.bot', target_module='pywikibot',
                      since='9.2.0')
output = redirect_func(pywikibot.output, source_module='pywikibot.bot', target_module='pywikibot',
                         since='9.2.0')
stdout = redirect_func(pywikibot.stdout, source_module='pywikibot.bot', target_module='pywikibot',
                         since='9.2.0')
warning = redirect_func(pywikibot.warning, source_module='pywikibot.bot', target_module='pywikibot',
                          since='9.2.0')

# pywikibot exports these from the package itself (see _lazy)
for _name in ('Bot', 'CurrentPageBot'):
    setattr(pywikibot, _name, globals()[_name])


from pywikibot._lazy import bot_dir as __dir__, bot_getattr as __getattr__  # noqa: E402,F401  (loaded on first use)
