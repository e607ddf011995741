"""gowikibot's pywikibot package: the names bot scripts use, backed by Go.

Everything here is gowikibot's own implementation of pywikibot's public
interface; the Go core does the HTTP, batching, throttling and logins.
"""
import datetime
import os
import re
import sys

import _gowikibot

from pywikibot import config
from pywikibot.exceptions import (  # noqa: F401
    APIError, ArticleExistsConflictError, CaptchaError, CascadeLockedPageError,
    CircularRedirectError, EditConflictError, Error, InvalidPageError, InvalidTitleError,
    IsNotRedirectPageError, IsRedirectPageError, LockedNoPageError, LockedPageError,
    MaxlagTimeoutError, NoCreateError, NoMoveTargetError, NoPageError, NoUsernameError,
    OtherPageSaveError, PageCreatedConflictError, PageDeletedConflictError, PageRelatedError,
    PageSaveRelatedError, SectionError, ServerError, SiteDefinitionError, SpamblacklistError,
    TimeoutError, TitleblacklistError, TranslationError, UnknownExtensionError, UnknownFamilyError,
    UnknownSiteError, UserRightsError,
)
from pywikibot.page import BasePage, Category, FilePage, Link, Page, User  # noqa: F401
from pywikibot.site import APISite, Namespace  # noqa: F401

__version__ = '9.6.3'
__all__ = ['Site', 'Page', 'Category', 'User', 'FilePage', 'Link', 'Timestamp', 'config',
           'handle_args', 'output', 'info', 'warning', 'error', 'log', 'stdout', 'exception',
           'debug', 'input', 'input_yn', 'input_choice', 'showDiff', 'sleep']


# -- sites --

_sites = {}


def Site(code=None, fam=None, user=None, interface=None, url=None):
    """The site (family, code) from the config, or as given."""
    if url is not None:
        fam, code = _gowikibot.site_from_url(url)
    if fam is None:
        fam = config.family
    if hasattr(fam, 'name'):
        fam = fam.name
    if code is None:
        code = config.mylang
    key = (fam, code)
    if key not in _sites:
        _sites[key] = APISite(code, fam, user)
    return _sites[key]


# -- output --

_COLOR_RE = re.compile(r'<<(?:default|previous|black|blue|green|aqua|red|purple|yellow|white|gray|'
                       r'light(?:blue|green|aqua|red|purple|yellow|gray)|[a-z]+;[a-z]+)>>')
_COLORS = {'red': 31, 'green': 32, 'yellow': 33, 'blue': 34, 'purple': 35, 'aqua': 36,
           'lightred': 91, 'lightgreen': 92, 'lightyellow': 93, 'lightblue': 94,
           'lightpurple': 95, 'lightaqua': 96, 'gray': 90, 'lightgray': 37, 'white': 97}


def _render(text, stream):
    text = str(text)
    tty = hasattr(stream, 'isatty') and stream.isatty() and not os.environ.get('NO_COLOR')
    if not tty:
        return _COLOR_RE.sub('', text)

    def repl(m):
        name = m.group(0)[2:-2]
        if name in ('default', 'previous'):
            return '\x1b[0m'
        return '\x1b[{}m'.format(_COLORS.get(name.split(';')[0], 0))
    return _COLOR_RE.sub(repl, text) + '\x1b[0m'


def _write(text, stream, newline=True):
    stream.write(_render(text, stream) + ('\n' if newline else ''))
    stream.flush()


def output(text='', *args, **kwargs):
    """Show a message to the user (on stderr, as pywikibot does)."""
    if args:
        text = text % args
    _write(text, sys.stderr, kwargs.get('newline', True))


def info(text='', *args, **kwargs):
    output(text, *args, **kwargs)


def stdout(text='', *args, **kwargs):
    """Output for the script's result, on stdout."""
    if args:
        text = text % args
    _write(text, sys.stdout, kwargs.get('newline', True))


