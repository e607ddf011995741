"""tomllib (gowikibot): a TOML 1.0 parser in our Python, with CPython's
API (load, loads, parse_float, TOMLDecodeError) and its error messages
("... (at line L, column C)")."""

import string
from datetime import date, datetime, time, timedelta, timezone
import re

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error while decoding TOML."""


_CTRL = frozenset(chr(i) for i in range(32)) | frozenset(chr(127))
_ILLEGAL_BASIC = _CTRL - frozenset("\t")
_ILLEGAL_ML_BASIC = _CTRL - frozenset("\t\n")
_ILLEGAL_LITERAL = _ILLEGAL_BASIC
_ILLEGAL_ML_LITERAL = _ILLEGAL_ML_BASIC
_ILLEGAL_COMMENT = _ILLEGAL_BASIC
_WS = frozenset(" \t")
_WS_NL = frozenset(" \t\n")
_BARE_KEY = frozenset(string.ascii_letters + string.digits + "-_")
_KEY_INITIAL = _BARE_KEY | frozenset("\"'")
_HEX = frozenset(string.hexdigits)
_ESCAPES = {"\\b": "\u0008", "\\t": "\u0009", "\\n": "\u000A", "\\f": "\u000C",
            "\\r": "\u000D", '\\"': "\u0022", "\\\\": "\u005C"}

# Scanning a run of characters with one regular expression match: much
# faster in gowikibot's interpreter than a loop over characters.
_RUN = {
    frozenset(" \t"): re.compile(r"[ \t]*"),
    frozenset(" \t\n"): re.compile(r"[ \t\n]*"),
    frozenset(string.ascii_letters + string.digits + "-_"): re.compile(r"[A-Za-z0-9_-]*"),
}
_ILLEGAL_RE = {}
_BASIC_RUN = re.compile(r'[^"\\\x00-\x08\x0a-\x1f\x7f]*')
_ML_BASIC_RUN = re.compile(r'[^"\\\x00-\x08\x0b-\x1f\x7f]*')

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_RE_NUMBER = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<floatpart>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")
_RE_LOCALTIME = re.compile(_TIME)
_RE_DATETIME = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")


def load(fp, *, parse_float=float):
    """Parses TOML from a binary file."""
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(s, parse_float=parse_float)


def loads(s, *, parse_float=float):
    """Parses a TOML document: a dict."""
    if isinstance(s, (bytes, bytearray)):
        # CPython 3.11 calls s.replace('\r\n', '\n') unchecked
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(s, str):
        raise AttributeError("'%s' object has no attribute 'replace'" % type(s).__name__)
    return _Parser(s.replace("\r\n", "\n"), parse_float).document()


def _coord(src, pos):
    if pos >= len(src):
        return "end of document"
    line = src.count("\n", 0, pos) + 1
    if line == 1:
        column = pos + 1
    else:
        column = pos - src.rindex("\n", 0, pos)
    return "line %d, column %d" % (line, column)


class _Flags:
    """What each table path may still become: FROZEN (an inline table or
    array, recursively) or EXPLICIT (declared by a header or a dotted key)."""

    FROZEN = 0
    EXPLICIT = 1

    def __init__(self):
        self._flags = {}
        self._pending = []

    def add_pending(self, key, flag):
        self._pending.append((key, flag))

    def finalize_pending(self):
        for key, flag in self._pending:
            self.set(key, flag, False)
        self._pending = []

    def unset_all(self, key):
        n = len(key)
        for k in list(self._flags):
            if k[:n] == key:
                del self._flags[k]

    def set(self, key, flag, recursive):
        self._flags.setdefault(key, set()).add((flag, recursive))

    def is_(self, key, flag):
        for i in range(len(key)):
            for f, rec in self._flags.get(key[:i], ()):
                if f == flag and rec:
                    return True
        for f, rec in self._flags.get(key, ()):
            if f == flag:
                return True
        return False


def _get_or_create_nest(root, key, access_lists=True):
    cont = root
    for k in key:
        if k not in cont:
            cont[k] = {}
        cont = cont[k]
        if access_lists and isinstance(cont, list):
            cont = cont[-1]
        if not isinstance(cont, dict):
            raise KeyError("There is no nest behind this key")
    return cont


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float

    def err(self, pos, msg):
        return TOMLDecodeError("%s (at %s)" % (msg, _coord(self.src, pos)))

    def char(self, pos):
        return self.src[pos] if pos < len(self.src) else None

    def skip(self, pos, chars):
        run = _RUN.get(chars)
        if run is not None:
            return run.match(self.src, pos).end()
        src = self.src
        n = len(src)
        while pos < n and src[pos] in chars:
            pos += 1
        return pos

    def skip_until(self, pos, expect, error_on, error_on_eof):
        src = self.src
        new_pos = src.find(expect, pos)
        if new_pos < 0:
            new_pos = len(src)
            if error_on_eof:
                raise self.err(new_pos, "Expected %r" % expect)
        bad = _ILLEGAL_RE.get(error_on)
        if bad is None:
            bad = re.compile('[' + re.escape(''.join(sorted(error_on))) + ']')
            _ILLEGAL_RE[error_on] = bad
        m = bad.search(src, pos, new_pos)
        if m:
            i = m.start()
            raise self.err(i, "Found invalid character %r" % src[i])
        return new_pos

    def skip_comment(self, pos):
        if self.char(pos) == "#":
            return self.skip_until(pos + 1, "\n", _ILLEGAL_COMMENT, False)
        return pos

    def skip_array_ws(self, pos):
        while True:
            before = pos
            pos = self.skip(pos, _WS_NL)
            pos = self.skip_comment(pos)
            if pos == before:
                return pos

    def document(self):
        src = self.src
        data = {}
        flags = _Flags()
        header = ()
        pos = 0
        while True:
            pos = self.skip(pos, _WS)
            c = self.char(pos)
            if c is None:
                break
            if c == "\n":
                pos += 1
                continue
            if c in _KEY_INITIAL:
                pos = self.key_value_rule(pos, data, flags, header)
                pos = self.skip(pos, _WS)
            elif c == "[":
                flags.finalize_pending()
                if self.char(pos + 1) == "[":
                    pos, header = self.array_table_rule(pos, data, flags)
                else:
                    pos, header = self.table_rule(pos, data, flags)
                pos = self.skip(pos, _WS)
            elif c != "#":
                raise self.err(pos, "Invalid statement")
            pos = self.skip_comment(pos)
            c = self.char(pos)
            if c is None:
                break
            if c != "\n":
                raise self.err(pos, "Expected newline or end of document after a statement")
            pos += 1
        return data

    def table_rule(self, pos, data, flags):
        pos = self.skip(pos + 1, _WS)
        pos, key = self.parse_key(pos)
        if flags.is_(key, _Flags.EXPLICIT) or flags.is_(key, _Flags.FROZEN):
            raise self.err(pos, "Cannot declare %s twice" % (key,))
        flags.set(key, _Flags.EXPLICIT, False)
        try:
            _get_or_create_nest(data, key)
        except KeyError:
            raise self.err(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]", pos):
            raise self.err(pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def array_table_rule(self, pos, data, flags):
        pos = self.skip(pos + 2, _WS)
        pos, key = self.parse_key(pos)
        if flags.is_(key, _Flags.FROZEN):
            raise self.err(pos, "Cannot mutate immutable namespace %s" % (key,))
        flags.unset_all(key)
        flags.set(key, _Flags.EXPLICIT, False)
        try:
            cont = _get_or_create_nest(data, key[:-1])
            last = key[-1]
            if last in cont:
                lst = cont[last]
                if not isinstance(lst, list):
                    raise KeyError("An object other than list found behind this key")
                lst.append({})
            else:
                cont[last] = [{}]
        except KeyError:
            raise self.err(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]]", pos):
            raise self.err(pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    def key_value_rule(self, pos, data, flags, header):
        pos, key, value = self.key_value_pair(pos)
        parent, stem = key[:-1], key[-1]
        abs_parent = header + parent
        for i in range(1, len(key)):
            cont_key = header + key[:i]
            if flags.is_(cont_key, _Flags.EXPLICIT):
                raise self.err(pos, "Cannot redefine namespace %s" % (cont_key,))
            flags.add_pending(cont_key, _Flags.EXPLICIT)
        if flags.is_(abs_parent, _Flags.FROZEN):
            raise self.err(pos, "Cannot mutate immutable namespace %s" % (abs_parent,))
        try:
            nest = _get_or_create_nest(data, abs_parent)
        except KeyError:
            raise self.err(pos, "Cannot overwrite a value") from None
        if stem in nest:
            raise self.err(pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            flags.set(header + key, _Flags.FROZEN, True)
        nest[stem] = value
        return pos

    def key_value_pair(self, pos):
        pos, key = self.parse_key(pos)
        if self.char(pos) != "=":
            raise self.err(pos, "Expected '=' after a key in a key/value pair")
        pos = self.skip(pos + 1, _WS)
        pos, value = self.parse_value(pos)
        return pos, key, value

    def parse_key(self, pos):
        pos, part = self.parse_key_part(pos)
        key = (part,)
        pos = self.skip(pos, _WS)
        while self.char(pos) == ".":
            pos = self.skip(pos + 1, _WS)
            pos, part = self.parse_key_part(pos)
            key += (part,)
            pos = self.skip(pos, _WS)
        return pos, key

    def parse_key_part(self, pos):
        c = self.char(pos)
        if c is not None and c in _BARE_KEY:
            start = pos
            pos = self.skip(pos, _BARE_KEY)
            return pos, self.src[start:pos]
        if c == "'":
            return self.parse_literal_str(pos)
        if c == '"':
            return self.parse_basic_str(pos + 1, False)
        raise self.err(pos, "Invalid initial character for a key part")

    def parse_literal_str(self, pos):
        pos += 1
        start = pos
        pos = self.skip_until(pos, "'", _ILLEGAL_LITERAL, True)
        return pos + 1, self.src[start:pos]

    def parse_multiline_str(self, pos, literal):
        src = self.src
        pos += 3
        if src.startswith("\n", pos):
            pos += 1
        if literal:
            delim = "'"
            end = self.skip_until(pos, "'''", _ILLEGAL_ML_LITERAL, True)
            result = src[pos:end]
            pos = end + 3
        else:
            delim = '"'
            pos, result = self.parse_basic_str(pos, True)
        if not src.startswith(delim, pos):
            return pos, result
        pos += 1
        if not src.startswith(delim, pos):
            return pos, result + delim
        pos += 1
        return pos, result + delim * 2

    def parse_basic_str(self, pos, multiline):
        src = self.src
        error_on = _ILLEGAL_ML_BASIC if multiline else _ILLEGAL_BASIC
        result = ""
        start = pos
        n = len(src)
        run = _ML_BASIC_RUN if multiline else _BASIC_RUN
        while True:
            pos = run.match(src, pos).end()
            if pos >= n:
                raise self.err(pos, "Unterminated string")
            c = src[pos]
            if c == '"':
                if not multiline:
                    return pos + 1, result + src[start:pos]
                if src.startswith('"""', pos):
                    return pos + 3, result + src[start:pos]
                pos += 1
                continue
            if c == "\\":
                result += src[start:pos]
                pos, esc = self.parse_escape(pos, multiline)
                result += esc
                start = pos
                continue
            if c in error_on:
                raise self.err(pos, "Illegal character %r" % c)
            pos += 1

    def parse_escape(self, pos, multiline):
        src = self.src
        escape_id = src[pos:pos + 2]
        pos += 2
        if multiline and escape_id in ("\\ ", "\\\t", "\\\n"):
            if escape_id != "\\\n":
                pos = self.skip(pos, _WS)
                c = self.char(pos)
                if c is None:
                    return pos, ""
                if c != "\n":
                    raise self.err(pos, "Unescaped '\\' in a string")
                pos += 1
            pos = self.skip(pos, _WS_NL)
            return pos, ""
        if escape_id == "\\u":
            return self.parse_hex(pos, 4)
        if escape_id == "\\U":
            return self.parse_hex(pos, 8)
        if escape_id in _ESCAPES:
            return pos, _ESCAPES[escape_id]
        raise self.err(pos, "Unescaped '\\' in a string")

    def parse_hex(self, pos, n):
        hexs = self.src[pos:pos + n]
        if len(hexs) != n or any(c not in _HEX for c in hexs):
            raise self.err(pos, "Invalid hex value")
        pos += n
        v = int(hexs, 16)
        if not (0 <= v <= 0xD7FF or 0xE000 <= v <= 0x10FFFF):
            raise self.err(pos, "Escaped character is not a Unicode scalar value")
        return pos, chr(v)

    def parse_value(self, pos):
        src = self.src
        c = self.char(pos)
        if c == '"':
            if src.startswith('"""', pos):
                return self.parse_multiline_str(pos, False)
            return self.parse_basic_str(pos + 1, False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.parse_multiline_str(pos, True)
            return self.parse_literal_str(pos)
        if c == "t" and src.startswith("true", pos):
            return pos + 4, True
        if c == "f" and src.startswith("false", pos):
            return pos + 5, False
        if c == "[":
            return self.parse_array(pos)
        if c == "{":
            return self.parse_inline_table(pos)
        m = _RE_DATETIME.match(src, pos)
        if m:
            try:
                value = _match_to_datetime(m)
            except ValueError as e:
                raise self.err(pos, "Invalid date or datetime") from e
            return m.end(), value
        m = _RE_LOCALTIME.match(src, pos)
        if m:
            return m.end(), _match_to_time(m)
        m = _RE_NUMBER.match(src, pos)
        if m:
            return m.end(), self.match_to_number(m)
        first3 = src[pos:pos + 3]
        if first3 in ("inf", "nan"):
            return pos + 3, self.float(first3)
        first4 = src[pos:pos + 4]
        if first4 in ("-inf", "+inf", "-nan", "+nan"):
            return pos + 4, self.float(first4)
        raise self.err(pos, "Invalid value")

    def float(self, text):
        value = self.parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value

    def match_to_number(self, m):
        text = m.group()
        if m.group("floatpart"):
            return self.float(text.replace("_", ""))
        return int(text.replace("_", ""), 0)

    def parse_array(self, pos):
        pos = self.skip_array_ws(pos + 1)
        array = []
        if self.src.startswith("]", pos):
            return pos + 1, array
        while True:
            pos, val = self.parse_value(pos)
            array.append(val)
            pos = self.skip_array_ws(pos)
            c = self.src[pos:pos + 1]
            if c == "]":
                return pos + 1, array
            if c != ",":
                raise self.err(pos, "Unclosed array")
            pos = self.skip_array_ws(pos + 1)
            if self.src.startswith("]", pos):
                return pos + 1, array

    def parse_inline_table(self, pos):
        pos = self.skip(pos + 1, _WS)
        table = {}
        flags = _Flags()
        if self.src.startswith("}", pos):
            return pos + 1, table
        while True:
            pos, key, value = self.key_value_pair(pos)
            parent, stem = key[:-1], key[-1]
            if flags.is_(key, _Flags.FROZEN):
                raise self.err(pos, "Cannot mutate immutable namespace %s" % (key,))
            try:
                nest = _get_or_create_nest(table, parent, access_lists=False)
            except KeyError:
                raise self.err(pos, "Cannot overwrite a value") from None
            if stem in nest:
                raise self.err(pos, "Duplicate inline table key %r" % stem)
            nest[stem] = value
            pos = self.skip(pos, _WS)
            c = self.src[pos:pos + 1]
            if c == "}":
                return pos + 1, table
            if c != ",":
                raise self.err(pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                flags.set(key, _Flags.FROZEN, True)
            pos = self.skip(pos + 1, _WS)


def _micros(text):
    return int(text.ljust(6, "0")) if text else 0


def _match_to_datetime(m):
    (year, month, day, hour, minute, sec, frac, zulu, sign, off_h, off_m) = m.groups()
    year, month, day = int(year), int(month), int(day)
    if hour is None:
        return date(year, month, day)
    if sign:
        delta = timedelta(hours=int(off_h), minutes=int(off_m))
        tz = timezone(-delta if sign == "-" else delta)
    elif zulu:
        tz = timezone.utc
    else:
        tz = None
    return datetime(year, month, day, int(hour), int(minute), int(sec), _micros(frac), tzinfo=tz)


def _match_to_time(m):
    hour, minute, sec, frac = m.groups()
    return time(int(hour), int(minute), int(sec), _micros(frac))
