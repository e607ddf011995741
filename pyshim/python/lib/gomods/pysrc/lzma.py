"""Compression with the LZMA algorithm (gowikibot: github.com/ulikunitz/xz, pure Go).

The .xz and legacy .lzma formats; FORMAT_RAW, filter chains and presets
are not supported (the preset argument is accepted and ignored).
"""

import os
import _gwb_lzma

__all__ = ['CHECK_NONE', 'CHECK_CRC32', 'CHECK_CRC64', 'CHECK_SHA256', 'CHECK_ID_MAX', 'CHECK_UNKNOWN',
           'FORMAT_AUTO', 'FORMAT_XZ', 'FORMAT_ALONE', 'FORMAT_RAW', 'PRESET_DEFAULT', 'PRESET_EXTREME',
           'LZMACompressor', 'LZMADecompressor', 'LZMAFile', 'LZMAError', 'open', 'compress',
           'decompress', 'is_check_supported']

FORMAT_AUTO = 0
FORMAT_XZ = 1
FORMAT_ALONE = 2
FORMAT_RAW = 3
CHECK_NONE = 0
CHECK_CRC32 = 1
CHECK_CRC64 = 4
CHECK_SHA256 = 10
CHECK_ID_MAX = 15
CHECK_UNKNOWN = 16
PRESET_DEFAULT = 6
PRESET_EXTREME = 0x80000000
FILTER_LZMA1 = 0x4000000000000001
FILTER_LZMA2 = 0x21


class LZMAError(Exception):
    """An error in the liblzma-compatible code."""


_gwb_lzma.set_error(LZMAError)


def _format(format, reading):
    if format == FORMAT_RAW:
        raise ValueError('FORMAT_RAW is not supported by gowikibot')
    if format is None:
        return FORMAT_AUTO if reading else FORMAT_XZ
    if format == FORMAT_AUTO and not reading:
        raise ValueError('FORMAT_AUTO is only valid for decompression')
    return format


def is_check_supported(check_id):
    return check_id in (CHECK_NONE, CHECK_CRC32, CHECK_CRC64, CHECK_SHA256)


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    """Compress data into one .xz (or .lzma) stream."""
    return _gwb_lzma.compress(data, _format(format, False))


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """Decompress an .xz or .lzma stream."""
    return _gwb_lzma.decompress(data, _format(format, True))


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


def LZMAFile(filename=None, mode='r', *, format=None, check=-1, preset=None, filters=None):
    """A binary file object reading or writing .xz/.lzma data."""
    m = mode.replace('b', '')
    if m not in ('r', 'w', 'a', 'x'):
        raise ValueError('Invalid mode: %r' % (mode,))
    target = _target(filename)
    if m == 'x':
        if isinstance(target, str) and os.path.exists(target):
            raise FileExistsError(17, 'File exists', target)
        m = 'w'
    return _gwb_lzma.open(target, m, _format(format, m == 'r'), False)


def open(filename, mode='rb', *, format=None, check=-1, preset=None, filters=None,
         encoding=None, errors=None, newline=None):
    """Open an .xz/.lzma file in binary or text ('rt', 'wt') mode."""
    if 't' in mode and 'b' in mode:
        raise ValueError('Invalid mode: %r' % (mode,))
    m = mode.replace('b', '').replace('t', '')
    if m not in ('r', 'w', 'a', 'x'):
        raise ValueError('Invalid mode: %r' % (mode,))
    target = _target(filename)
    if m == 'x':
        if isinstance(target, str) and os.path.exists(target):
            raise FileExistsError(17, 'File exists', target)
        m = 'w'
    return _gwb_lzma.open(target, m, _format(format, m == 'r'), 't' in mode)


class LZMACompressor:
    """Compress data given in pieces (the output comes at flush())."""

    def __init__(self, format=FORMAT_XZ, check=-1, preset=None, filters=None):
        self._format = _format(format, False)
        self._parts = []

    def compress(self, data):
        self._parts.append(bytes(data))
        return b''

    def flush(self):
        return _gwb_lzma.compress(b''.join(self._parts), self._format)


class LZMADecompressor:
    """Decompress data given in pieces (the output comes when the stream is complete)."""

    def __init__(self, format=FORMAT_AUTO, memlimit=None, filters=None):
        self._format = _format(format, True)
        self._pending = b''
        self.eof = False
        self.unused_data = b''
        self.needs_input = True
        self.check = CHECK_UNKNOWN

    def decompress(self, data, max_length=-1):
        if self.eof:
            raise EOFError('Already at end of stream')
        self._pending += bytes(data)
        try:
            out = _gwb_lzma.decompress(self._pending, self._format)
        except EOFError:
            return b''
        self.eof = True
        self.needs_input = False
        return out
