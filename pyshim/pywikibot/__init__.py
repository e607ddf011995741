"""gowikibot's pywikibot package: the names bot scripts use, backed by Go.

Everything here is gowikibot's own implementation of pywikibot's public
interface; the Go core does the HTTP, batching, throttling and logins.
"""
import datetime
import os as _os
import re
import sys

import _gowikibot

from pywikibot import config
from pywikibot._deprecate import deprecated_args as _deprecated_args
# pywikibot 9.6.3 names no exception class, APISite, BaseSite, BasePage or
# Namespace at the package's top level (`from pywikibot import APISite` is
# an ImportError there): they are imported under private names
from pywikibot.exceptions import (
    UnknownFamilyError as _UnknownFamilyError, UnknownSiteError as _UnknownSiteError,
)
from pywikibot.page import Category, FilePage, Link, Page, User  # noqa: F401
from pywikibot.site import APISite as _APISite, BaseSite as _BaseSite

from pywikibot.__metadata__ import __url__, __version__  # noqa: F401 (__copyright__: _lazy)

#: The interpreter's version, as pywikibot has it (a version_info tuple).
PYTHON_VERSION = sys.version_info[:3]

#: The command line arguments (pywikibot.bot keeps them up to date).
argvu = []

#: A wikilink: [[title|label]] (pywikibot.link_regex).
link_regex = re.compile(r'\[\[(?P<title>[^\]|[<>{}]*)(\|.*?)?\]\]')

from pywikibot.page import html2unicode  # noqa: E402,F401


def normalize_username(username):
    """username with underscores and runs of spaces as one space and a
    capital first letter; None for an empty one."""
    if not username:
        return None
    username = re.sub('[_ ]+', ' ', username).strip()
    return username[:1].upper() + username[1:]


def _add_scripts_root():
    """Put the parent of a running script's 'scripts' package on sys.path,
    as pywikibot's pwb.py does, so `import scripts.replace` finds the
    sibling scripts."""
    if not sys.path:
        return
    here = sys.path[0].rstrip('/')
    if here.rsplit('/', 1)[-1] != 'scripts' or not _os.path.exists(here + '/__init__.py'):
        return
    root = here.rsplit('/', 1)[0] or '/'
    if root not in sys.path:
        sys.path.insert(1, root)


_add_scripts_root()
__all__ = ['Site', 'Page', 'Category', 'User', 'FilePage', 'Link', 'Timestamp', 'config',
           'handle_args', 'output', 'info', 'warning', 'error', 'log', 'stdout', 'exception',
           'debug', 'input', 'input_yn', 'input_choice', 'showDiff', 'sleep']


# -- sites --

_sites = {}


def Site(code=None, fam=None, user=None, *, interface=None, url=None):
    """The site (family, code) from the config, or as given: code may be
    a site name 'family:code', or a family name standing for the family's
    one site (Site('meta'), Site('commons')), as in pywikibot."""
    if url:
        if code:
            raise ValueError('URL to the wiki OR a pair of code and family name should be provided')
        fam, code = _gowikibot.site_from_url(url)
    elif code and ':' in code:
        if fam:
            raise ValueError('sitename OR a pair of code and family name should be provided')
        fam, _, code = code.partition(':')
    else:
        if not fam and code and code not in _NO_FAMILY:
            from pywikibot.family import Family as _FileFamily
            try:
                fam = _FileFamily.load(code)
            except _UnknownFamilyError:
                _NO_FAMILY.add(code)
            else:
                if fam.name in _NOT_PYWIKIBOT_FAMILIES and fam._gwb_builtin:
                    fam = None
        code = code or config.mylang
        fam = fam or config.family
    if not (code and fam):
        raise ValueError('Missing Site {}'.format('code' if not code else 'family'))
    if hasattr(fam, 'name'):
        from pywikibot.family import _gwb_family_name
        fam = _gwb_family_name(fam)
    if isinstance(interface, str):
        import pywikibot.site as _site_module
        cls = getattr(_site_module, interface, None)
        if not (isinstance(cls, type) and issubclass(cls, _BaseSite)):
            raise ValueError('Invalid interface name: {}'.format(interface))
        interface = cls
    elif interface is None and fam in _WIKIBASE_FAMILIES:
        import pywikibot.site as _site_module
        interface = _site_module.DataSite
    key = (fam, code)
    site = _sites.get(key)
    if site is None or (interface is not None and not isinstance(site, interface)):
        _run_family_file(fam)
        try:
            site = (interface or _APISite)(code, fam, user)
        except _UnknownSiteError:
            site = _single_code_site(fam, code, user)
            if site is None:
                raise
        _sites[key] = site
        if not _warnings_captured:
            # pywikibot logs (debug) each site it makes: its logging, and
            # so the way Python warnings are shown, is set up by then
            _capture_warnings()
    return site


def _run_family_file(fam):
    """Run a third-party family file in this interpreter before its first
    site is made, as pywikibot's site does (Family.load imports the file in
    the script's process): what the file changes in config (usernames,
    put_throttle, cosmetic_changes_disable, ...) is then this config's. The
    built-in families and family_files URLs have no file to run."""
    path = config.family_files.get(fam)
    if isinstance(path, str) and not path.startswith('<gowikibot>') and '://' not in path:
        from pywikibot.family import Family as _FileFamily
        try:
            _FileFamily.load(fam)
        except _UnknownFamilyError:
            pass


