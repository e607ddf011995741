"""Codec registry and stream wrappers (gowikibot's own codecs module).

The text encodings are those str.encode and bytes.decode know (utf-8,
utf-8-sig, ascii, latin-1, utf-16 and utf-32 with their byte-order
variants, and their aliases), plus unicode_escape and rot13. codecs.open returns a reader-writer that decodes what it reads and
encodes what it writes, without newline translation, as CPython's does.
"""
import builtins
import sys

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE',
           'BOM32_LE', 'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE',
           'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE', 'CodecInfo', 'Codec',
           'IncrementalEncoder', 'IncrementalDecoder', 'StreamReader', 'StreamWriter',
           'StreamReaderWriter', 'StreamRecoder', 'getencoder', 'getdecoder',
           'getincrementalencoder', 'getincrementaldecoder', 'getreader', 'getwriter',
           'encode', 'decode', 'iterencode', 'iterdecode', 'strict_errors', 'ignore_errors',
           'replace_errors', 'xmlcharrefreplace_errors', 'backslashreplace_errors',
           'namereplace_errors', 'register_error', 'lookup_error']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE

# normalised alias -> codec name (as CodecInfo.name reports it)
_ALIASES = {
    'utf-8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'utf-8-sig': 'utf-8-sig', 'utf8-sig': 'utf-8-sig',
    'ascii': 'ascii', 'us-ascii': 'ascii', '646': 'ascii', 'us': 'ascii', 'ansi-x3.4-1968': 'ascii',
    'latin-1': 'iso8859-1', 'latin1': 'iso8859-1', 'iso-8859-1': 'iso8859-1',
    'iso8859-1': 'iso8859-1', '8859': 'iso8859-1', 'cp819': 'iso8859-1', 'l1': 'iso8859-1',
    'latin': 'iso8859-1', 'iso-ir-100': 'iso8859-1',
    'unicode-escape': 'unicode-escape',
    'rot13': 'rot-13', 'rot-13': 'rot-13',
    'utf-16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16',
    'utf-16-le': 'utf-16-le', 'utf-16le': 'utf-16-le', 'unicodelittleunmarked': 'utf-16-le',
    'utf-16-be': 'utf-16-be', 'utf-16be': 'utf-16-be', 'unicodebigunmarked': 'utf-16-be',
    'utf-32': 'utf-32', 'utf32': 'utf-32', 'u32': 'utf-32',
    'utf-32-le': 'utf-32-le', 'utf-32le': 'utf-32-le',
    'utf-32-be': 'utf-32-be', 'utf-32be': 'utf-32-be',
}

# codec name -> the name str.encode / bytes.decode use
_NATIVE = {'utf-8': 'utf-8', 'utf-8-sig': 'utf-8-sig', 'ascii': 'ascii', 'iso8859-1': 'latin-1',
           'utf-16': 'utf-16', 'utf-16-le': 'utf-16-le', 'utf-16-be': 'utf-16-be',
           'utf-32': 'utf-32', 'utf-32-le': 'utf-32-le', 'utf-32-be': 'utf-32-be'}

# The UTF-16 and UTF-32 codecs: code unit width by codec name; and for the
# two that write and read a byte order mark, (little-endian BOM, big-endian
# BOM, little-endian codec, big-endian codec).
_UTF_WIDTH = {'utf-16': 2, 'utf-16-le': 2, 'utf-16-be': 2, 'utf-32': 4, 'utf-32-le': 4, 'utf-32-be': 4}
_BOM_CODECS = {'utf-16': (BOM_UTF16_LE, BOM_UTF16_BE, 'utf-16-le', 'utf-16-be'),
               'utf-32': (BOM_UTF32_LE, BOM_UTF32_BE, 'utf-32-le', 'utf-32-be')}


def _bom_encode(state, name, text, errors):
    """Encode text with a BOM-marked codec for a stream or incremental
    encoder (state): the mark only before the first piece, as CPython's."""
    if getattr(state, '_bom_done', False):
        le, be, lename, bename = _BOM_CODECS[name]
        return text.encode(lename if sys.byteorder == 'little' else bename, errors)
    state._bom_done = True
    return text.encode(name, errors)


def _wide_complete(name, data):
    """How many leading bytes of data are whole code units of codec name
    (utf-16-le, utf-16-be, utf-32-le or utf-32-be), not ending in the first
    half of a surrogate pair (left for the next piece)."""
    width = _UTF_WIDTH[name]
    n = len(data) - len(data) % width
    if width == 2 and n >= 2:
        high = data[n - 2] if name.endswith('be') else data[n - 1]
        if 0xd8 <= high <= 0xdb:
            n -= 2
    return n


