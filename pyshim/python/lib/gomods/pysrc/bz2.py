"""Read bzip2 data (gowikibot: Go's compress/bzip2 underneath).

Go's standard library only decompresses bzip2: compress(), BZ2Compressor and
writing modes raise NotImplementedError.
"""

import _gwb_compress

__all__ = ['BZ2File', 'BZ2Compressor', 'BZ2Decompressor', 'open', 'compress', 'decompress']


def _target(filename):
    if isinstance(filename, str):
        return filename
    if isinstance(filename, bytes):
        return filename.decode()
    if hasattr(filename, '__fspath__'):
        return filename.__fspath__()
    if hasattr(filename, 'read'):
        return filename
    raise TypeError('filename must be a str, bytes, file or PathLike object')


def _nowrite():
    raise NotImplementedError('bz2 compression is not available in gowikibot (Go only decompresses bzip2)')


def BZ2File(filename, mode='r', *, compresslevel=9):
    """A binary bzip2 file object (reading only)."""
    if mode not in ('r', 'rb'):
        _nowrite()
    return _gwb_compress.open_stream('bz2', _target(filename), 'r', 9, False)


def open(filename, mode='rb', compresslevel=9, encoding=None, errors=None, newline=None):
    """Open a bzip2 file for reading in binary ('rb') or text ('rt') mode."""
    if mode.replace('b', '').replace('t', '') != 'r':
        _nowrite()
    return _gwb_compress.open_stream('bz2', _target(filename), 'r', 9, 't' in mode)


def compress(data, compresslevel=9):
    _nowrite()


def decompress(data):
    """Decompress every bzip2 stream of data."""
    return _gwb_compress.bz2_decompress(data)


class BZ2Compressor:
    def __init__(self, compresslevel=9):
        _nowrite()


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
