"""pywikibot.logging: the output functions (the same as pywikibot's
top-level ones) and pywikibot's log levels, which add STDOUT, VERBOSE and
INPUT to the standard library's."""
import pywikibot
from pywikibot import critical, debug, error, exception, info, log, output, stdout, warning  # noqa: F401

__all__ = ('CRITICAL', 'DEBUG', 'ERROR', 'INFO', 'WARNING', 'STDOUT', 'VERBOSE', 'INPUT',
           'add_init_routine', 'logoutput', 'info', 'output', 'stdout', 'warning', 'error', 'log',
           'critical', 'debug', 'exception')

# The standard library's levels (logging.DEBUG, ...) and pywikibot's own.
CRITICAL = 50
ERROR = 40
WARNING = 30
INFO = 20
DEBUG = 10
STDOUT = 16
VERBOSE = 18
INPUT = 25

_init_routines = []


def add_init_routine(routine):
    """Run routine before the next message is logged (gowikibot's output
    needs no set-up, so that is now)."""
    _init_routines.append(routine)
    _init()


def _init():
    while _init_routines:
        _init_routines.pop(0)()


_BY_LEVEL = {CRITICAL: critical, ERROR: error, WARNING: warning, INFO: info, STDOUT: stdout,
             VERBOSE: log, DEBUG: debug, INPUT: info}


def logoutput(msg, *args, level=INFO, **kwargs):
    """Write msg at the given level, as the function of that level does."""
    _init()
    fn = _BY_LEVEL.get(level)
    if fn is None:
        fn = debug if level < INFO else info
    fn(msg, *args, **kwargs)


# pywikibot.logging.pywikibot is the package, as in pywikibot.
pywikibot = pywikibot