def _wide_decode(state, name, data, errors, final):
    """Decode a piece of UTF-16 or UTF-32 for a stream or incremental
    decoder (state): the byte order is taken from a BOM at the start (native
    without one) and kept; returns (text, bytes consumed)."""
    skip = 0
    if name in _BOM_CODECS:
        fixed = getattr(state, '_utf_fixed', None)
        if fixed is None:
            le, be, lename, bename = _BOM_CODECS[name]
            if len(data) < len(le) and not final:
                return '', 0
            if data.startswith(le):
                fixed, skip = lename, len(le)
            elif data.startswith(be):
                fixed, skip = bename, len(be)
            else:
                fixed = lename if sys.byteorder == 'little' else bename
            state._utf_fixed = fixed
        name = fixed
    data = data[skip:]
    n = len(data) if final else _wide_complete(name, data)
    return data[:n].decode(name, errors), n + skip

_search_functions = []
_cache = {}
_error_handlers = {}


def _normalize(encoding):
    return '-'.join(encoding.strip().lower().replace('_', ' ').replace('-', ' ').split())


class CodecInfo(tuple):
    """What lookup() returns: the codec's name and functions."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<codecs.CodecInfo object for encoding %s at %#x>' % (self.name, id(self))


def register(search_function):
    """Register a search function: it takes a normalised encoding name and
    returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    """Remove a search function registered with register()."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def _check_str(encoding):
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)


def lookup(encoding):
    """The CodecInfo of encoding; LookupError if it is unknown."""
    _check_str(encoding)
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    info = None
    name = _ALIASES.get(key)
    if name is not None:
        info = _builtin_codec(name)
    else:
        for fn in _search_functions:
            info = fn(key.replace('-', '_'))
            if info is not None:
                break
    if info is None:
        raise LookupError('unknown encoding: %s' % encoding)
    _cache[key] = info
    return info


# ---------------------------------------------------------------- encoding

def _unicode_escape_encode(text, errors):
    out = []
    for ch in text:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif o < 0x20 or 0x7f <= o < 0x100:
            out.append('\\x%02x' % o)
        elif o < 0x7f:
            out.append(ch)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return ''.join(out).encode('ascii')


_SIMPLE_ESCAPES = {'\n': '', '\\': '\\', "'": "'", '"': '"', 'a': '\x07', 'b': '\x08',
                   'f': '\x0c', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\x0b'}
_HEXDIGITS = '0123456789abcdefABCDEF'


def _unicode_escape_decode(data, errors):
    text = bytes(data).decode('latin-1')
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != '\\':
            out.append(ch)
            i += 1
            continue
        if i + 1 >= n:
            if errors == 'strict':
                raise UnicodeDecodeError('unicodeescape', bytes(data), i, n, '\\ at end of string')
            if errors == 'replace':
                out.append('\ufffd')
            break
        c = text[i + 1]
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
            i += 2
        elif c in '01234567':
            j = i + 1
            while j < n and j < i + 4 and text[j] in '01234567':
                j += 1
            out.append(chr(int(text[i + 1:j], 8)))
            i = j
        elif c in 'xuU':
            width = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = text[i + 2:i + 2 + width]
            ok = len(digits) == width and all(d in _HEXDIGITS for d in digits)
            if ok and int(digits, 16) > 0x10ffff:
                ok = False
                reason = 'illegal Unicode character'
            else:
                reason = 'truncated \\%sXX escape' % c if c == 'x' else (
                    'truncated \\uXXXX escape' if c == 'u' else 'truncated \\UXXXXXXXX escape')
            if ok:
                out.append(chr(int(digits, 16)))
                i += 2 + width
            else:
                end = i + 2
                while end < n and end < i + 2 + width and text[end] in _HEXDIGITS:
                    end += 1
                if errors == 'strict':
                    raise UnicodeDecodeError('unicodeescape', bytes(data), i, end, reason)
                if errors == 'replace':
                    out.append('\ufffd')
                i = end
        else:
            out.append('\\' + c)
            i += 2
    return ''.join(out)


def _rot13(text):
    out = []
    for ch in text:
        o = ord(ch)
        if 65 <= o <= 90:
            out.append(chr((o - 65 + 13) % 26 + 65))
        elif 97 <= o <= 122:
            out.append(chr((o - 97 + 13) % 26 + 97))
        else:
            out.append(ch)
    return ''.join(out)


def _encode_with(name, text, errors):
    if name == 'unicode-escape':
        return _unicode_escape_encode(text, errors)
    if name == 'rot-13':
        return _rot13(text)
    return text.encode(_NATIVE[name], errors)


def _utf8_complete(data):
    """How many leading bytes of UTF-8 data end on a character boundary
    (an incomplete sequence at the end is left for the next read)."""
    n = len(data)
    i = n - 1
    k = 0
    while i >= 0 and k < 3 and data[i] & 0xc0 == 0x80:
        i -= 1
        k += 1
    if i < 0:
        return n
    lead = data[i]
    need = 1
    if lead >= 0xf0 and lead <= 0xf4:
        need = 4
    elif lead >= 0xe0:
        need = 3
    elif lead >= 0xc2:
        need = 2
    if need > 1 and n - i < need:
        return i
    return n


def _decode_with(name, data, errors, final=True):
    """Decode data; returns (text, bytes consumed)."""
    if name == 'rot-13':
        return _rot13(data), len(data)
    data = bytes(data)
    if name == 'unicode-escape':
        return _unicode_escape_decode(data, errors), len(data)
    consumed = len(data)
    if not final and name in ('utf-8', 'utf-8-sig'):
        consumed = _utf8_complete(data)
        data = data[:consumed]
    return data.decode(_NATIVE[name], errors), consumed


def _builtin_codec(name):
    def enc(input, errors='strict'):
        return _encode_with(name, input, errors), len(input)

    def dec(input, errors='strict'):
        return _decode_with(name, input, errors, True)

    class Reader(StreamReader):
        pass

    class Writer(StreamWriter):
        pass

    class IncEncoder(IncrementalEncoder):
        pass

    class IncDecoder(BufferedIncrementalDecoder):
        pass

    for cls in (Reader, Writer, IncEncoder, IncDecoder):
        cls._codec_name = name
    return CodecInfo(enc, dec, Reader, Writer, IncEncoder, IncDecoder, name=name,
                     _is_text_encoding=name != 'rot-13')


def _text_codec(encoding, what):
    info = lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError("'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs"
                          % (encoding, what))
    return info


# The bytes-to-bytes codecs of codecs.encode/decode: normalised alias ->
# (encode, decode), by the modules that do the work (imported when used).
_BINARY = {}
for _names, _mod, _enc, _dec in (
        (('hex', 'hex-codec'), 'binascii', 'b2a_hex', 'a2b_hex'),
        (('base64', 'base-64', 'base64-codec'), 'base64', 'encodebytes', 'decodebytes'),
        (('zlib', 'zip', 'zlib-codec'), 'zlib', 'compress', 'decompress'),
        (('bz2', 'bz2-codec'), 'bz2', 'compress', 'decompress')):
    for _n in _names:
        _BINARY[_n] = (_mod, _enc, _dec)
del _names, _mod, _enc, _dec, _n


def _binary(encoding, which, obj, errors):
    mod, enc, dec = _BINARY[encoding.lower().replace('_', '-').strip()]
    if errors != 'strict':
        raise ValueError("Unsupported error handling mode: %s" % errors)
    fn = getattr(__import__(mod), enc if which == 'encode' else dec)
    return fn(obj)


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec of encoding."""
    if isinstance(encoding, str) and encoding.lower().replace('_', '-').strip() in _BINARY:
        return _binary(encoding, 'encode', obj, errors)
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec of encoding."""
    if isinstance(encoding, str) and encoding.lower().replace('_', '-').strip() in _BINARY:
        return _binary(encoding, 'decode', obj, errors)
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    """The encode function of encoding's codec."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """The decode function of encoding's codec."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """The incremental encoder class of encoding's codec."""
    cls = lookup(encoding).incrementalencoder
    if cls is None:
        raise LookupError(encoding)
    return cls