def warning(text='', *args, **kwargs):
    if args:
        text = text % args
    _write('WARNING: ' + str(text), sys.stderr)


def error(text='', *args, **kwargs):
    if args:
        text = text % args
    _write('ERROR: ' + str(text), sys.stderr)


def critical(text='', *args, **kwargs):
    if args:
        text = text % args
    _write('CRITICAL: ' + str(text), sys.stderr)


def log(text='', *args, **kwargs):
    """Log a message (shown with -v)."""
    if config.__dict__.get('verbose_output'):
        if args:
            text = text % args
        _write(text, sys.stderr)


def debug(text='', *args, **kwargs):
    if config.__dict__.get('debug') or config.__dict__.get('verbose_output'):
        if args:
            text = text % args
        _write('DEBUG: ' + str(text), sys.stderr)


def exception(msg=None, *args, exc_info=True, **kwargs):
    """Report the exception being handled."""
    e = sys.exc_info()[1]
    if msg is None:
        msg = '{}: {}'.format(type(e).__name__, e) if e is not None else 'Exception'
    elif isinstance(msg, BaseException):
        msg = '{}: {}'.format(type(msg).__name__, msg)
    error(msg, *args)


# -- input --

class QuitKeyboardInterrupt(KeyboardInterrupt):
    """The user chose to quit."""


def _readline(prompt, password=False):
    sys.stderr.write(prompt)
    sys.stderr.flush()
    if password:
        import getpass
        return getpass.getpass('')
    line = sys.stdin.readline()
    if not line:
        raise EOFError('EOF when reading a line')
    return line.rstrip('\n')


def input(question, password=False, default='', force=False):
    """Ask the user a question and return the answer."""
    if force:
        return default
    prompt = question + (' (default: {})'.format(default) if default else '') + ' '
    answer = _readline(prompt, password)
    return answer or default


def input_choice(question, answers, default=None, return_shortcut=True, automatic_quit=True,
                 force=False):
    """Ask a question with one-letter answers; return the shortcut chosen."""
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
    if force and default is not None:
        return default
    while True:
        answer = _readline('{} ({}) '.format(question, ', '.join(opts))).strip().lower()
        if not answer and default is not None:
            answer = str(default).lower()
        if answer in shortcuts:
            return answer if return_shortcut else shortcuts.index(answer)
        if automatic_quit and answer == 'q':
            raise QuitKeyboardInterrupt()


def input_yn(question, default=None, automatic_quit=True, force=False):
    """Ask a yes/no question."""
    if default is not None and not isinstance(default, str):
        default = 'y' if default else 'n'
    return input_choice(question, [('Yes', 'y'), ('No', 'n')], default,
                        automatic_quit=automatic_quit, force=force) == 'y'


# -- diffs --

def _diff_ops(a, b):
    """Line-level LCS diff: a list of (tag, line) with tag ' ', '-', '+'."""
    n, m = len(a), len(b)
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                lcs[i][j] = lcs[i + 1][j + 1] + 1
            else:
                lcs[i][j] = max(lcs[i + 1][j], lcs[i][j + 1])
    ops = []
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            ops.append((' ', a[i]))
            i += 1
            j += 1
        elif lcs[i + 1][j] >= lcs[i][j + 1]:
            ops.append(('-', a[i]))
            i += 1
        else:
            ops.append(('+', b[j]))
            j += 1
    ops.extend(('-', x) for x in a[i:])
    ops.extend(('+', x) for x in b[j:])
    return ops


