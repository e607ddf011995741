"""Tokenization of Python source, as CPython 3.11's tokenize module
(gowikibot's own implementation).

generate_tokens(readline) reads str lines, tokenize(readline) bytes lines
(it first yields an ENCODING token); both yield TokenInfo 5-tuples
(type, string, start, end, line). untokenize() turns tokens back into
source.
"""

import codecs
import re
from collections import namedtuple

import token
from token import *  # noqa: F401,F403
from token import EXACT_TOKEN_TYPES, tok_name

__all__ = token.__all__ + ['tokenize', 'generate_tokens', 'detect_encoding', 'untokenize',
                           'TokenInfo', 'TokenError', 'open']

COMMENT = token.COMMENT
NL = token.NL
ENCODING = token.ENCODING

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(namedtuple('TokenInfo', 'type string start end line')):
    """One token: its type, text, (row, col) start and end, and its line."""

    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % (kind, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# The lexical grammar as regular expressions.

def _group(*choices):
    return '(' + '|'.join(choices) + ')'


def _maybe(*choices):
    return _group(*choices) + '?'


def _prefixes():
    # every upper/lower-case spelling of every order of the legal prefixes
    out = set([''])
    for base in ('b', 'r', 'u', 'f', 'br', 'fr'):
        orders = [base] if len(base) == 1 else [base, base[::-1]]
        for word in orders:
            spellings = ['']
            for ch in word:
                spellings = [s + c for s in spellings for c in (ch, ch.upper())]
            out.update(spellings)
    return out


_Whitespace = r'[ \f\t]*'
_Comment = r'#[^\r\n]*'
_Name = r'\w+'
_Digits = r'[0-9](?:_?[0-9])*'
_Hex = r'0[xX](?:_?[0-9a-fA-F])+'
_Bin = r'0[bB](?:_?[01])+'
_Oct = r'0[oO](?:_?[0-7])+'
_Dec = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
_Int = _group(_Hex, _Bin, _Oct, _Dec)
_Exponent = r'[eE][-+]?' + _Digits
_Point = _group(_Digits + r'\.(?:' + _Digits + ')?', r'\.' + _Digits) + _maybe(_Exponent)
_Float = _group(_Point, _Digits + _Exponent)
_Imag = _group(_Digits + r'[jJ]', _Float + r'[jJ]')
_Number = _group(_Imag, _Float, _Int)

_ALL_PREFIXES = sorted(_prefixes(), key=len, reverse=True)
_Prefix = _group(*[re.escape(p) for p in _ALL_PREFIXES])

# the rest of a string after its opening quote(s)
_Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
_Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
_Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
_Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
_Triple = _group(_Prefix + "'''", _Prefix + '"""')
# a one-line string, or the first line of one continued with a backslash
_ContStr = _group(_Prefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + _group("'", r'\\\r?\n'),
                  _Prefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + _group('"', r'\\\r?\n'))
_Special = _group(r'\r?\n', *[re.escape(op) for op in sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)])
_PseudoExtras = _group(r'\\\r?\n|\Z', _Comment, _Triple)
_PseudoToken = _Whitespace + _group(_PseudoExtras, _Number, _Special, _ContStr, _Name)

_pseudo = re.compile(_PseudoToken, re.UNICODE)
_endpats = {}
for _p in _ALL_PREFIXES:
    _endpats[_p + "'"] = re.compile(_Single, re.DOTALL)
    _endpats[_p + '"'] = re.compile(_Double, re.DOTALL)
    _endpats[_p + "'''"] = re.compile(_Single3, re.DOTALL)
    _endpats[_p + '"""'] = re.compile(_Double3, re.DOTALL)
_single_quoted = set()
_triple_quoted = set()
for _p in _ALL_PREFIXES:
    _single_quoted.add(_p + "'")
    _single_quoted.add(_p + '"')
    _triple_quoted.add(_p + "'''")
    _triple_quoted.add(_p + '"""')
del _p

_TABSIZE = 8


