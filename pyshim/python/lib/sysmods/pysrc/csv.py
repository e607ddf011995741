"""Reading and writing CSV files (gowikibot).

The reader and writer follow CPython 3.11's _csv behaviour: dialects,
the four quoting modes, escapechar, doublequote, skipinitialspace, strict,
fields spanning lines inside quotes, line_num, and the same error texts.
"""
import io as _io

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "unix_dialect",
           "field_size_limit", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "Sniffer", "unregister_dialect",
           "DictReader", "DictWriter", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024


class Error(Exception):
    pass


def field_size_limit(*args):
    """Return the old field size limit; set a new one when given."""
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


class Dialect:
    """A description of a CSV format; subclass it and set the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Checked(self)


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file generated on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {}


def _char(name, v, allow_none):
    if v is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be a 1-character string' % name)
    if not isinstance(v, str):
        raise TypeError('"%s" must be string%s, not %s' % (
            name, ' or None' if allow_none else '', type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


class _Checked:
    """A validated dialect: the attributes the reader and writer use."""

    def __init__(self, dialect=None, **kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name, default):
            if name in kw:
                return kw[name]
            if dialect is not None and hasattr(dialect, name):
                v = getattr(dialect, name)
                return default if v is None and name not in ('escapechar', 'quotechar') else v
            return default
        self.delimiter = _char('delimiter', pick('delimiter', ','), False)
        self.doublequote = bool(pick('doublequote', True))
        self.escapechar = _char('escapechar', pick('escapechar', None), True)
        lt = pick('lineterminator', '\r\n')
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lt
        quoting = pick('quoting', QUOTE_MINIMAL)
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        qc = pick('quotechar', '"')
        if qc is None and quoting != QUOTE_NONE:
            if 'quotechar' in kw or (dialect is not None and getattr(dialect, 'quotechar', '"') is None and 'quoting' not in kw and quoting != QUOTE_NONE):
                raise TypeError('quotechar must be set if quoting enabled')
        self.quotechar = _char('quotechar', qc, True)
        self.skipinitialspace = bool(pick('skipinitialspace', False))
        self.strict = bool(pick('strict', False))
        if self.delimiter in (' ',) and self.skipinitialspace:
            pass


def register_dialect(name, dialect=None, **fmtparams):
    """Register a dialect (a Dialect subclass or keyword parameters) by name."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    d = _Checked(dialect, **fmtparams)
    _dialects[name] = d


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


# -- reader ------------------------------------------------------------------

_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)


