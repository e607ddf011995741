"""Read and write bzip2 data (gowikibot: Go's compress/bzip2 reads, the pure-Go
github.com/dsnet/compress/bzip2 writes).

The streams written are standard bzip2 (CPython's bz2 and bzip2(1) read them)
but not the bytes libbz2 writes for the same data and level. BZ2Compressor
keeps its input until flush(), which returns the whole stream. Text mode
takes any encoding, errors and newline; with the defaults (UTF-8, universal
newlines) reading streams, otherwise a text file being read is decoded whole
on its first read.
"""

import os
import _gwb_compress

__all__ = ['BZ2File', 'BZ2Compressor', 'BZ2Decompressor', 'open', 'compress', 'decompress']


def _target(filename):
    if isinstance(filename, str):
        return filename
    if isinstance(filename, bytes):
        return filename.decode()
    if hasattr(filename, '__fspath__'):
        return filename.__fspath__()
    if hasattr(filename, 'read') or hasattr(filename, 'write'):
        return filename
    raise TypeError('filename must be a str, bytes, file or PathLike object')


def _level(compresslevel):
    if not (1 <= compresslevel <= 9):
        raise ValueError('compresslevel must be between 1 and 9')


def _open(filename, mode, compresslevel, text):
    _level(compresslevel)
    if mode not in ('', 'r', 'rb', 'w', 'wb', 'x', 'xb', 'a', 'ab'):
        raise ValueError('Invalid mode: %r' % (mode,))
    m = mode.replace('b', '') or 'r'
    target = _target(filename)
    if m == 'x':
        if isinstance(target, str) and os.path.exists(target):
            raise FileExistsError(17, 'File exists', target)
        m = 'w'
    return _gwb_compress.open_stream('bz2', target, m, compresslevel, text)


def BZ2File(filename, mode='r', *, compresslevel=9):
    """A binary bzip2 file object: reading ('r'), writing ('w', 'x') or
    appending a new stream ('a')."""
    return _open(filename, mode, compresslevel, False)


def _utf8(encoding):
    return encoding is None or encoding.lower().replace('-', '').replace('_', '') in ('utf8', 'u8')


class _TextFile:
    """Text over a binary bzip2 stream with an encoding, errors and newline
    other than the Go stream's (UTF-8, universal newlines)."""

    def __init__(self, binary, encoding, errors, newline):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        self.buffer = binary
        self.encoding = encoding or 'utf-8'
        self.errors = errors or 'strict'
        'x'.encode(self.encoding)  # LookupError for an unknown encoding
        self._newline = newline
        self._text = None
        self._pos = 0

    name = property(lambda self: self.buffer.name)
    mode = property(lambda self: self.buffer.mode.replace('b', 't'))
    closed = property(lambda self: self.buffer.closed)
    newlines = None

    def _check(self):
        if self.buffer.closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return False

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        out = s
        if self._newline not in (None, '', '\n'):
            out = out.replace('\n', self._newline)
        self.buffer.write(out.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _load(self):
        self._check()
        if self._text is None:
            text = self.buffer.read().decode(self.encoding, self.errors)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = text
        return self._text

    def read(self, size=-1):
        text = self._load()
        if size is None or size < 0:
            end = len(text)
        else:
            end = min(len(text), self._pos + size)
        out = text[self._pos:end]
        self._pos = end
        return out

    def readline(self, size=-1):
        text = self._load()
        start = self._pos
        if self._newline in (None, '\n'):
            i = text.find('\n', start)
            end = len(text) if i < 0 else i + 1
        elif self._newline == '':
            end = len(text)
            for j in range(start, len(text)):
                c = text[j]
                if c == '\n':
                    end = j + 1
                    break
                if c == '\r':
                    end = j + 2 if text[j + 1:j + 2] == '\n' else j + 1
                    break
        else:
            i = text.find(self._newline, start)
            end = len(text) if i < 0 else i + len(self._newline)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return text[start:end]

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def open(filename, mode='rb', compresslevel=9, encoding=None, errors=None, newline=None):
    """Open a bzip2 file in binary ('rb', 'wb', 'ab', 'xb') or text ('rt',
    'wt', 'at', 'xt') mode."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
        return BZ2File(filename, mode, compresslevel=compresslevel)
    bmode = mode.replace('t', '')
    if _utf8(encoding) and errors is None and newline is None:
        return _open(filename, bmode, compresslevel, True)
    return _TextFile(_open(filename, bmode, compresslevel, False), encoding, errors, newline)


def compress(data, compresslevel=9):
    """Compress data into one bzip2 stream."""
    _level(compresslevel)
    return _gwb_compress.bz2_compress(data, compresslevel)


def decompress(data):
    """Decompress every bzip2 stream of data."""
    return _gwb_compress.bz2_decompress(data)


class BZ2Compressor:
    """Compress data given in pieces into one stream (the output comes at flush())."""

    def __init__(self, compresslevel=9):
        _level(compresslevel)
        self._level = compresslevel
        self._parts = []
        self._flushed = False

    def compress(self, data):
        if self._flushed:
            raise ValueError('Compressor has been flushed')
        self._parts.append(bytes(data))
        return b''

    def flush(self):
        if self._flushed:
            raise ValueError('Repeated call to flush()')
        self._flushed = True
        data = b''.join(self._parts)
        self._parts = None
        return _gwb_compress.bz2_compress(data, self._level)


class BZ2Decompressor:
    """Decompress data given in pieces (the output comes when the stream is complete)."""

    def __init__(self):
        self._pending = b''
        self.eof = False
        self.unused_data = b''
        self.needs_input = True

    def decompress(self, data, max_length=-1):
        if self.eof:
            raise EOFError('End of stream already reached')
        self._pending += bytes(data)
        try:
            out = _gwb_compress.bz2_decompress(self._pending)
        except EOFError:
            return b''
        self.eof = True
        self.needs_input = False
        return out
