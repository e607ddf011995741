"""Headers with non-ASCII text: RFC 2047 encoded words (email.header)."""

import base64
import re

from email import charset as _charset
from email.charset import Charset

__all__ = ['Header', 'decode_header', 'make_header']

_ecre = re.compile(r'=\?([^?]*?)\?([qQbB])\?(.*?)\?=', re.MULTILINE)
USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')
MAXLINELEN = 78


def _to_bytes(s):
    try:
        return s.encode('latin-1')
    except UnicodeEncodeError:
        return s.encode('utf-8')


def _q_decode(s):
    s = s.replace('_', ' ')
    out = bytearray()
    i = 0
    while i < len(s):
        if s[i] == '=' and i + 2 < len(s) + 1 and len(s[i + 1:i + 3]) == 2:
            try:
                out.append(int(s[i + 1:i + 3], 16))
                i += 3
                continue
            except ValueError:
                pass
        out.extend(s[i].encode('latin-1'))
        i += 1
    return bytes(out)


def decode_header(header):
    """The (text, charset) parts of a header value: [(str, None)] when it
    has no encoded words, else bytes with their charsets (None for the
    plain parts)."""
    if hasattr(header, '_chunks'):
        return [(s.encode(str(c) if str(c) != 'us-ascii' else 'ascii'), str(c)) for s, c in header._chunks]
    if not _ecre.search(header):
        return [(header, None)]
    words = []
    for line in header.splitlines():
        pos = 0
        first = True
        for m in _ecre.finditer(line):
            plain = line[pos:m.start()]
            if first:
                plain = plain.lstrip()
                first = False
            if plain:
                words.append((plain, None, None))
            words.append((m.group(3), m.group(2).lower(), m.group(1).lower()))
            pos = m.end()
        plain = line[pos:]
        if first:
            plain = plain.lstrip()
        if plain:
            words.append((plain, None, None))
    # whitespace between two encoded words is dropped
    keep = []
    for n, w in enumerate(words):
        if 0 < n < len(words) - 1 and w[1] is None and w[0].isspace() and words[n - 1][1] and words[n + 1][1]:
            continue
        keep.append(w)
    decoded = []
    for text, enc, cs in keep:
        if enc is None:
            decoded.append((_to_bytes(text), None))
        elif enc == 'q':
            decoded.append((_q_decode(text), cs))
        else:
            pad = len(text) % 4
            if pad:
                text += '==='[:4 - pad]
            decoded.append((base64.b64decode(text), cs))
    collapsed = []
    for word, cs in decoded:
        if collapsed and collapsed[-1][1] == cs:
            prev = collapsed[-1][0]
            collapsed[-1] = (prev + (b' ' if cs is None else b'') + word, cs)
        else:
            collapsed.append((word, cs))
    return collapsed


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    """A Header from decode_header's parts."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name, continuation_ws=continuation_ws)
    for s, cs in decoded_seq:
        if cs is not None and not isinstance(cs, Charset):
            cs = Charset(cs)
        h.append(s, cs)
    return h


class Header:
    """A header value in one or more charsets, encoded as RFC 2047
    words where it is not ASCII."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        if maxlinelen is None:
            maxlinelen = MAXLINELEN
        self._maxlinelen = maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def __str__(self):
        out = []
        last = None
        for s, cs in self._chunks:
            if last is not None and (last == 'us-ascii') != (str(cs) == 'us-ascii') and out and \
                    not out[-1].endswith(' ') and not s.startswith(' '):
                out.append(' ')
            out.append(s)
            last = str(cs)
        return ''.join(out)

    def __eq__(self, other):
        return other == str(self)

    def append(self, s, charset=None, errors='strict'):
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            s = s.decode(charset.input_codec or 'us-ascii', errors)
        out = charset.output_codec or 'us-ascii'
        if out == 'us-ascii':
            try:
                s.encode('ascii')
            except UnicodeEncodeError:
                charset = UTF8
        self._chunks.append((s, charset))

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        lines = ['']
        width = maxlinelen - self._headerlen
        for s, cs in self._chunks:
            if str(cs) == 'us-ascii' or cs.header_encoding is None:
                for i, word in enumerate(s.split(' ')):
                    piece = word if (i == 0 and (not lines[-1] or lines[-1].endswith(' '))) else ' ' + word
                    if i == 0 and lines[-1] and not lines[-1].endswith(' '):
                        piece = ' ' + word
                    if lines[-1] and len(lines[-1]) + len(piece) > width:
                        lines.append(piece if piece.startswith(' ') else self._continuation_ws + piece)
                        width = maxlinelen
                    else:
                        lines[-1] += piece
                continue
            if lines[-1]:
                lines[-1] += ' '
            # encoded words, each as long as fits the line
            rest = s
            while rest:
                room = width - len(lines[-1])
                n = len(rest)
                while n > 1 and len(cs.header_encode(rest[:n])) > room:
                    n -= 1
                if len(cs.header_encode(rest[:n])) > room and lines[-1].strip():
                    lines.append(self._continuation_ws)
                    width = maxlinelen
                    continue
                lines[-1] += cs.header_encode(rest[:n])
                rest = rest[n:]
                if rest:
                    lines.append(self._continuation_ws)
                    width = maxlinelen
        return linesep.join(lines)
