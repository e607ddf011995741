"""The parts of urllib3 that scripts touch beside requests (gowikibot).

gowikibot's requests runs on Go's net/http, not on urllib3: these are the
exception classes, Retry and disable_warnings, so that imports and except
clauses work.
"""

from urllib3 import exceptions
from urllib3.util.retry import Retry
from urllib3.util import Timeout

__version__ = '1.26.18'


def disable_warnings(category=None):
    pass


def add_stderr_logger(level=10):
    import logging
    return logging.getLogger('urllib3')
