"""Compression compatible with gzip (gowikibot: Go's compress/flate underneath).

The compressed bytes are Go's: they decompress to the same data everywhere
but differ from CPython's zlib output byte for byte.
"""

import _gwb_compress

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


_gwb_compress.set_errors(error)


def _format(wbits):
    if 9 <= wbits <= 15 or wbits == 0:
        return 0
    if -15 <= wbits <= -9:
        return 1
    if 25 <= wbits <= 31:
        return 2
    raise ValueError('Invalid initialization option')


def compress(data, /, level=-1, wbits=MAX_WBITS):
    """Return data compressed (a zlib stream by default)."""
    return _gwb_compress.compress(data, _format(wbits), level)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Return data decompressed."""
    out, unused = _gwb_compress.decompress(data, wbits)
    return out


def crc32(data, value=0, /):
    """The CRC-32 checksum of data, starting from value."""
    return _gwb_compress.crc32(data, value)


def adler32(data, value=1, /):
    """The Adler-32 checksum of data, starting from value."""
    return _gwb_compress.adler32(data, value)


class _Compress:
    def __init__(self, level, wbits):
        self._level = level
        self._format = _format(wbits)
        self._buf = []
        self._done = False

    def compress(self, data):
        if self._done:
            raise error('Error -2 while compressing data: inconsistent stream state')
        self._buf.append(bytes(data))
        return b''

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH:
            return b''
        if mode != Z_FINISH:
            # Go's writer cannot continue one stream after a partial flush
            # the way zlib does: the whole stream is produced at Z_FINISH.
            return b''
        self._done = True
        return _gwb_compress.compress(b''.join(self._buf), self._format, self._level)

    def copy(self):
        c = _Compress(self._level, 15)
        c._format, c._buf = self._format, list(self._buf)
        return c


class _Decompress:
    def __init__(self, wbits):
        self._wbits = wbits
        self._pending = b''
        self.eof = False
        self.unused_data = b''
        self.unconsumed_tail = b''

    def decompress(self, data, max_length=0):
        if self.eof:
            self.unused_data += bytes(data)
            return b''
        self._pending += bytes(data)
        try:
            out, unused = _gwb_compress.decompress(self._pending, self._wbits)
        except error as e:
            if 'incomplete or truncated' in str(e):
                return b''
            raise
        self.eof = True
        self.unused_data = unused
        self._pending = b''
        return out

    def flush(self, length=DEF_BUF_SIZE):
        return b''

    def copy(self):
        d = _Decompress(self._wbits)
        d._pending, d.eof, d.unused_data = self._pending, self.eof, self.unused_data
        return d


def compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """A compression object (its output comes at flush())."""
    return _Compress(level, wbits)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """A decompression object for data given in pieces."""
    return _Decompress(wbits)