def getincrementaldecoder(encoding):
    """The incremental decoder class of encoding's codec."""
    cls = lookup(encoding).incrementaldecoder
    if cls is None:
        raise LookupError(encoding)
    return cls


def getreader(encoding):
    """The StreamReader class of encoding's codec."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """The StreamWriter class of encoding's codec."""
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings of iterator one after the other."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for item in iterator:
        out = encoder.encode(item)
        if out:
            yield out
    out = encoder.encode('', True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the byte strings of iterator one after the other."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for item in iterator:
        out = decoder.decode(item)
        if out:
            yield out
    out = decoder.decode(b'', True)
    if out:
        yield out


# ------------------------------------------------------------ base classes

class Codec:
    """Stateless encoder and decoder; a codec's classes derive from it."""

    _codec_name = None

    def encode(self, input, errors='strict'):
        """Encode input; returns (output, length consumed)."""
        if self._codec_name is None:
            raise NotImplementedError
        return _encode_with(self._codec_name, input, errors), len(input)

    def decode(self, input, errors='strict'):
        """Decode input; returns (output, length consumed)."""
        if self._codec_name is None:
            raise NotImplementedError
        return _decode_with(self._codec_name, input, errors, True)


class IncrementalEncoder:
    """Encodes input given in pieces."""

    _codec_name = None

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        """Encode a piece of input."""
        if self._codec_name is None:
            raise NotImplementedError
        if self._codec_name in _BOM_CODECS:
            return _bom_encode(self, self._codec_name, input, self.errors)
        return _encode_with(self._codec_name, input, self.errors)

    def reset(self):
        """Forget any state."""
        self._bom_done = False

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes input given in pieces."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forget any state."""

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps an incomplete character for the
    next call."""

    _codec_name = None

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        if self._codec_name in _UTF_WIDTH:
            return _wide_decode(self, self._codec_name, bytes(input), errors, final)
        return _decode_with(self._codec_name, input, errors, final)

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        self.buffer = b''
        self._utf_fixed = None

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class _StreamDelegate:
    """What the stream classes share: other attributes are the wrapped
    stream's, and "with" closes the stream."""

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamWriter(_StreamDelegate, Codec):
    """Writes encoded text to a byte stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        """Encode object and write it to the stream."""
        if self._codec_name in _BOM_CODECS:
            data = _bom_encode(self, self._codec_name, object, self.errors)
        else:
            data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        """Write the concatenated strings of list."""
        self.write(''.join(list))

    def reset(self):
        """Forget any encoder state."""
        self._bom_done = False

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()


class StreamReader(_StreamDelegate, Codec):
    """Reads and decodes text from a byte stream."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b''
        self._empty_charbuffer = ''
        self.charbuffer = ''
        self.linebuffer = None

    def _decode_piece(self, data, final):
        # as CPython's stream readers do, an incomplete character at the
        # very end of the stream is never decoded (final is not passed on)
        if self._codec_name in _UTF_WIDTH:
            return _wide_decode(self, self._codec_name, bytes(data), self.errors, False)
        return _decode_with(self._codec_name, data, self.errors, False)

    def read(self, size=-1, chars=-1, firstline=False):
        """Decode and return up to chars characters (all with -1), reading
        about size bytes at a time."""
        if self.linebuffer:
            self.charbuffer = ''.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            if size < 0:
                newdata = self.stream.read()
            else:
                newdata = self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self._decode_piece(data, not newdata)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self._decode_piece(data[:exc.start], True)
                    lines = newchars.splitlines(True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = ''
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        """Read one line (lines end as str.splitlines ends them)."""
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(False)[0]
            return line
        readsize = size or 72
        line = ''
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                if data.endswith('\r'):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = ''.join(lines[1:]) + self.charbuffer
                    if keepends:
                        line = line0withend
                    else:
                        line = line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        """All remaining lines."""
        return self.read().splitlines(keepends)

    def reset(self):
        """Forget buffered data."""
        self.bytebuffer = b''
        self.charbuffer = ''
        self.linebuffer = None
        self._utf_fixed = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self


class StreamReaderWriter(_StreamDelegate):
    """A byte stream wrapped by a reader and a writer of one codec."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()


class StreamRecoder(_StreamDelegate):
    """Reads and writes bytes of one encoding over a stream of another."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, consumed = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        data = self.reader.readline(size)
        data, consumed = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, consumed = self.encode(data, self.errors)
        return data.splitlines(True)

    def write(self, data):
        data, consumed = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        return self.write(b''.join(list))

    def reset(self):
        self.reader.reset()
        self.writer.reset()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open filename; with an encoding, a reader-writer that decodes what it
    reads and encodes what it writes (the file is opened in binary mode,
    so line ends are not translated)."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except BaseException:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """A recoder: data is given and returned in data_encoding, stored in
    file_encoding."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


# ----------------------------------------------------------- error handlers

def strict_errors(exc):
    """Raise the exception."""
    raise exc


def ignore_errors(exc):
    """Skip the offending part."""
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        return ('', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def replace_errors(exc):
    """Replace the offending part with '?' (encoding) or U+FFFD (decoding)."""
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    """Replace unencodable characters with XML character references."""
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def backslashreplace_errors(exc):
    """Replace the offending part with backslash escapes."""
    if isinstance(exc, UnicodeEncodeError):
        out = []
        for c in exc.object[exc.start:exc.end]:
            o = ord(c)
            if o < 0x100:
                out.append('\\x%02x' % o)
            elif o < 0x10000:
                out.append('\\u%04x' % o)
            else:
                out.append('\\U%08x' % o)
        return (''.join(out), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def namereplace_errors(exc):
    """Replace unencodable characters with \\N{...} escapes (\\x/\\u
    escapes here: there is no character name database)."""
    return backslashreplace_errors(exc)


_error_handlers.update({
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors, 'namereplace': namereplace_errors,
})


def register_error(name, error_handler):
    """Register error_handler under name (it is found by lookup_error;
    str.encode and bytes.decode know only the built-in handlers)."""
    if not callable(error_handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = error_handler


def lookup_error(name):
    """The error handler registered under name."""
    if name not in _error_handlers:
        raise LookupError('unknown error handler name %s' % repr(name))
    return _error_handlers[name]