# Codes that Site() found to be no family's name (asked once).
_NO_FAMILY = set()

# Built-in families that pywikibot 9.6.3 does not have (gowikibot keeps
# 'test' for older configurations): Site('test') is the configured
# family's test site there, not this family's.
_NOT_PYWIKIBOT_FAMILIES = {'test'}

# Families whose sites are Wikibase repositories (pywikibot's interface()
# of these families is DataSite).
_WIKIBASE_FAMILIES = {'wikidata'}


def _single_code_site(fam, code, user):
    """As pywikibot's BaseSite: a family whose only code is its own name
    (a family file for one wiki) takes any code, with a warning; None for
    other families."""
    import warnings
    if code == fam:
        return None
    try:
        site = Site(fam, fam, user)
    except _UnknownSiteError:
        return None
    if list(site.family.langs) != [fam]:
        return None
    if fam == config.family and code == config.mylang:
        config.mylang = fam
        warnings.warn('Global configuration variable "mylang" changed to "{}" while instantiating site {}'
                      .format(fam, site), UserWarning)
    warnings.warn('Site {} instantiated using different code "{}"'.format(site, code), UserWarning)
    # a site object of its own, equal to the family's (as pywikibot's)
    return _APISite(fam, fam, user)


# -- output --

_COLOR_NAMES = ['default', 'black', 'blue', 'green', 'aqua', 'red', 'purple', 'yellow', 'lightgray',
                'gray', 'lightblue', 'lightgreen', 'lightaqua', 'lightred', 'lightpurple',
                'lightyellow', 'white']
_COLOR_ALT = '|'.join(_COLOR_NAMES + ['previous'])
_COLOR_RE = re.compile('<<((?:{0})(?:;(?:{0}))?)>>'.format(_COLOR_ALT))
_COLORS = {'default': 0, 'black': 30, 'red': 31, 'green': 32, 'yellow': 33, 'blue': 34, 'purple': 35,
           'aqua': 36, 'lightgray': 37, 'gray': 90, 'lightred': 91, 'lightgreen': 92,
           'lightyellow': 93, 'lightblue': 94, 'lightpurple': 95, 'lightaqua': 96, 'white': 97}


_tty = [None, False]


def _stdout_isatty():
    """sys.stdout.isatty(), asked once per sys.stdout object (a system call
    per line of output otherwise)."""
    out = sys.stdout
    if _tty[0] is not out:
        _tty[1] = out.isatty()
        _tty[0] = out
    return _tty[1]


def _color_runs(texts, tags, colorized):
    """The pieces of a text split at its colour tags (texts[k] is followed
    by tags[k]; 'previous' goes back one colour), as pairs (text, colour):
    colour is the one to switch to after the text when colorized and the
    colour changes, else None. Without colours each line that had a colour
    is marked with ' ***' (pywikibot's terminal UI does the same)."""
    stack = ['default']
    marked = False
    last = len(texts) - 1
    for k, (txt, nxt) in enumerate(zip(texts, tags)):
        cur = stack[-1]
        if nxt == 'previous':
            if len(stack) > 1:
                stack.pop()
            nxt = stack[-1]
        else:
            stack.append(nxt)
        if cur != nxt:
            marked = True
        if marked and not colorized:
            if '\n' in txt:
                txt = txt.replace('\n', ' ***\n', 1)
                marked = False
            elif k == last:
                txt += ' ***'
                marked = False
        yield txt, (stack[-1] if cur != nxt and colorized else None)


def _render(text, stream):
    """The text as pywikibot's terminal shows it on stream: colour tags
    become ANSI colours on a terminal; otherwise they are dropped and each
    coloured line is marked with ' ***'."""
    text = str(text)
    colorized = config.__dict__.get('colorized_output')
    if colorized is None:
        colorized = _stdout_isatty() and not _os.environ.get('NO_COLOR')
    fast = _gowikibot.render_colors(text, colorized)  # the loop below, in Go
    if fast is not None:
        return fast
    parts = _COLOR_RE.split(text)
    out = []
    for txt, color in _color_runs(parts[0::2], parts[1::2] + ['default'], colorized):
        out.append(txt)
        if color is not None:
            fg, _, bg = color.partition(';')
            out.append('\x1b[{}m'.format(_COLORS[fg]))
            if bg:
                out.append('\x1b[{}m'.format(_COLORS[bg] + 10))
    return ''.join(out)


def _write(text, stream, newline=True):
    if not _warnings_captured:
        _capture_warnings()
    text = str(text) + ('\n' if newline else '')
    if _translit is not None and config.__dict__.get('transliterate', True):
        text = _transliterated(text)
    stream.write(_render(text, stream))
    stream.flush()


# _warnings_captured: both done (the output functions stop calling
# _capture_warnings): warnings shown as pywikibot's (_showwarning_set) and
# the 'pywiki' logger's handlers set up (_logging_handlers_set)
_warnings_captured = False
_showwarning_set = False
_logging_handlers_set = False
_logging_set_up = False


