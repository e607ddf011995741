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


class FrameSummary:
    """One entry of a stack: file, line number, function name and line."""

    def __init__(self, filename, lineno, name, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        if line is None and lookup_line:
            import linecache
            line = linecache.getline(filename, lineno).strip()
        self.line = line
        self.locals = locals

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.line) == (other.filename, other.lineno, other.name, other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(self.filename, self.lineno, self.name)


def format_list(extracted_list):
    """The lines print_stack prints for a list of FrameSummary entries."""
    out = []
    for fs in extracted_list:
        filename, lineno, name, line = fs
        row = '  File "{}", line {}, in {}\n'.format(filename, lineno, name)
        if line:
            row += '    {}\n'.format(line.strip())
        out.append(row)
    return out


def walk_stack(f):
    """(frame, line number) from f (the caller's frame when None) outwards."""
    if f is None:
        f = sys._getframe(1).f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    """FrameSummary entries (oldest first) of the stack from f (the caller's frame when None)."""
    if f is None:
        f = sys._getframe(1)
    out = []
    while f is not None:
        out.append(FrameSummary(f.f_code.co_filename, f.f_lineno, f.f_code.co_name))
        f = f.f_back
    out.reverse()
    if limit is not None:
        out = out[len(out) - limit:] if limit >= 0 else out[:-limit]
    return out


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    if file is None:
        file = sys.stderr
    for line in format_stack(f, limit):
        file.write(line)


def extract_tb(tb, limit=None):
    return []
