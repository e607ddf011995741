"""Extract, format and print information about Python stack traces (gowikibot)."""
import sys
import _gwb_sys


class _Sentinel:
    pass


_sentinel = _Sentinel()

_RECURSIVE_CUTOFF = 3


def _resolve(exc, value, tb):
    # format_exception(exc) or format_exception(etype, value, tb)
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None or not _gwb_sys.is_exception(exc):
            return None, None
        return exc, getattr(exc, '__traceback__', None)
    return value, tb


def format_exception_only(exc, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ["NoneType: None\n"]
    return [_gwb_sys.format_exc_line(value) + "\n"]


def walk_tb(tb):
    """(frame, line number) of each entry of a traceback, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _limited(entries, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if limit >= 0:
        return entries[:limit]
    return entries[len(entries) + limit:] if -limit < len(entries) else entries


def extract_tb(tb, limit=None):
    """A StackSummary of the entries of traceback tb, oldest first."""
    out = []
    while tb is not None:
        code = tb.tb_frame.f_code
        fs = FrameSummary(code.co_filename, tb.tb_lineno, code.co_name, line=_gwb_sys.source_line(code.co_filename, tb.tb_lineno))
        pos = _gwb_sys.tb_position(tb)
        if pos is not None and fs.line:
            # the position line of CPython 3.11 (worked out in Go)
            fs.end_lineno = tb.tb_lineno
            fs.colno, fs.end_colno, fs._carets = pos
        out.append(fs)
        tb = tb.tb_next
    return StackSummary.from_list(_limited(out, limit))


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def _in(x, seen):
    for s in seen:
        if s is x:
            return True
    return False


class _PrintContext:
    """CPython's _ExceptionPrintContext: the depth of the exception groups
    being printed (their lines get a margin)."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.depth)

    def emit(self, out, text, margin='|'):
        if not self.depth:
            out.append(text)
            return
        prefix = self.indent() + margin + ' '
        out.append(''.join(prefix + line for line in text.splitlines(True)))

    def emit_all(self, out, texts):
        for text in texts:
            self.emit(out, text)


_MAX_GROUP_WIDTH = 15
_MAX_GROUP_DEPTH = 10


def _format(value, tb, limit, chain, _seen=None, _ctx=None):
    if value is None:
        return ["NoneType: None\n"]
    ctx = _ctx if _ctx is not None else _PrintContext()
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
            out.extend(_format(cause, cause.__traceback__, limit, True, _seen, ctx))
            ctx.emit(out, "\nThe above exception was the direct cause of the following exception:\n\n")
        elif context is not None and not _in(context, _seen) and not getattr(value, '__suppress_context__', False):
            out.extend(_format(context, context.__traceback__, limit, True, _seen, ctx))
            ctx.emit(out, "\nDuring handling of the above exception, another exception occurred:\n\n")
    if not isinstance(value, BaseExceptionGroup):
        if tb is not None:
            entries = format_tb(tb, limit)
            if entries:
                ctx.emit(out, "Traceback (most recent call last):\n")
                ctx.emit_all(out, entries)
        ctx.emit(out, _gwb_sys.format_exc_line(value) + "\n")
        return out
    if ctx.depth > _MAX_GROUP_DEPTH:
        ctx.emit(out, "... (max_group_depth is %d)\n" % _MAX_GROUP_DEPTH)
        return out
    # an exception group: its members in numbered boxes
    top = ctx.depth == 0
    if top:
        ctx.depth += 1
    if tb is not None:
        entries = format_tb(tb, limit)
        if entries:
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", '+' if top else '|')
            ctx.emit_all(out, entries)
    ctx.emit(out, _gwb_sys.format_exc_line(value) + "\n")
    excs = value.exceptions
    n = len(excs) if len(excs) <= _MAX_GROUP_WIDTH else _MAX_GROUP_WIDTH + 1
    ctx.need_close = False
    for i in range(n):
        last = i == n - 1
        if last:
            ctx.need_close = True
        truncated = i >= _MAX_GROUP_WIDTH
        title = '%d' % (i + 1) if not truncated else '...'
        out.append(ctx.indent() + ('+-' if i == 0 else '  ') + '+---------------- %s ----------------\n' % title)
        ctx.depth += 1
        if not truncated:
            sub = excs[i]
            out.extend(_format(sub, sub.__traceback__, limit, chain, _seen, ctx))
        else:
            rest = len(excs) - _MAX_GROUP_WIDTH
            ctx.emit(out, "and %d more exception%s\n" % (rest, 's' if rest > 1 else ''))
        if last and ctx.need_close:
            out.append(ctx.indent() + "+------------------------------------\n")
            ctx.need_close = False
        ctx.depth -= 1
    if top:
        ctx.depth = 0
    return out


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _resolve(exc, value, tb)
    return _format(value, tb, limit, chain)


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    info = sys.exc_info()
    return _gwb_sys.join("", _format(info[1], info[2], limit, chain))


def print_exc(limit=None, file=None, chain=True):
    info = sys.exc_info()
    print_exception(info[0], info[1], info[2], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def clear_frames(tb):
    pass


class FrameSummary:
    """One entry of a stack: file, line number, function name and line."""

    def __init__(self, filename, lineno, name, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._carets = ''
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


class StackSummary(list):
    """A list of FrameSummary entries, oldest first."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    @classmethod
    def extract(klass, frame_gen, limit=None, lookup_lines=True, capture_locals=False):
        out = []
        for f, lineno in frame_gen:
            code = f.f_code
            out.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=lookup_lines))
        return klass.from_list(_limited(out, limit))

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
            carets = getattr(frame_summary, '_carets', '')
            if carets:
                row.append('    {}\n'.format(carets))
        return ''.join(row)

    def format(self):
        """The lines CPython prints for these entries, collapsing runs of
        the same file, line and function after three."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for fs in self:
            if last_file is None or last_file != fs.filename or last_line is None or last_line != fs.lineno or last_name is None or last_name != fs.name:
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append('  [Previous line repeated {} more time{}]\n'.format(count, 's' if count > 1 else ''))
                last_file, last_line, last_name = fs.filename, fs.lineno, fs.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append('  [Previous line repeated {} more time{}]\n'.format(count, 's' if count > 1 else ''))
        return result


def format_list(extracted_list):
    """The lines print_stack prints for a list of FrameSummary entries."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


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




class TracebackException:
    """An exception ready for rendering: its type, message, stack and the
    exceptions chained to it."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = []
        _seen.append(exc_value)
        self.exc_type = exc_type
        self._value = exc_value
        self._str = _gwb_sys.format_exc_line(exc_value) if exc_value is not None else 'None'
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False) if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        cause = getattr(exc_value, '__cause__', None)
        context = getattr(exc_value, '__context__', None)
        if _gwb_sys.is_exception(cause) and not _in(cause, _seen):
            self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, limit=limit, _seen=_seen)
        if _gwb_sys.is_exception(context) and not _in(context, _seen):
            self.__context__ = TracebackException(type(context), context, context.__traceback__, limit=limit, _seen=_seen)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = exc_value.lineno
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return str(self._value)

    def format_exception_only(self):
        yield self._str + "\n"

    def format(self, *, chain=True):
        out = []
        if chain:
            if self.__cause__ is not None:
                out.extend(self.__cause__.format(chain=chain))
                out.append("\nThe above exception was the direct cause of the following exception:\n\n")
            elif self.__context__ is not None and not self.__suppress_context__:
                out.extend(self.__context__.format(chain=chain))
                out.append("\nDuring handling of the above exception, another exception occurred:\n\n")
        if self.stack:
            out.append("Traceback (most recent call last):\n")
            out.extend(self.stack.format())
        out.extend(self.format_exception_only())
        return iter(out)