def _capture_warnings():
    """Show Python warnings as pywikibot does once its logging is set up
    (by handle_args or the first output; logging.captureWarnings): as
    warning(), "WARNING: " and formatwarning's text (which ends with a
    newline), unless -W options were given; and set up the 'pywiki'
    logger's handlers (pywikibot._loghandlers). Neither the warnings nor
    the logging module is imported for it (start-up): while one is not,
    the next output (and pywikibot._deprecate, before it warns) tries
    again."""
    global _warnings_captured, _logging_set_up, _logging_handlers_set, _showwarning_set
    _logging_set_up = True
    if not _logging_handlers_set and 'logging' in sys.modules:
        # the 'pywiki' logger's handlers, as pywikibot's first output sets
        # them up (only once something has imported logging: nothing can
        # log to it before)
        _logging_handlers_set = True
        from pywikibot import _loghandlers
        if not _loghandlers.initialized:
            _loghandlers.init_handlers()
    if _showwarning_set:
        _warnings_captured = _logging_handlers_set
        return
    warnings = sys.modules.get('warnings')
    if warnings is None:
        return
    _showwarning_set = True
    _warnings_captured = _logging_handlers_set
    if sys.warnoptions:
        return
    original = warnings.showwarning

    def showwarning(message, category, filename, lineno, file=None, line=None):
        if file is not None:
            original(message, category, filename, lineno, file, line)
            return
        warning(warnings.formatwarning(message, category, filename, lineno, line))

    warnings.showwarning = showwarning


# The output function of a user interface that keeps the messages instead of
# showing them (set_interface('buffer')); None: they are written.
_buffer = None

# (encoding, target) of a user interface that cannot show every character
# (its encoding, config.transliteration_target): output is transliterated
# for it while config.transliterate is set; None for UTF-8 (no check).
_translit = None


def _set_output_encoding(encoding, target=None):
    """Say which encodings the output is shown in (the user interface's,
    config.transliteration_target): text is transliterated for them unless
    both are UTF encodings or unset."""
    global _translit
    import codecs

    def narrow(name):
        try:
            return bool(name) and not codecs.lookup(name).name.startswith('utf')
        except LookupError:
            return False  # an encoding Python does not know: shown as it is
    _translit = (encoding or 'utf-8', target or None) if narrow(encoding) or narrow(target) else None


def _initial_output_encoding():
    """_translit for config.console_encoding and transliteration_target as
    user-config.py sets them (nothing to do for UTF-8, the default)."""
    encoding = config.__dict__.get('console_encoding')
    target = config.__dict__.get('transliteration_target')
    if target or (encoding and encoding.lower().replace('_', '-') not in ('utf-8', 'utf8')):
        _set_output_encoding(encoding, target)


_initial_output_encoding()


def _transliterated(text):
    """text as the terminal shows it under _translit (pywikibot's
    UI.stream_output): the characters that the encodings cannot show
    transliterated and marked."""
    from pywikibot.userinterfaces.transliteration import transliterate_text
    return transliterate_text(text, *_translit)


def _out(prefix, msg, stream, newline=True):
    """Show prefix + msg on stream, or hand msg alone to the buffer
    interface as pywikibot's logging handler does."""
    if _buffer is not None:
        _buffer(str(msg))
        return
    # _write and _render's common case inline (a call each saved on every
    # line a script prints)
    if not _warnings_captured:
        _capture_warnings()
    text = prefix + str(msg) + ('\n' if newline else '')
    if _translit is not None and config.__dict__.get('transliterate', True):
        text = _transliterated(text)
    colorized = config.__dict__.get('colorized_output')
    if colorized is None:
        colorized = _stdout_isatty() and not _os.environ.get('NO_COLOR')
    fast = _gowikibot.render_colors(text, colorized)
    stream.write(fast if fast is not None else _render(text, stream))
    stream.flush()


def _msg(msg, args, kwargs):
    """The message of an output function: positional args fill its
    %-placeholders (text=, the deprecated name of msg, is renamed by the
    functions' deprecated_args)."""
    if args:
        msg = msg % args
    return msg


def _logging_function(fn):
    """fn as one of pywikibot.logging's output functions: named as
    pywikibot's (its module is pywikibot.logging) and accepting text= as a
    deprecated name of msg (with pywikibot's FutureWarning)."""
    fn.__module__ = 'pywikibot.logging'
    fn.__full_name__ = 'pywikibot.logging.' + fn.__name__
    return _deprecated_args(text='msg')(fn)


def info(msg='', *args, **kwargs):
    """Show a message to the user (on stderr, as pywikibot does)."""
    msg = _msg(msg, args, kwargs)
    _out('', msg, sys.stderr, kwargs.get('newline', True))


info = _logging_function(info)
output = info  # pywikibot's synonym: the same function


def stdout(msg='', *args, **kwargs):
    """Output for the script's result, on stdout."""
    if args:
        msg = msg % args  # _msg's body
    if _buffer is not None and not config.__dict__.get('verbose_output'):
        if not _warnings_captured:
            _capture_warnings()
        return  # below the buffer interface's level, as pywikibot's
    _out('', msg, sys.stdout, kwargs.get('newline', True))


stdout = _logging_function(stdout)