def _tokens(readline, encoding):
    """Yield the tokens of the str lines readline returns."""
    lnum = parenlev = 0
    continued = False
    indents = [0]
    contstr = None  # a string spanning lines: its text so far
    strstart = contline = endprog = None
    last_line = line = ''
    while True:
        try:
            last_line = line
            line = readline()
        except StopIteration:
            line = ''
        if encoding is not None and isinstance(line, bytes):
            line = line.decode(encoding)
        lnum += 1
        pos, end_of_line = 0, len(line)

        if contstr is not None:
            if not line:
                raise TokenError('EOF in multi-line string', strstart)
            m = endprog.match(line)
            if m:
                pos = m.end(0)
                yield TokenInfo(STRING, contstr + line[:pos], strstart, (lnum, pos), contline + line)
                contstr = contline = None
            else:
                contstr += line
                contline += line
                continue

        elif parenlev == 0 and not continued:
            if not line:
                break
            column = 0
            while pos < end_of_line:
                ch = line[pos]
                if ch == ' ':
                    column += 1
                elif ch == '\t':
                    column = (column // _TABSIZE + 1) * _TABSIZE
                elif ch == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end_of_line:
                break
            if line[pos] in '#\r\n':
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos), (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError('unindent does not match any outer indentation level',
                                           ('<tokenize>', lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            if not line:
                raise TokenError('EOF in multi-line statement', (lnum, 0))
            continued = False

        while pos < end_of_line:
            m = _pseudo.match(line, pos)
            if not m:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = m.span(1)
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            text, initial = line[start:end], line[start]
            if initial in '0123456789' or (initial == '.' and text != '.' and text != '...'):
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif initial in '\r\n':
                yield TokenInfo(NL if parenlev > 0 else NEWLINE, text, spos, epos, line)
            elif initial == '#':
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif text in _triple_quoted:
                endprog = _endpats[text]
                m = endprog.match(line, pos)
                if m:
                    pos = m.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    strstart = (lnum, start)
                    contstr = line[start:]
                    contline = line
                    break
            elif initial in _single_quoted or text[:2] in _single_quoted or text[:3] in _single_quoted:
                if text[-1] == '\n':
                    # a string continued with a backslash onto the next line
                    strstart = (lnum, start)
                    quote = initial if initial in '\'"' else (text[1] if text[1] in '\'"' else text[2])
                    endprog = _endpats[quote]
                    contstr, contline = line[start:], line
                    break
                yield TokenInfo(STRING, text, spos, epos, line)
            elif initial.isidentifier():
                yield TokenInfo(NAME, text, spos, epos, line)
            elif initial == '\\':
                continued = True
            else:
                if initial in '([{':
                    parenlev += 1
                elif initial in ')]}':
                    parenlev -= 1
                yield TokenInfo(OP, text, spos, epos, line)

    # a last line without its newline still ends its statement
    if last_line and last_line[-1] not in '\r\n' and not last_line.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(last_line)), (lnum - 1, len(last_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def generate_tokens(readline):
    """Tokenize the str lines that readline returns ('' at the end)."""
    return _tokens(readline, None)


def _normal_name(name):
    enc = name[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
            enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def detect_encoding(readline):
    """Read up to two lines of bytes for a BOM or a coding cookie; return
    the encoding and the lines read."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = 'invalid or missing encoding declaration'
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        m = cookie_re.match(text)
        if not m:
            return None
        encoding = _normal_name(m.group(1))
        try:
            codecs.lookup(encoding)
        except LookupError:
            if filename is None:
                msg = 'unknown encoding: ' + encoding
            else:
                msg = 'unknown encoding for {!r}: {}'.format(filename, encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(codecs.BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def tokenize(readline):
    """Tokenize the bytes lines that readline returns (b'' at the end):
    an ENCODING token first, then the tokens of the decoded source."""
    encoding, consumed = detect_encoding(readline)
    pending = list(consumed)

    def lines():
        if pending:
            return pending.pop(0)
        try:
            return readline()
        except StopIteration:
            return b''

    if encoding == 'utf-8-sig':
        encoding = 'utf-8'  # detect_encoding dropped the BOM
    yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    yield from _tokens(lines, encoding)


def open(filename):
    """Open a Python source file for reading text in the encoding that its
    BOM or coding cookie names."""
    import builtins
    buffer = builtins.open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
    finally:
        buffer.close()
    return builtins.open(filename, 'r', encoding=encoding)


class Untokenizer:
    """Rebuilds source from tokens (see untokenize)."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or (row == self.prev_row and col < self.prev_col):
            raise ValueError('start ({},{}) precedes previous end ({},{})'
                             .format(row, col, self.prev_row, self.prev_col))
        if row - self.prev_row:
            self.tokens.append('\\\n' * (row - self.prev_row))
            self.prev_col = 0
        if col - self.prev_col:
            self.tokens.append(' ' * (col - self.prev_col))

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        startline = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            kind, text, start, end, line = t
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                startline = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return ''.join(self.tokens)

    def compat(self, first, rest):
        # (type, string) pairs: spacing is made up, the tokens stay
        indents = []
        startline = False
        prevstring = False
        items = [first]
        items.extend(rest)
        for t in items:
            kind, text = t[0], t[1]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING:
                if prevstring:
                    text = ' ' + text
                prevstring = True
            else:
                prevstring = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                self.tokens.append(indents[-1])
                startline = False
            self.tokens.append(text)


def untokenize(iterable):
    """Source text from tokens: 5-tuples give back the original spacing,
    (type, string) pairs source that tokenizes the same. With an ENCODING
    token the result is bytes in that encoding."""
    u = Untokenizer()
    out = u.untokenize(iterable)
    if u.encoding is not None:
        out = out.encode(u.encoding)
    return out
