"""Extract, format and print information about Python stack traces (gowikibot)."""
import sys
import _gwb_sys


def _resolve(exc, value, tb):
    # format_exception(exc) or format_exception(etype, value, tb)
    if value is not None or tb is not None:
        return value
    if _gwb_sys.is_exception(exc):
        return exc
    return None


def format_exception_only(exc, value=None):
    if value is None:
        value = exc
    if value is None:
        return ["NoneType: None\n"]
    return [_gwb_sys.format_exc_line(value) + "\n"]


def format_tb(tb, limit=None):
    return []


def _format(value):
    if value is None:
        return ["NoneType: None\n"]
    out = []
    tb = _gwb_sys.format_tb(value)
    if tb:
        out.append("Traceback (most recent call last):\n")
        out.append(tb)
    out.append(_gwb_sys.format_exc_line(value) + "\n")
    return out


def format_exception(exc, value=None, tb=None, limit=None, chain=True):
    return _format(_resolve(exc, value, tb))


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb):
        file.write(line)


def format_exc(limit=None, chain=True):
    info = sys.exc_info()
    return _gwb_sys.join("", _format(info[1]))


def print_exc(limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    file.write(format_exc(limit, chain))


def print_tb(tb, limit=None, file=None):
    pass


def format_stack(f=None, limit=None):
    return []


def print_stack(f=None, limit=None, file=None):
    pass


def extract_stack(f=None, limit=None):
    return []


def extract_tb(tb, limit=None):
    return []