def _traceback_of(exc_info):
    """The traceback text that logging adds for exc_info (True: the
    exception being handled; an exception; a sys.exc_info() tuple), as
    logging.Formatter.formatException gives it (no newline at its end;
    'NoneType: None' when no exception is handled), or None when exc_info
    is false."""
    if not exc_info:
        return None
    if isinstance(exc_info, BaseException):
        exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
    elif not isinstance(exc_info, tuple):
        exc_info = sys.exc_info()
    if exc_info[0] is None:
        return 'NoneType: None'
    import traceback
    return ''.join(traceback.format_exception(*exc_info)).rstrip('\n')


def _out_logged(prefix, msg, args, kwargs):
    """An output function's message, with the traceback of exc_info after
    it as pywikibot's logging handler writes it: on the next lines, the
    last one without a line end."""
    text = _msg(msg, args, kwargs)
    tb = _traceback_of(kwargs.get('exc_info'))
    if tb is None:
        _out(prefix, text, sys.stderr)
    else:
        _out(prefix, '{}\n{}'.format(text, tb), sys.stderr, newline=False)


def warning(msg, *args, **kwargs):
    _out_logged('WARNING: ', msg, args, kwargs)


warning = _logging_function(warning)


def error(msg, *args, **kwargs):
    _out_logged('ERROR: ', msg, args, kwargs)


error = _logging_function(error)


def critical(msg, *args, **kwargs):
    _out_logged('CRITICAL: ', msg, args, kwargs)


critical = _logging_function(critical)


def _exit_critical():
    """pywikibot 9.6.3's comms.http atexit hook (registered when pywikibot
    is imported): a script ended by an uncaught exception (the runtime
    has printed its traceback and set sys.last_type, as CPython does)
    ends stderr with a CRITICAL line naming it."""
    if hasattr(sys, 'last_type'):
        critical('Exiting due to uncaught exception {}: {}'.format(
            sys.last_type.__name__, sys.last_value))


__import__('atexit').register(_exit_critical)


def log(msg, *args, **kwargs):
    """Log a message (shown with -v)."""
    if not _warnings_captured:
        _capture_warnings()  # the first output sets up, shown or not
    if config.__dict__.get('verbose_output'):
        _out('', _msg(msg, args, kwargs), sys.stderr)


log = _logging_function(log)


def debug(msg, *args, **kwargs):
    if not _warnings_captured:
        _capture_warnings()
    if _buffer is None and (config.__dict__.get('debug') or config.__dict__.get('verbose_output')):
        _write('DEBUG: ' + str(_msg(msg, args, kwargs)), sys.stderr)


debug = _logging_function(debug)


def exception(msg=None, *args, exc_info=True, **kwargs):
    """Report the exception being handled."""
    if msg is None:
        e = sys.exc_info()[1]
        msg = str(e) if e is not None else 'Exception'
        if e is not None and not exc_info:
            msg += ' ({})'.format(type(e).__name__)
    elif isinstance(msg, BaseException):
        msg = str(msg)
    error(msg, *args, exc_info=exc_info)


exception.__module__ = 'pywikibot.logging'
exception.__full_name__ = 'pywikibot.logging.exception'
exception = _deprecated_args(tb='exc_info')(exception)


# -- input --

class _QuitKeyboardInterrupt(KeyboardInterrupt):
    """The user chose to quit: pywikibot's is also the ChoiceException of
    the answer 'quit' ('q'), whose option, shortcut and stop it has (not
    its classes)."""

    stop = True

    def __init__(self):
        KeyboardInterrupt.__init__(self)
        self.option = 'quit'
        self.shortcut = 'q'

    def format(self, default=None):
        """'[q]uit' ('[Q]uit' when it is the default), as its option shows."""
        key = 'Q' if default is not None and str(default).lower() == 'q' else 'q'
        return '[{}]uit'.format(key)

    def test(self, value):
        """Whether the answer value is 'quit' or 'q'."""
        return value.lower() in ('quit', 'q')

    def handled(self, value):
        """Itself for the answer 'quit' or 'q', else None."""
        return self if self.test(value) else None

    def result(self, value):
        """Itself, as a ChoiceException's result."""
        return self


# pywikibot.bot_choice's class (bot_choice and bot import it from here): a
# private name at the top level, where 9.6.3 has none
_QuitKeyboardInterrupt.__name__ = _QuitKeyboardInterrupt.__qualname__ = 'QuitKeyboardInterrupt'
_QuitKeyboardInterrupt.__module__ = 'pywikibot.bot_choice'


def _readline(prompt, password=False):
    sys.stderr.write(prompt)
    sys.stderr.flush()
    if password:
        import getpass
        return getpass.getpass('')
    raw_input = getattr(getattr(sys.modules.get('pywikibot._ui'), 'ui', None), '_raw_input', None)
    if raw_input is not None:
        # the UI object is in use: its _raw_input reads the line (as
        # pywikibot's UI.input does; tests replace it)
        return raw_input()
    line = sys.stdin.readline()
    if not line:
        raise EOFError('EOF when reading a line')
    return line.rstrip('\n')


def _prompt(question, default=''):
    """The question as pywikibot asks it: ending in ':' (or its own '?'
    or ':'), with the default before the end marker."""
    question = question.strip()
    marker = question[-1:]
    if marker in (':', '?'):
        question = question[:-1]
    else:
        marker = ':'
    if default:
        question += ' (default: {})'.format(default)
    return question + marker