class _Reader:
    def __init__(self, iterable, dialect, kw):
        self._it = iter(iterable)
        self.dialect = _Checked(dialect, **kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = _START_RECORD
        numeric = False

        def save():
            text = ''.join(field)
            del field[:]
            if numeric_box[0]:
                numeric_box[0] = False
                fields.append(float(text))
            else:
                fields.append(text)
        numeric_box = [False]

        def add(c):
            if len(field) >= _field_limit:
                raise Error("field larger than field limit (%d)" % _field_limit)
            field.append(c)

        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data")
                    save()
                    return fields
                if state not in (_START_RECORD, _EAT_CRNL) or fields:
                    if state == _ESCAPED_CHAR or state == _ESCAPE_IN_QUOTED_FIELD:
                        raise Error("unexpected end of data")
                    save()
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line + '\0':
                eol = c == '\0'
                if state == _START_RECORD:
                    if eol:
                        break
                    if c == '\n' or c == '\r':
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if eol or c == '\n' or c == '\r':
                        save()
                        state = _START_RECORD if eol else _EAT_CRNL
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = _IN_QUOTED_FIELD
                    elif c == d.escapechar:
                        state = _ESCAPED_CHAR
                    elif c == ' ' and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        save()
                    else:
                        if d.quoting == QUOTE_NONNUMERIC:
                            numeric_box[0] = True
                        add(c)
                        state = _IN_FIELD
                elif state == _ESCAPED_CHAR:
                    if c == '\n' or c == '\r':
                        add(c)
                        state = _AFTER_ESCAPED_CRNL
                        continue
                    if eol:
                        c = '\n'
                    add(c)
                    state = _IN_FIELD
                elif state == _AFTER_ESCAPED_CRNL:
                    if eol:
                        break
                    state = _IN_FIELD
                    if c == '\n' or c == '\r':
                        save()
                        state = _EAT_CRNL
                    elif c == d.escapechar:
                        state = _ESCAPED_CHAR
                    elif c == d.delimiter:
                        save()
                        state = _START_FIELD
                    else:
                        add(c)
                elif state == _IN_FIELD:
                    if eol or c == '\n' or c == '\r':
                        save()
                        state = _START_RECORD if eol else _EAT_CRNL
                    elif c == d.escapechar:
                        state = _ESCAPED_CHAR
                    elif c == d.delimiter:
                        save()
                        state = _START_FIELD
                    else:
                        add(c)
                elif state == _IN_QUOTED_FIELD:
                    if eol:
                        pass
                    elif c == d.escapechar:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        if d.doublequote:
                            state = _QUOTE_IN_QUOTED_FIELD
                        else:
                            state = _IN_FIELD
                    else:
                        add(c)
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    if eol:
                        c = '\n'
                    add(c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if d.quoting != QUOTE_NONE and c == d.quotechar:
                        add(c)
                        state = _IN_QUOTED_FIELD
                    elif c == d.delimiter:
                        save()
                        state = _START_FIELD
                    elif eol or c == '\n' or c == '\r':
                        save()
                        state = _START_RECORD if eol else _EAT_CRNL
                    elif not d.strict:
                        add(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
                elif state == _EAT_CRNL:
                    if c == '\n' or c == '\r':
                        pass
                    elif eol:
                        state = _START_RECORD
                    else:
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file with newline=''?")
            if state == _START_RECORD:
                return fields


def reader(csvfile, dialect='excel', **fmtparams):
    """An iterator over the rows (lists of str) of csvfile, an iterable of lines."""
    return _Reader(csvfile, dialect, fmtparams)


# -- writer ------------------------------------------------------------------

class _Writer:
    def __init__(self, f, dialect, kw):
        self._write = getattr(f, 'write', None)
        if self._write is None:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _Checked(dialect, **kw)

    def _field(self, v, only):
        d = self.dialect
        if v is None:
            text = ''
        elif isinstance(v, float):
            text = repr(v)
        else:
            text = str(v)
        quote = d.quoting == QUOTE_ALL
        if d.quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(v, (int, float))
        out = []
        for c in text:
            if not (c == d.delimiter or c == d.escapechar or c == d.quotechar or
                    c in d.lineterminator):
                out.append(c)
                continue
            escape = False
            if d.quoting == QUOTE_NONE:
                escape = True
            else:
                if c == d.quotechar:
                    if d.doublequote:
                        out.append(c)
                    else:
                        escape = True
                elif c == d.escapechar:
                    escape = True
                if not escape:
                    quote = True
            if escape:
                if d.escapechar is None:
                    raise Error('need to escape, but no escapechar set')
                out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        if not text and only:
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            quote = True
        if quote:
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        d = self.dialect
        try:
            items = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        parts = [self._field(v, len(items) == 1) for v in items]
        line = d.delimiter.join(parts) + d.lineterminator
        return self._write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    """A writer of rows to csvfile (an object with write())."""
    return _Writer(csvfile, dialect, fmtparams)


# -- dict reader and writer --------------------------------------------------

class DictReader:
    """Reads rows as dicts keyed by fieldnames (default: the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses the dialect of a CSV sample (delimiter and quoting)."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        lines = [l for l in sample.split('\n') if l.strip()][:20]
        candidates = delimiters or ''.join(sorted(set(c for c in sample if not c.isalnum() and c not in '"\'\n\r')))
        best = None
        for delim in self.preferred + list(candidates):
            if delimiters and delim not in delimiters:
                continue
            if delim not in candidates:
                continue
            counts = [l.count(delim) for l in lines]
            if counts and counts[0] > 0 and all(c == counts[0] for c in counts):
                best = delim
                break
        if best is None:
            raise Error("Could not determine delimiter")
        quote = '"'
        if "'" in sample and '"' not in sample:
            quote = "'"

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        dialect.delimiter = best
        dialect.quotechar = quote
        dialect.doublequote = (quote * 2) in sample or True
        dialect.skipinitialspace = (best + ' ') in sample
        return dialect

    def has_header(self, sample):
        rows = list(reader(_io.StringIO(sample), self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, body = rows[0], rows[1:21]
        votes = 0
        for col, name in enumerate(header):
            kinds = set()
            for row in body:
                if col < len(row):
                    try:
                        float(row[col])
                        kinds.add('num')
                    except ValueError:
                        kinds.add(len(row[col]))
            if kinds == {'num'}:
                try:
                    float(name)
                    votes -= 1
                except ValueError:
                    votes += 1
            elif len(kinds) == 1 and 'num' not in kinds:
                votes += 1 if len(name) not in kinds else -1
        return votes > 0


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)
