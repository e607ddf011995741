"""Read and write ZIP files (gowikibot: Go's archive/zip underneath).

Stored and deflated members; bzip2 and lzma members cannot be read or
written. Mode 'a' rewrites the archive with the new members added.
"""

import os
import time
import _gwb_zip

__all__ = ['BadZipFile', 'BadZipfile', 'error', 'ZIP_STORED', 'ZIP_DEFLATED', 'ZIP_BZIP2',
           'ZIP_LZMA', 'is_zipfile', 'ZipInfo', 'ZipFile', 'LargeZipFile']

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14


def _fspath(p):
    if hasattr(p, '__fspath__'):
        p = p.__fspath__()
    if isinstance(p, bytes):
        p = p.decode()
    return p


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    pass


error = BadZipfile = BadZipFile


class ZipInfo:
    """Information about one member of a zip archive."""

    def __init__(self, filename='NoName', date_time=(1980, 1, 1, 0, 0, 0)):
        self.filename = filename.replace(os.sep, '/')
        self.orig_filename = filename
        self.date_time = date_time
        self.compress_type = ZIP_STORED
        self.comment = b''
        self.extra = b''
        self.create_system = 3
        self.external_attr = 0
        self.file_size = 0
        self.compress_size = 0
        self.CRC = 0
        self._index = None

    def is_dir(self):
        return self.filename[-1:] == '/'

    def __repr__(self):
        r = ['<ZipInfo filename=%r' % (self.filename,)]
        if self.compress_type != ZIP_STORED:
            r.append(' compress_type=%s' % {8: 'deflate', 12: 'bzip2', 14: 'lzma'}.get(self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            import stat
            r.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            r.append(' external_attr=%#x' % lo)
        if not self.is_dir() or self.file_size:
            r.append(' file_size=%r' % self.file_size)
        if (not self.is_dir() or self.compress_size) and (self.compress_type != ZIP_STORED or self.file_size != self.compress_size):
            r.append(' compress_size=%r' % self.compress_size)
        r.append('>')
        return ''.join(r)


def is_zipfile(filename):
    """Whether filename (a path or file object) is a zip archive."""
    try:
        if hasattr(filename, 'read'):
            pos = filename.tell()
            filename.seek(0)
            data = filename.read()
            filename.seek(pos)
            _gwb_zip.reader(data, BadZipFile).close()
        else:
            _gwb_zip.reader(_fspath(filename), BadZipFile).close()
        return True
    except (OSError, BadZipFile):
        return False


class ZipFile:
    """A zip archive opened for reading ('r'), writing ('w', 'x') or appending ('a')."""

    def __init__(self, file, mode='r', compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        if compression not in (ZIP_STORED, ZIP_DEFLATED):
            raise NotImplementedError('That compression method is not supported')
        self.mode = mode
        self.compression = compression
        self.compresslevel = compresslevel
        self.debug = 0
        self.comment = b''
        self._fileobj = None
        if isinstance(file, (str, bytes)) or hasattr(file, '__fspath__'):
            self.filename = _fspath(file)
        else:
            self.filename = getattr(file, 'name', None)
            self._fileobj = file
        self._infos = []
        self._names = {}
        self._reader = None
        self._writer = None
        if mode == 'r':
            self._open_reader()
        else:
            kept = []
            if mode == 'a' and (self._fileobj is not None or os.path.exists(self.filename)):
                self._open_reader()
                kept = [(i, self._reader.read(i._index)) for i in self._infos]
                self._reader.close()
                self._reader = None
                self._infos, self._names = [], {}
            if mode == 'x' and os.path.exists(self.filename):
                raise FileExistsError(17, 'File exists', self.filename)
            target = None if self._fileobj is not None else self.filename
            self._writer = _gwb_zip.writer(target, False)
            for info, data in kept:
                self._add(info, data)

    def _open_reader(self):
        if self._fileobj is not None:
            self._fileobj.seek(0)
            src = self._fileobj.read()
        else:
            src = self.filename
        self._reader = _gwb_zip.reader(src, BadZipFile)
        for i, e in enumerate(self._reader.entries()):
            info = ZipInfo(e[0], e[3])
            info.file_size, info.compress_size, info.CRC, info.compress_type = e[1], e[2], e[4], e[5]
            info.comment = e[6].encode() if isinstance(e[6], str) else e[6]
            info.external_attr = e[7]
            info.extra = e[8]
            info._index = i
            self._infos.append(info)
            self._names[info.filename] = info

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        r = ['<zipfile.ZipFile']
        if self._reader is None and self._writer is None:
            r.append(' [closed]')
        else:
            if self.filename is not None:
                r.append(' filename=%r' % self.filename)
            r.append(' mode=%r' % self.mode)
        r.append('>')
        return ''.join(r)

    def namelist(self):
        return [i.filename for i in self._infos]

    def infolist(self):
        return list(self._infos)

    def getinfo(self, name):
        info = self._names.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def printdir(self, file=None):
        print('%-46s %19s %12s' % ('File Name', 'Modified    ', 'Size'), file=file)
        for zinfo in self._infos:
            date = '%d-%02d-%02d %02d:%02d:%02d' % zinfo.date_time[:6]
            print('%-46s %s %12d' % (zinfo.filename, date, zinfo.file_size), file=file)

    def _need(self, mode):
        if self._reader is None and self._writer is None:
            raise ValueError('Attempt to use ZIP archive that was already closed')
        if mode == 'r' and self._reader is None:
            raise ValueError('read() requires mode "r"')

    def read(self, name, pwd=None):
        self._need('r')
        info = name if isinstance(name, ZipInfo) else self.getinfo(name)
        return self._reader.read(info._index)

    def open(self, name, mode='r', pwd=None, *, force_zip64=False):
        if mode == 'w':
            raise NotImplementedError("ZipFile.open(mode='w') is not supported; use writestr()")
        self._need('r')
        info = name if isinstance(name, ZipInfo) else self.getinfo(name)
        return self._reader.open(info._index)

    def testzip(self):
        self._need('r')
        for info in self._infos:
            try:
                self._reader.read(info._index)
            except BadZipFile:
                return info.filename
        return None

    def extract(self, member, path=None, pwd=None):
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        return self._extract(info, path if path is not None else os.getcwd())

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self._infos
        for m in members:
            self.extract(m, path)

    def _extract(self, info, path):
        parts = [p for p in info.filename.split('/') if p not in ('', '.', '..')]
        target = os.path.join(_fspath(path), *parts)
        if info.is_dir():
            if not os.path.isdir(target):
                os.makedirs(target)
            return target
        parent = os.path.dirname(target)
        if parent and not os.path.isdir(parent):
            os.makedirs(parent)
        with open(target, 'wb') as f:
            f.write(self.read(info))
        return target

    def _add(self, info, data):
        if self._writer is None:
            raise ValueError('Attempt to write to ZIP archive that was already closed')
        if info.filename in self._names:
            import warnings
            warnings.warn('Duplicate name: %r' % info.filename, UserWarning, stacklevel=3)
        self._writer.add(info.filename, data, info.compress_type, tuple(info.date_time), info.external_attr)
        info.file_size = len(data)
        self._infos.append(info)
        self._names[info.filename] = info

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if self._writer is None:
            raise ValueError('write() requires mode "w", "x", or "a"')
        if isinstance(data, str):
            data = data.encode('utf-8')
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            info.compress_type = self.compression
            if info.filename[-1:] == '/':
                info.external_attr = (0o40775 << 16) | 0x10
            else:
                info.external_attr = 0o600 << 16
        if compress_type is not None:
            info.compress_type = compress_type
        self._add(info, data)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        if self._writer is None:
            raise ValueError('write() requires mode "w", "x", or "a"')
        filename = _fspath(filename)
        st = os.stat(filename)
        mtime = time.localtime(st.st_mtime)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1]).lstrip('/')
        isdir = os.path.isdir(filename)
        if isdir:
            arcname += '/'
        info = ZipInfo(arcname, mtime[0:6])
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            info.external_attr |= 0x10
            info.compress_type = ZIP_STORED
            self._add(info, b'')
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        with open(filename, 'rb') as f:
            self._add(info, f.read())

    def close(self):
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._writer is not None:
            data = self._writer.close()
            self._writer = None
            if data is not None and self._fileobj is not None:
                self._fileobj.write(data)