def _fill(text, width=77):
    """Wrap text at spaces into lines of at most width characters, as
    pywikibot's textwrap.fill: a line break or tab of the text is a space
    first (a question's own line break stays only where a line ends)."""
    for ws in '\t\n\x0b\x0c\r':
        text = text.replace(ws, ' ')
    lines = []
    line = ''
    for word in text.split(' '):
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += ' ' + word
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return '\n'.join(lines)


def input(question, password=False, default='', force=False):
    """Ask the user a question and return the answer."""
    if _buffer is not None:
        return ui.input(question, password=password, default=default, force=force)
    question = _prompt(question, default)
    if force:
        _write(question, sys.stderr)
        return default
    while True:
        answer = _readline(_render(question + ' ', sys.stderr), password)
        if answer:
            return answer
        if default is not None:
            return default


def input_choice(question, answers, default=None, return_shortcut=True, automatic_quit=True,
                 force=False):
    """Ask a question with one-letter answers; return the shortcut chosen."""
    if _buffer is not None:
        return ui.input_choice(question, answers, default=default, return_shortcut=return_shortcut,
                               automatic_quit=automatic_quit, force=force)
    from pywikibot import bot_choice
    if not isinstance(answers, bot_choice.Option):
        answers = list(answers)
    if isinstance(answers, bot_choice.Option) or any(isinstance(a, bot_choice.Option) for a in answers):
        return bot_choice.choose(question, answers, default, return_shortcut, automatic_quit, force,
                                 write=lambda text: _write(text, sys.stderr),
                                 read=lambda text: _readline(_render(_prompt(text) + ' ', sys.stderr)).strip())
    opts = []
    shortcuts = []
    for a in answers:
        if isinstance(a, (tuple, list)):
            name, key = a[0], a[1]
        else:
            name, key = getattr(a, 'option', str(a)), getattr(a, 'shortcut', str(a)[:1])
        shortcuts.append(key.lower())
        i = name.lower().find(key.lower())
        shown_key = key.upper() if default and key.lower() == str(default).lower() else key.lower()
        if i >= 0:
            opts.append(name[:i] + '[' + shown_key + ']' + name[i + len(key):])
        else:
            opts.append('{} [{}]'.format(name, shown_key))
    if automatic_quit and 'q' not in shortcuts:
        opts.append('[q]uit')
    text = _fill('{} ({})'.format(question, ', '.join(opts)))
    if force and default is not None:
        _write(_prompt(text), sys.stderr)
        return default
    while True:
        answer = _readline(_render(_prompt(text) + ' ', sys.stderr)).strip().lower()
        if not answer and default is not None:
            answer = str(default).lower()
        if answer in shortcuts:
            return answer if return_shortcut else shortcuts.index(answer)
        if automatic_quit and answer == 'q':
            raise _QuitKeyboardInterrupt()


def input_yn(question, default=None, automatic_quit=True, force=False):
    """Ask a yes/no question."""
    if default is not None and not isinstance(default, str):
        default = 'y' if default else 'n'
    return input_choice(question, [('Yes', 'y'), ('No', 'n')], default,
                        automatic_quit=automatic_quit, force=force) == 'y'


# -- diffs --