def showDiff(oldtext, newtext, context=0):
    """Show the difference of two texts as pywikibot does: hunks of changed
    lines with their line numbers, removals red, additions green."""
    a = oldtext.splitlines()
    b = newtext.splitlines()
    ops = _diff_ops(a, b)
    changed = [k for k, (t, _) in enumerate(ops) if t != ' ']
    if not changed:
        return
    groups = []
    for k in changed:
        lo, hi = max(0, k - context), min(len(ops), k + context + 1)
        if groups and lo <= groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], hi)
        else:
            groups.append([lo, hi])
    for lo, hi in groups:
        oi = sum(1 for t, _ in ops[:lo] if t != '+')
        ni = sum(1 for t, _ in ops[:lo] if t != '-')
        olen = sum(1 for t, _ in ops[lo:hi] if t != '+')
        nlen = sum(1 for t, _ in ops[lo:hi] if t != '-')

        def rng(start, length):
            if length == 1:
                return str(start + 1)
            return '{},{}'.format(start + 1 if length else start, length)
        output('<<lightpurple>>@@ -{} +{} @@<<default>>'.format(rng(oi, olen), rng(ni, nlen)))
        for t, line in ops[lo:hi]:
            if t == '-':
                output('<<lightred>>-' + line + '<<default>>')
            elif t == '+':
                output('<<lightgreen>>+' + line + '<<default>>')
            else:
                output(' ' + line)
        output('')


# -- time --

class Timestamp(datetime.datetime):
    """A MediaWiki timestamp (UTC)."""

    ISO8601Format = '%Y-%m-%dT%H:%M:%SZ'
    mediawikiTSFormat = '%Y%m%d%H%M%S'

    @classmethod
    def fromISOformat(cls, ts, sep='T'):
        if isinstance(ts, cls):
            return ts
        d = datetime.datetime.strptime(ts.replace(' ', 'T').rstrip('Z') + 'Z', '%Y-%m-%dT%H:%M:%SZ')
        return cls(d.year, d.month, d.day, d.hour, d.minute, d.second)

    @classmethod
    def fromtimestampformat(cls, ts):
        d = datetime.datetime.strptime(ts[:14], '%Y%m%d%H%M%S')
        return cls(d.year, d.month, d.day, d.hour, d.minute, d.second)

    @classmethod
    def set_timestamp(cls, ts):
        if isinstance(ts, str):
            return cls.fromISOformat(ts) if '-' in ts else cls.fromtimestampformat(ts)
        return cls(ts.year, ts.month, ts.day, ts.hour, ts.minute, ts.second)

    @classmethod
    def nowutc(cls):
        d = datetime.datetime.utcnow()
        return cls(d.year, d.month, d.day, d.hour, d.minute, d.second)

    @classmethod
    def utcnow(cls):
        return cls.nowutc()

    def isoformat(self, sep='T'):
        return self.strftime('%Y-%m-%d{}%H:%M:%SZ'.format(sep))

    def totimestampformat(self):
        return self.strftime(self.mediawikiTSFormat)

    def __str__(self):
        return self.isoformat()


# -- command line --

def handle_args(args=None, do_help=True):
    """Apply pywikibot's global options among args (default: sys.argv[1:])
    and return the other arguments."""
    if not args:
        args = sys.argv[1:]
    rest = _gowikibot.handle_args(list(args))
    config._load()
    if do_help and ('-help' in rest or '--help' in rest or '-h' in rest):
        main = sys.modules.get('__main__')
        doc = getattr(main, '__doc__', None) or 'No help available.'
        for key, value in (getattr(main, 'docuReplacements', None) or {}).items():
            doc = doc.replace(key, value.strip('\n\r'))
        stdout(doc)
        sys.exit(0)
    return rest


def sleep(secs):
    import time
    if secs >= config.__dict__.get('noisysleep', 3.0):
        info('Sleeping for {:.1f} seconds, {}'.format(
            secs, datetime.datetime.now().strftime('%Y-%m-%d %H:%M:%S')))
    time.sleep(secs)


def stopme():
    """Nothing to stop: the Go core saves state when the process ends."""


def calledModuleName():
    main = sys.modules.get('__main__')
    f = getattr(main, '__file__', '') or ''
    return os.path.splitext(os.path.basename(f))[0] or 'terminal-interface'


def translate(*args, **kwargs):
    from pywikibot import i18n
    return i18n.translate(*args, **kwargs)
