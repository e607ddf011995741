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


def _in(x, seen):
    for s in seen:
        if s is x:
            return True
    return False


def _format(value, chain=True, _seen=None):
    if value is None:
        return ["NoneType: None\n"]
    out = []
    if chain:
        # the chained exceptions first, as CPython prints them
        if _seen is None:
            _seen = []
        _seen.append(value)
        cause = getattr(value, '__cause__', None)
        context = getattr(value, '__context__', None)
        if not _gwb_sys.is_exception(cause):
            cause = None
        if not _gwb_sys.is_exception(context):
            context = None
        if cause is not None and not _in(cause, _seen):
            out.extend(_format(cause, True, _seen))
            out.append("\nThe above exception was the direct cause of the following exception:\n\n")
        elif context is not None and not _in(context, _seen) and not getattr(value, '__suppress_context__', False):
            out.extend(_format(context, True, _seen))
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    tb = _gwb_sys.format_tb(value)
    if tb:
        out.append("Traceback (most recent call last):\n")
        out.append(tb)
    out.append(_gwb_sys.format_exc_line(value) + "\n")
    return out


def format_exception(exc, value=None, tb=None, limit=None, chain=True):
    return _format(_resolve(exc, value, tb), chain)


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb):
        file.write(line)


def format_exc(limit=None, chain=True):
    info = sys.exc_info()
    return _gwb_sys.join("", _format(info[1], chain))


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