class _Matcher:
    """Longest-common-block matching of two sequences (the algorithm of
    Ratcliff and Obershelp that pywikibot's diffs rely on)."""

    def __init__(self, a, b, junk=None):
        self.a = a
        self.b = b
        self._junk = junk
        self._blocks = None
        self.index = None
        self.bjunk = set()

    def _build_index(self):
        b, junk = self.b, self._junk
        index = {}
        for k, x in enumerate(b):
            index.setdefault(x, []).append(k)
        self.bjunk = set()
        if junk is not None:
            for x in list(index):
                if junk(x):
                    self.bjunk.add(x)
                    del index[x]
        n = len(b)
        if n >= 200:
            limit = n // 100 + 1
            for x in [x for x, pos in index.items() if len(pos) > limit]:
                del index[x]
        self.index = index

    def longest(self, alo, ahi, blo, bhi):
        if self.index is None:
            self._build_index()
        a, b, index, bjunk = self.a, self.b, self.index, self.bjunk
        bi, bj, size = alo, blo, 0
        run = {}
        for i in range(alo, ahi):
            new = {}
            for j in index.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = run.get(j - 1, 0) + 1
                new[j] = k
                if k > size:
                    bi, bj, size = i - k + 1, j - k + 1, k
            run = new
        for isj in (False, True):
            while bi > alo and bj > blo and (b[bj - 1] in bjunk) == isj and a[bi - 1] == b[bj - 1]:
                bi, bj, size = bi - 1, bj - 1, size + 1
            while bi + size < ahi and bj + size < bhi and (b[bj + size] in bjunk) == isj and \
                    a[bi + size] == b[bj + size]:
                size += 1
        return bi, bj, size

    def blocks(self):
        if self._blocks is not None:
            return self._blocks
        if self._junk is None or self._junk is _char_junk:
            # the same blocks, found in Go (the Python loop below is slow on
            # long lines)
            if self._junk is None:
                self._blocks = _gowikibot.match_blocks(self.a, self.b)
            else:
                self._blocks = _gowikibot.match_blocks(self.a, self.b, ' \t')
            return self._blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = self.longest(alo, ahi, blo, bhi)
            if k:
                found.append((i, j, k))
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self._blocks = merged
        return merged

    def opcodes(self):
        i = j = 0
        out = []
        for ai, bj, size in self.blocks():
            tag = ''
            if i < ai and j < bj:
                tag = 'replace'
            elif i < ai:
                tag = 'delete'
            elif j < bj:
                tag = 'insert'
            if tag:
                out.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                out.append(('equal', ai, i, bj, j))
        return out

    def groups(self, n=0):
        codes = self.opcodes() or [('equal', 0, 1, 0, 1)]
        if codes[0][0] == 'equal':
            t, i1, i2, j1, j2 = codes[0]
            codes[0] = t, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            t, i1, i2, j1, j2 = codes[-1]
            codes[-1] = t, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        out = []
        for t, i1, i2, j1, j2 in codes:
            if t == 'equal' and i2 - i1 > 2 * n:
                group.append((t, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                out.append(group)
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((t, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            out.append(group)
        return out

    def ratio(self):
        matched = sum(k for _, _, k in self.blocks())
        total = len(self.a) + len(self.b)
        return 2.0 * matched / total if total else 1.0

    def quick_ratio(self):
        if isinstance(self.a, str) and isinstance(self.b, str):
            return _gowikibot.quick_ratio(self.a, self.b)
        avail = {}
        for x in self.b:
            avail[x] = avail.get(x, 0) + 1
        matched = 0
        for x in self.a:
            if avail.get(x, 0) > 0:
                avail[x] -= 1
                matched += 1
        total = len(self.a) + len(self.b)
        return 2.0 * matched / total if total else 1.0


def _char_junk(c):
    return c in ' \t'


def _line_compare(a, b):
    """Lines of a replaced block as a line-by-line compare shows them:
    '- ', '+ ' and '? ' (marks under changed characters): difflib's ndiff,
    in Go."""
    return _gowikibot.line_compare(a, b)


def _nl(line):
    return line if line.endswith('\n') else line + '\n'


def _color_line(line, ref=None):
    """Colour a diff line: wholly, or the characters marked in ref."""
    color = {'+': 'lightgreen', '-': 'lightred'}.get(line[:1])
    if ref is None:
        return '<<{}>>{}<<default>>'.format(color, line) if color else line
    return _gowikibot.color_line(line, ref, color)


def _hunk_text(a, b, group):
    text = _gowikibot.hunk_text(a, b, group)  # the code below, in Go
    if text is not None:
        return text
    diff = []
    for t, i1, i2, j1, j2 in group:
        if t == 'equal':
            diff.extend('  ' + _nl(x) for x in a[i1:i2])
        elif t == 'delete':
            diff.extend('- ' + _nl(x) for x in a[i1:i2])
        elif t == 'insert':
            diff.extend('+ ' + _nl(x) for x in b[j1:j2])
        else:
            diff.extend(_nl(x) for x in _line_compare(a[i1:i2], b[j1:j2]))
    out = []
    line1, line2 = '', diff[0]
    for line in diff[1:]:
        fmt, line1, line2 = line1, line2, line
        if line1.startswith('?'):
            continue
        if line2.startswith('?'):
            out.append(_color_line(line1, line2))
            if line1.startswith('+'):
                line2 = ''
            continue
        if line1.startswith('-'):
            out.append(_color_line(line1))
        elif line1.startswith('+'):
            fmt = fmt if fmt.startswith('?') else ''
            fmt = fmt[:min(len(fmt), len(line1))]
            out.append(_color_line(line1, fmt or None))
    if line2.startswith('-'):
        out.append(_color_line(line2))
    elif line2.startswith('+'):
        fmt = line1 if line1.startswith('?') else ''
        fmt = fmt[:min(len(fmt), len(line2))]
        out.append(_color_line(line2, fmt or None))
    return ''.join(out)


def _unified_range(start, stop):
    begin = start + 1
    length = stop - start
    if length == 1:
        return str(begin)
    if not length:
        begin -= 1
    return '{},{}'.format(begin, length)


def showDiff(oldtext, newtext, context=0):
    """Show the difference of two texts as pywikibot does: a hunk per run of
    changed lines with a unified-diff header, removed lines red, added
    lines green, changed characters marked; context lines around hunks."""
    a = oldtext.splitlines(True)
    b = newtext.splitlines(True)
    groups = _Matcher(a, b).groups(0)
    if not groups:
        return
    hunks = []
    prev = None
    for g in groups:
        h = {'a': (g[0][1], g[-1][2]), 'b': (g[0][3], g[-1][4]), 'text': _hunk_text(a, b, g)}
        h['pre'] = h['a'][0] - (prev['a'][1] if prev else 0)
        if prev:
            prev['post'] = h['pre']
        hunks.append(h)
        prev = h
    hunks[-1]['post'] = len(a) - hunks[-1]['a'][1]
    supers = []
    for h in hunks:
        if context and supers and h['pre'] <= context * 2:
            supers[-1].append(h)
        else:
            supers.append([h])

    def ctx(start, end):
        return ''.join('  {}\n'.format(x.rstrip()) for x in a[start:end])
    parts = []
    for sh in supers:
        pre = min(sh[0]['pre'], context)
        post = min(sh[0]['post'], context)
        a0, a1 = sh[0]['a'][0] - pre, sh[-1]['a'][1] + post
        b0, b1 = sh[0]['b'][0] - pre, sh[-1]['b'][1] + post
        text = '<<aqua>>@@ -{} +{} @@<<default>>\n'.format(_unified_range(a0, a1), _unified_range(b0, b1))
        text += ctx(a0, sh[0]['a'][0])
        last = None
        for h in sh:
            if last:
                text += ctx(last['a'][1], h['a'][0])
            last = h
            text += h['text']
        text += ctx(sh[-1]['a'][1], a1)
        parts.append(text)
    info('\n'.join(parts))


# -- time --

class Timestamp(datetime.datetime):
    """A MediaWiki timestamp (UTC)."""

    # pywikibot.time.Timestamp, as pywikibot names it (in pickles: the
    # API cache entries and category databases pywikibot reads)
    __module__ = 'pywikibot.time'
    ISO8601Format = '%Y-%m-%dT%H:%M:%SZ'
    mediawikiTSFormat = '%Y%m%d%H%M%S'
    _ISO8601Format_new = '{0:+05d}-{1:02d}-{2:02d}T{3:02d}:{4:02d}:{5:02d}Z'

    @classmethod
    def _ISO8601Format(cls, sep='T'):  # noqa: N802 (pywikibot's name)
        """The strftime format of the ISO 8601 form with sep between the
        date and the time."""
        assert len(sep) == 1
        return '%Y-%m-%d{}%H:%M:%SZ'.format(sep)

    @classmethod
    def fromISOformat(cls, ts, sep='T'):  # noqa: N802 (pywikibot's name)
        """The Timestamp of an ISO 8601 string (fraction of a second and
        offset allowed), or a copy of a Timestamp."""
        if isinstance(ts, cls):
            return ts.replace()
        if not isinstance(ts, str):
            raise TypeError('ts argument must be a string or a Timestamp object, not {}'
                            .format(type(ts).__name__))
        return cls._from_iso8601('{}{}{}'.format(ts[:10], sep, ts[11:]))

    @classmethod
    def fromtimestampformat(cls, ts, strict=False):
        """The Timestamp of a MediaWiki timestamp (YYYYMMDDHHMMSS; a date
        YYYYMMDD alone unless strict), or a copy of a Timestamp."""
        if isinstance(ts, cls):
            return ts.replace()
        if not isinstance(ts, str):
            raise TypeError('ts argument must be a string or a Timestamp object, not {}'
                            .format(type(ts).__name__))
        if len(ts) == 8 and not strict:
            ts += '000000'
        return cls._from_mw(ts)

    @classmethod
    def set_timestamp(cls, ts):
        """The Timestamp of a Timestamp (itself), a datetime (microseconds
        and tzinfo kept) or a MediaWiki, ISO 8601 or POSIX string."""
        if isinstance(ts, cls):
            return ts
        if isinstance(ts, datetime.datetime):
            return cls._from_datetime(ts)
        if isinstance(ts, str):
            return cls._from_string(ts)
        raise TypeError('Unsupported "ts" type, got "{}" ({})'.format(ts, type(ts).__name__))

    @staticmethod
    def _from_datetime(dt):
        return Timestamp(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond,
                         dt.tzinfo)

    @classmethod
    def _from_mw(cls, timestr):
        if len(timestr) != 14 or not timestr.isdigit() or not timestr.isascii():
            raise ValueError('time data {!r} does not match MW format.'.format(timestr))
        d = datetime.datetime.strptime(timestr, '%Y%m%d%H%M%S')
        return cls(d.year, d.month, d.day, d.hour, d.minute, d.second)

    @classmethod
    def _from_iso8601(cls, timestr):
        # YYYY-MM-DD[T ]HH:MM:SS[[.,]ffffff][Z|+-HH[[:]MM]]
        import re
        m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})'
                         r'(?:[.,](\d{1,6}))?(Z|[+\-]\d{2}:?\d{,2})?', timestr, re.ASCII)
        if not m:
            raise ValueError('time data {!r} does not match ISO8601 format.'.format(timestr))
        fields = [int(g) for g in m.groups()[:6]]
        usec = int(m.group(7).ljust(6, '0')) if m.group(7) else 0
        try:
            d = datetime.datetime(*fields, usec)
        except ValueError:
            raise ValueError('time data {!r} does not match ISO8601 format.'.format(timestr)) from None
        tz = m.group(8)
        if tz and tz != 'Z':
            digits = tz[1:].replace(':', '').ljust(4, '0')
            offset = datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]))
            d -= offset if tz[0] == '+' else -offset
        return cls._from_datetime(d)

    @classmethod
    def _from_posix(cls, timestr):
        import re
        m = re.fullmatch(r'(-?\d{1,13})(?:\.(\d{1,6}))?', timestr, re.ASCII)
        if not m:
            raise ValueError("time data '{}' does not match POSIX format.".format(timestr))
        sec = int(m.group(1))
        usec = int(m.group(2).ljust(6, '0')) if m.group(2) else 0
        if sec < 0 < usec:
            sec -= 1
            usec = 1000000 - usec
        return cls(1970, 1, 1) + datetime.timedelta(seconds=sec, microseconds=usec)

    @classmethod
    def _from_string(cls, timestr):
        for handler in (cls._from_mw, cls._from_iso8601, cls._from_posix):
            try:
                return handler(timestr)
            except ValueError:
                pass
        raise ValueError('time data {!r} does not match any format.'.format(timestr))

    def posix_timestamp(self):
        """Seconds since the epoch, the time taken as UTC."""
        return self.replace(tzinfo=datetime.timezone.utc).timestamp()

    def posix_timestamp_format(self):
        """posix_timestamp with six decimals."""
        return '{:.6f}'.format(self.posix_timestamp())

    @classmethod
    def nowutc(cls, *, with_tz=True):
        """Now in UTC, as pywikibot's: aware (tzinfo UTC) unless with_tz
        is false."""
        if with_tz:
            return cls.now(datetime.timezone.utc)
        return cls.utcnow()

    @classmethod
    def utcnow(cls):
        """Now in UTC, naive (tzinfo None)."""
        d = datetime.datetime.utcnow()
        return cls(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond)

    def isoformat(self, sep='T'):
        return self.strftime(self._ISO8601Format(sep))

    def totimestampformat(self):
        return self.strftime(self.mediawikiTSFormat)

    def __str__(self):
        return self.isoformat()

    def __format__(self, spec):
        # as datetime's: str() for an empty spec (the ISO form above, as in
        # '{}'.format(ts)), strftime otherwise
        return str(self) if not spec else self.strftime(spec)

    def __repr__(self):
        # datetime's, under the class's name (as pywikibot's: trailing
        # zero fields left out, microseconds and tzinfo shown)
        s = datetime.datetime.__repr__(self)
        return type(self).__name__ + s[s.find('('):]


