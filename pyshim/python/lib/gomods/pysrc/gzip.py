"""Read and write gzip files (gowikibot: Go's compress/gzip underneath)."""

import os
import zlib
import _gwb_compress

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

READ, WRITE = 'rb', 'wb'


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


_gwb_compress.set_errors(zlib.error, BadGzipFile)


def _target(filename):
    if isinstance(filename, (str, bytes)):
        return filename.decode() if isinstance(filename, bytes) else filename, True
    if hasattr(filename, '__fspath__'):
        return filename.__fspath__(), True
    if hasattr(filename, 'read') or hasattr(filename, 'write'):
        return filename, False
    raise TypeError('filename must be a str or bytes object, or a file')


def _mode(mode):
    m = mode.replace('b', '').replace('t', '')
    if m not in ('r', 'w', 'a', 'x') or len(m) != 1:
        raise ValueError('Invalid mode: %r' % (mode,))
    return m


def GzipFile(filename=None, mode=None, compresslevel=9, fileobj=None, mtime=None):
    """A binary gzip file object (reading or writing, not both)."""
    if mode is not None and ('t' in mode or 'U' in mode):
        raise ValueError('Invalid mode: %r' % (mode,))
    if fileobj is not None:
        target = fileobj
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
    else:
        target, _ = _target(filename)
    if mode is None:
        mode = 'rb'
    m = _mode(mode)
    if m == 'x' and isinstance(target, str) and os.path.exists(target):
        raise FileExistsError(17, 'File exists', target)
    if m == 'x':
        m = 'w'
    return _gwb_compress.open_stream('gzip', target, m, compresslevel, False)


def open(filename, mode='rb', compresslevel=9, encoding=None, errors=None, newline=None):
    """Open a gzip file in binary ('rb', 'wb', 'ab') or text ('rt', 'wt', 'at') mode."""
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
    if encoding is not None and encoding.lower().replace('-', '').replace('_', '') not in ('utf8', 'ascii'):
        raise LookupError('gzip.open: only UTF-8 text is supported, not %s' % encoding)
    target, _ = _target(filename)
    m = _mode(mode)
    if m == 'x' and isinstance(target, str) and os.path.exists(target):
        raise FileExistsError(17, 'File exists', target)
    if m == 'x':
        m = 'w'
    return _gwb_compress.open_stream('gzip', target, m, compresslevel, 't' in mode)


def compress(data, compresslevel=9, *, mtime=None):
    """Compress data into one gzip member."""
    return _gwb_compress.compress(data, 2, compresslevel)


def decompress(data):
    """Decompress every gzip member of data."""
    return _gwb_compress.gzip_decompress(data)
