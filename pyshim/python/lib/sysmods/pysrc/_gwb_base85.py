"""base64's Base85 (b85encode, b85decode: git's and Mercurial's alphabet)
and Ascii85 (a85encode, a85decode: btoa's and Adobe's) codecs
(gowikibot), with CPython's options and error texts."""

import struct

_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85_DEC = None


def _bytes(b):
    if isinstance(b, str):
        try:
            return b.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r" % type(b).__name__)


def _encode(b, alphabet, pad, zero, spaces):
    # groups of 4 bytes as 5 base-85 digits; zero / spaces shortcut the
    # all-zero and all-space groups (Ascii85's 'z' and btoa's 'y')
    if not isinstance(b, (bytes, bytearray)):
        b = memoryview_bytes(b)
    extra = -len(b) % 4
    data = bytes(b) + b'\0' * extra
    out = []
    for i in range(0, len(data), 4):
        word = struct.unpack('!I', data[i:i + 4])[0]
        if zero and word == 0:
            out.append(b'z')
            continue
        if spaces and word == 0x20202020:
            out.append(b'y')
            continue
        digits = bytearray(5)
        for k in range(4, -1, -1):
            word, r = divmod(word, 85)
            digits[k] = alphabet[r]
        out.append(bytes(digits))
    if extra and not pad:
        if out[-1] == b'z':
            out[-1] = alphabet[0:1] * 5
        out[-1] = out[-1][:-extra]
    return b''.join(out)


def memoryview_bytes(b):
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


def b85encode(b, pad=False):
    return _encode(b, _B85, pad, False, False)


def b85decode(b):
    global _B85_DEC
    if _B85_DEC is None:
        _B85_DEC = [None] * 256
        for i, c in enumerate(_B85):
            _B85_DEC[c] = i
    b = _bytes(b)
    padding = -len(b) % 5
    b = b + b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        chunk = b[i:i + 5]
        acc = 0
        for j, c in enumerate(chunk):
            v = _B85_DEC[c]
            if v is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            acc = acc * 85 + v
        if acc > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(struct.pack('!I', acc))
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


_A85 = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _encode(b, _A85, pad, True, foldspaces)
    if adobe:
        result = b'<~' + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += b'~>'
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _bytes(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(b'~>'))
        if b.startswith(b'<~'):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = []
    group = []
    for pos, c in enumerate(b + b'u' * 4):
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                acc = 0
                for x in group:
                    acc = 85 * acc + (x - 33)
                if acc > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out.append(struct.pack('!I', acc))
                group = []
        elif c == 122:  # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and c == 121:  # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    result = b''.join(out)
    padding = 4 - len(group)
    if padding:
        result = result[:-padding]
    return result