# -- command line --

def handle_args(args=None, do_help=True):
    """Apply pywikibot's global options among args (default: sys.argv[1:])
    and return the other arguments."""
    if not args:
        args = sys.argv[1:]
    if not _warnings_captured:
        _capture_warnings()
    # A script may choose its default site before handling the arguments
    # (commons_information sets config.family and config.mylang to
    # 'commons'); as in pywikibot, the command line applies on top of that.
    loaded = _gowikibot.config()
    chosen = ['-family:' + str(config.family)] if config.family != loaded.get('family') else []
    if config.mylang != loaded.get('mylang'):
        chosen.append('-lang:' + str(config.mylang))
    rest = _gowikibot.handle_args(chosen + list(args))
    config._load()
    if do_help:
        # pywikibot takes -help and -help:VALUE (-help:global adds the
        # global options); -h and --help are left to the script.
        value = None
        for arg in rest:
            if arg == '-help' or arg.startswith('-help:'):
                value = arg[6:] or True
        if value:
            main = sys.modules.get('__main__')
            doc = getattr(main, '__doc__', None) or 'No help available.'
            for key, val in (getattr(main, 'docuReplacements', None) or {}).items():
                doc = doc.replace(key, val.strip('\n\r'))
            stdout(doc)
            from pywikibot import _showhelp
            if value == 'global':
                stdout(_showhelp._GLOBAL_HELP.format(calledModuleName()))
            else:
                stdout(_showhelp._GLOBAL_HELP_NOTE)
            sys.exit(0)
    if calledModuleName() != 'generate_user_files':
        _check_site()
    return rest


def _check_site(wrapper=False):
    """Make the site the options name, as pywikibot's handle_args does, so
    that a family or code the configuration does not have ends the run
    there ("ERROR: ... (UnknownFamilyError)", exit status 1) before the
    script goes on; gowikibot's Site makes no request. For pwb.py's
    wrapper (gowikibot's, with global options before the script's name:
    wrapper) the site is not kept, as there."""
    try:
        Site()
    except (_UnknownFamilyError, _UnknownSiteError):
        exception(exc_info=False)
        sys.exit(1)
    if wrapper:
        _sites.clear()


def sleep(secs):
    import time
    if secs >= 30:
        stopme()
    if secs >= config.__dict__.get('noisysleep', 3.0):
        info('Sleeping for {:.1f} seconds, {}'.format(
            secs, datetime.datetime.now().strftime('%Y-%m-%d %H:%M:%S')))
    time.sleep(secs)


def stopme():
    """Wait for the asynchronous saves queued so far (page_put_queue),
    as pywikibot's stopme: BaseBot.exit calls it, and sleep() before a long
    wait. Nothing was queued while pywikibot._async is not loaded."""
    _async = sys.modules.get('pywikibot._async')
    if _async is not None:
        _async._flush(False)


def calledModuleName():
    main = sys.modules.get('__main__')
    f = getattr(main, '__file__', '') or ''
    return _os.path.splitext(_os.path.basename(f))[0] or 'terminal-interface'


def translate(code, xdict, parameters=None, fallback=False):
    """i18n.translate."""
    from pywikibot import i18n
    return i18n.translate(code, xdict, parameters=parameters, fallback=fallback)
from pywikibot._lazy import package_dir as __dir__, package_getattr as __getattr__, show_help  # noqa: E402,F401
from pywikibot._lazy import install_submodules as _install_submodules  # noqa: E402
_install_submodules(globals())
