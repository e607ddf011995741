"""tarfile (gowikibot): tar archives over Go's archive/tar (_gwb_tar), plain
or compressed with gzip, bz2 or xz, with CPython's TarFile and TarInfo API,
the extraction filters (data, tar, fully_trusted) and errors. Opening reads
the members' headers in one pass; a member's content is read as the program
reads it (the stream goes on forward, or starts again for an earlier
member), so memory holds what is read. An archive being written is held whole
until close; the stream modes ('r|gz', 'w|gz') work as the plain ones. Written headers are
archive/tar's (USTAR, or PAX where a member needs it), not byte for byte
CPython's."""

import copy
import io
import os
import stat
import sys
import time

import _gwb_tar

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError", "CompressionError",
           "StreamError", "ExtractError", "HeaderError", "ENCODING", "USTAR_FORMAT", "GNU_FORMAT",
           "PAX_FORMAT", "DEFAULT_FORMAT", "open", "fully_trusted_filter", "data_filter", "tar_filter",
           "FilterError", "AbsoluteLinkError", "OutsideDestinationError", "SpecialFileError",
           "AbsolutePathError", "LinkOutsideDestinationError"]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"
LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE, CHRTYPE, BLKTYPE,
                   GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")

ENCODING = sys.getfilesystemencoding()


class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """General exception for extract errors."""


class ReadError(TarError):
    """Exception for unreadable tar archives."""


class CompressionError(TarError):
    """Exception for unavailable compression methods."""


class StreamError(TarError):
    """Exception for unsupported operations on stream-like TarFiles."""


class HeaderError(TarError):
    """Base exception for header errors."""


class FilterError(TarError):
    pass


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__('member %r has an absolute path' % (tarinfo.name,))


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__('%r would be extracted to %r, which is outside the destination' % (tarinfo.name, path))


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__('%r is a special file' % (tarinfo.name,))


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__('%r is a link to an absolute path' % (tarinfo.name,))


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__('%r would link to %r, which is outside the destination' % (tarinfo.name, path))


def _get_filtered_attrs(member, dest_path, for_data=True):
    new_attrs = {}
    name = member.name
    dest_path = os.path.realpath(dest_path)
    if name.startswith(('/', os.sep)):
        name = new_attrs['name'] = member.path.lstrip('/' + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target_path = os.path.realpath(os.path.join(dest_path, name))
    if os.path.commonpath([target_path, dest_path]) != dest_path:
        raise OutsideDestinationError(member, target_path)
    mode = member.mode
    if mode is not None:
        mode = mode & 0o755
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            new_attrs['mode'] = mode
    if for_data:
        if member.uid is not None:
            new_attrs['uid'] = None
        if member.gid is not None:
            new_attrs['gid'] = None
        if member.uname is not None:
            new_attrs['uname'] = None
        if member.gname is not None:
            new_attrs['gname'] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                target_path = os.path.join(dest_path, os.path.dirname(name), member.linkname)
            else:
                target_path = os.path.join(dest_path, member.linkname)
            target_path = os.path.realpath(target_path)
            if os.path.commonpath([target_path, dest_path]) != dest_path:
                raise LinkOutsideDestinationError(member, target_path)
    return new_attrs


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    new_attrs = _get_filtered_attrs(member, dest_path, False)
    if new_attrs:
        return member.replace(deep=False, **new_attrs)
    return member


def data_filter(member, dest_path):
    new_attrs = _get_filtered_attrs(member, dest_path, True)
    if new_attrs:
        return member.replace(deep=False, **new_attrs)
    return member


_NAMED_FILTERS = {"fully_trusted": fully_trusted_filter, "tar": tar_filter, "data": data_filter}


class TarInfo:
    """The header of one archive member."""

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}
        self._data = b""
        self._index = -1

    @property
    def path(self):
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def replace(self, *, name=Ellipsis, mtime=Ellipsis, mode=Ellipsis, linkname=Ellipsis, uid=Ellipsis,
                gid=Ellipsis, uname=Ellipsis, gname=Ellipsis, deep=True):
        if deep:
            result = copy.deepcopy(self)
        else:
            result = copy.copy(self)
        for attr, value in (('name', name), ('mtime', mtime), ('mode', mode), ('linkname', linkname),
                            ('uid', uid), ('gid', gid), ('uname', uname), ('gname', gname)):
            if value is not Ellipsis:
                setattr(result, attr, value)
        return result

    def get_info(self):
        mode = None if self.mode is None else self.mode & 0o7777
        return {"name": self.name, "mode": mode, "uid": self.uid, "gid": self.gid, "size": self.size,
                "mtime": self.mtime, "chksum": self.chksum, "type": self.type, "linkname": self.linkname,
                "uname": self.uname, "gname": self.gname, "devmajor": self.devmajor,
                "devminor": self.devminor}

    def isreg(self):
        return self.type in REGULAR_TYPES

    def isfile(self):
        return self.isreg()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)

    def _tuple(self, data):
        mode = 0o644 if self.mode is None else self.mode
        mtime = 0 if self.mtime is None else self.mtime
        pax = list(self.pax_headers.items())
        return (self.name + ('/' if self.isdir() and not self.name.endswith('/') else ''), self.type,
                self.size if self.isreg() else 0, mode, mtime,
                self.uid or 0, self.gid or 0, self.uname or '', self.gname or '', self.linkname or '',
                self.devmajor or 0, self.devminor or 0, pax, data)


def _member(t):
    (name, typ, size, mode, mtime, uid, gid, uname, gname, linkname, devmajor, devminor, pax, data) = t
    ti = TarInfo(name)
    ti.type = typ
    if ti.type == AREGTYPE and name.endswith('/'):
        ti.type = DIRTYPE
    if ti.isdir():
        ti.name = name.rstrip('/')
    ti.size = size
    ti.mode = mode & 0o7777
    ti.mtime = mtime
    ti.uid, ti.gid, ti.uname, ti.gname = uid, gid, uname, gname
    ti.linkname, ti.devmajor, ti.devminor = linkname, devmajor, devminor
    ti.pax_headers = dict(pax)
    ti._data = None if (ti.isreg() and size) else data
    return ti


def _compress(data, comptype, compresslevel):
    if comptype == 'gz':
        import gzip
        return gzip.compress(data, compresslevel)
    if comptype == 'bz2':
        import bz2
        return bz2.compress(data, compresslevel)
    if comptype == 'xz':
        import lzma
        return lzma.compress(data)
    return data


_MAGIC = {'gz': (b'\x1f\x8b', 'not a gzip file'), 'bz2': (b'BZh', 'not a bzip2 file'),
          'xz': (b'\xfd7zXZ\x00', 'not an lzma file')}


def _scan(src, comptype):
    """A reader of src (a path or bytes) and the archive's members (their
    contents are read when asked for)."""
    if isinstance(src, str):
        with io.open(src, 'rb') as f:
            head = f.read(8)
    else:
        head = bytes(src[:8])
    if comptype in _MAGIC:
        magic, msg = _MAGIC[comptype]
        if not head.startswith(magic):
            raise ReadError(msg)
    elif not head:
        raise ReadError('empty file')
    reader = _gwb_tar.reader(src, comptype)
    try:
        members = [_member(t) for t in reader.scan()]
    except ValueError as e:
        raise ReadError(str(e)) from None
    for i, m in enumerate(members):
        m._index = i
    return reader, members


def _safe_print(s):
    print(s, end=' ')


class TarFile:
    """A tar archive: TarFile.open(name, mode) or tarfile.open()."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = None
    extraction_filter = None

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None, dereference=None,
                 pax_headers=None, debug=None, errorlevel=None, copybufsize=None, encoding=None,
                 errors="surrogateescape", ignore_zeros=None):
        self._init(name, mode, fileobj, '', 9, format, dereference, pax_headers, errorlevel, encoding)

    def _init(self, name, mode, fileobj, comptype, compresslevel, format=None, dereference=None,
              pax_headers=None, errorlevel=None, encoding=None):
        if len(mode) > 1 or mode not in "raw" + "x":
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._comptype = comptype
        self._compresslevel = compresslevel
        if name is None and fileobj is not None and hasattr(fileobj, "name") and \
                isinstance(fileobj.name, (str, bytes)):
            name = fileobj.name
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        self._extfileobj = fileobj is not None
        if format is not None:
            self.format = format
        if dereference is not None:
            self.dereference = dereference
        if errorlevel is not None:
            self.errorlevel = errorlevel
        if encoding is not None:
            self.encoding = encoding
        self.pax_headers = pax_headers or {}
        self.closed = False
        self.members = []
        self._index = 0
        self._reader = None
        if mode == 'r' or (mode == 'a' and self._exists() and self._source()):
            self._reader, self.members = _scan(self._source(), comptype)
            if mode == 'a':
                # the archive is written again whole on close
                for m in self.members:
                    m._data = self._data_of(m)
                self._reader.close()
                self._reader = None
        elif mode == 'x' and self.name and os.path.exists(self.name):
            raise FileExistsError(17, 'File exists', self.name)
        elif mode in 'wx' and fileobj is None and self.name:
            # create (truncate) the file now, as CPython does
            with io.open(self.name, 'wb'):
                pass

    def _exists(self):
        if self.fileobj is not None:
            return True
        return bool(self.name) and os.path.exists(self.name)

    def _source(self):
        """The archive to read: its path, or the bytes of the file object."""
        if self.fileobj is not None:
            if not hasattr(self, '_fileobj_data'):
                self._fileobj_data = self.fileobj.read()
            return self._fileobj_data
        if os.path.getsize(self.name) == 0 and self.mode == 'a':
            return None
        return self.name

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        if not name and not fileobj:
            raise ValueError("nothing to open")
        compresslevel = kwargs.pop('compresslevel', 9)
        if mode in ("r", "r:*", "r|*"):
            if fileobj is not None:
                src = fileobj.read()
            else:
                src = name
            errors = []
            for comptype in ('gz', 'bz2', 'xz', 'tar'):
                try:
                    reader, members = _scan(src, '' if comptype == 'tar' else comptype)
                except ReadError as e:
                    errors.append((comptype, e))
                    continue
                t = cls.__new__(cls)
                t._init_read(name, fileobj, members, comptype, kwargs)
                t._reader = reader
                return t
            msg = "\n".join("- method %s: %r" % (m, e) for m, e in errors)
            raise ReadError("file could not be opened successfully:\n" + msg)
        sep = ':' if ':' in mode else ('|' if '|' in mode else None)
        if sep is not None:
            filemode, comptype = mode.split(sep, 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if comptype not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % comptype)
            if filemode not in ("r", "a", "w", "x"):
                raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
            if filemode == 'a' and comptype != 'tar':
                raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
            t = cls.__new__(cls)
            t._init(name, filemode, fileobj, '' if comptype == 'tar' else comptype, compresslevel,
                     **_init_kwargs(kwargs))
            return t
        if mode in ("a", "w", "x"):
            t = cls.__new__(cls)
            t._init(name, mode, fileobj, '', compresslevel, **_init_kwargs(kwargs))
            return t
        raise ValueError("undiscernible mode")

    def _init_read(self, name, fileobj, members, comptype, kwargs):
        self.mode = 'r'
        self._comptype = '' if comptype == 'tar' else comptype
        self._compresslevel = 9
        if name is None and fileobj is not None and isinstance(getattr(fileobj, 'name', None), str):
            name = fileobj.name
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        self._extfileobj = fileobj is not None
        for k, v in _init_kwargs(kwargs).items():
            if v is not None and k != 'pax_headers':
                setattr(self, k, v)
        self.pax_headers = {}
        self.closed = False
        self.members = members
        self._index = 0

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        return cls.open(name, mode + ":", fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        return cls.open(name, mode + ":gz", fileobj, compresslevel=compresslevel, **kwargs)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        return cls.open(name, mode + ":bz2", fileobj, compresslevel=compresslevel, **kwargs)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        return cls.open(name, mode + ":xz", fileobj, **kwargs)

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def close(self):
        if self.closed:
            return
        self.closed = True
        if self._reader is not None:
            self._reader.close()
        if self.mode in "awx":
            data = _gwb_tar.write([m._tuple(m._data) for m in self.members], self.format)
            data = _compress(data, self._comptype, self._compresslevel)
            if self.fileobj is not None:
                self.fileobj.write(data)
            else:
                with io.open(self.name, 'wb') as f:
                    f.write(data)

    def getmember(self, name):
        tarinfo = self._getmember(name.rstrip('/'))
        if tarinfo is None:
            raise KeyError("filename %r not found" % name)
        return tarinfo

    def _getmember(self, name, tarinfo=None, normalize=False):
        members = self.members
        if tarinfo is not None:
            members = members[:members.index(tarinfo)] if tarinfo in members else members
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            member_name = os.path.normpath(member.name) if normalize else member.name
            if name == member_name:
                return member
        return None

    def getmembers(self):
        self._check()
        return list(self.members)

    def getnames(self):
        return [tarinfo.name for tarinfo in self.getmembers()]

    def next(self):
        self._check("ra")
        if self._index >= len(self.members):
            return None
        m = self.members[self._index]
        self._index += 1
        return m

    def __iter__(self):
        return iter(self.getmembers())

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            if not self._extfileobj and self.fileobj is not None:
                self.fileobj.close()
            self.closed = True

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        drv, arcname = os.path.splitdrive(arcname)
        arcname = arcname.replace(os.sep, "/")
        arcname = arcname.lstrip("/")
        tarinfo = self.tarinfo()
        if self.dereference:
            statres = os.stat(name)
        else:
            statres = os.lstat(name)
        linkname = ""
        stmd = statres.st_mode
        if stat.S_ISREG(stmd):
            type = REGTYPE
        elif stat.S_ISDIR(stmd):
            type = DIRTYPE
        elif stat.S_ISFIFO(stmd):
            type = FIFOTYPE
        elif stat.S_ISLNK(stmd):
            type = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(stmd):
            type = CHRTYPE
        elif stat.S_ISBLK(stmd):
            type = BLKTYPE
        else:
            return None
        tarinfo.name = arcname
        tarinfo.mode = stat.S_IMODE(stmd)
        tarinfo.uid = statres.st_uid
        tarinfo.gid = statres.st_gid
        tarinfo.size = statres.st_size if type == REGTYPE else 0
        tarinfo.mtime = statres.st_mtime
        tarinfo.type = type
        tarinfo.linkname = linkname
        tarinfo.uname = _user_name(tarinfo.uid)
        tarinfo.gname = _group_name(tarinfo.gid)
        return tarinfo

    def list(self, verbose=True, *, members=None):
        self._check()
        if members is None:
            members = self
        for tarinfo in members:
            if verbose:
                if tarinfo.mode is None:
                    _safe_print("??????????")
                else:
                    _safe_print(stat.filemode(tarinfo.mode))
                _safe_print("%s/%s" % (tarinfo.uname or tarinfo.uid, tarinfo.gname or tarinfo.gid))
                if tarinfo.ischr() or tarinfo.isblk():
                    _safe_print("%10s" % ("%d,%d" % (tarinfo.devmajor, tarinfo.devminor)))
                else:
                    _safe_print("%10d" % tarinfo.size)
                if tarinfo.mtime is None:
                    _safe_print("????-??-?? ??:??:??")
                else:
                    _safe_print("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(tarinfo.mtime)[:6])
            _safe_print(tarinfo.name + ("/" if tarinfo.isdir() else ""))
            if verbose:
                if tarinfo.issym():
                    _safe_print("-> " + tarinfo.linkname)
                if tarinfo.islnk():
                    _safe_print("link to " + tarinfo.linkname)
            print()

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            return
        tarinfo = self.gettarinfo(name, arcname)
        if tarinfo is None:
            return
        if filter is not None:
            tarinfo = filter(tarinfo)
            if tarinfo is None:
                return
        if tarinfo.isreg():
            with io.open(name, "rb") as f:
                self.addfile(tarinfo, f)
        elif tarinfo.isdir():
            self.addfile(tarinfo)
            if recursive:
                for f in sorted(os.listdir(name)):
                    self.add(os.path.join(name, f), os.path.join(arcname, f), recursive, filter=filter)
        else:
            self.addfile(tarinfo)

    def addfile(self, tarinfo, fileobj=None):
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        data = b""
        if fileobj is not None and tarinfo.isreg():
            data = fileobj.read(tarinfo.size)
            if len(data) < tarinfo.size:
                raise OSError("unexpected end of data")
        elif tarinfo.isreg() and tarinfo.size:
            raise ValueError("fileobj not provided for non zero-size regular file")
        tarinfo._data = data
        if self.format == USTAR_FORMAT and len(tarinfo.name) > LENGTH_NAME + LENGTH_PREFIX:
            raise ValueError("name is too long")
        self.members.append(tarinfo)

    def _get_filter_function(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                return fully_trusted_filter
            if isinstance(filter, staticmethod):
                filter = filter.__func__
            return filter
        if callable(filter):
            return filter
        try:
            return _NAMED_FILTERS[filter]
        except KeyError:
            raise ValueError("filter %r not found" % (filter,)) from None

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        directories = []
        filter_function = self._get_filter_function(filter)
        if members is None:
            members = self
        for member in members:
            tarinfo = self._get_extract_tarinfo(member, filter_function, path)
            if tarinfo is None:
                continue
            if tarinfo.isdir():
                directories.append(tarinfo)
            self._extract_one(tarinfo, path, set_attrs=not tarinfo.isdir(), numeric_owner=numeric_owner)
        directories.sort(key=lambda a: a.name, reverse=True)
        for tarinfo in directories:
            dirpath = os.path.join(path, tarinfo.name)
            try:
                self.chmod(tarinfo, dirpath)
                self.utime(tarinfo, dirpath)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        filter_function = self._get_filter_function(filter)
        tarinfo = self._get_extract_tarinfo(member, filter_function, path)
        if tarinfo is not None:
            self._extract_one(tarinfo, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, filter_function, path):
        if isinstance(member, str):
            unfiltered = self.getmember(member)
        else:
            unfiltered = member
        filtered = None
        try:
            filtered = filter_function(unfiltered, path)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        if filtered is None:
            return None
        if filtered.islnk():
            filtered = copy.copy(filtered)
            filtered._link_target = os.path.join(path, filtered.linkname)
        return filtered

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._check("r")
        try:
            self._extract_member(tarinfo, os.path.join(path, tarinfo.name), set_attrs=set_attrs,
                                 numeric_owner=numeric_owner)
        except OSError as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)

    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise e

    def extractfile(self, member):
        self._check("r")
        if isinstance(member, str):
            tarinfo = self.getmember(member)
        else:
            tarinfo = member
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            return _ExFileObject(self, tarinfo)
        if tarinfo.islnk() or tarinfo.issym():
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _data_of(self, tarinfo):
        if tarinfo._data is not None:
            return tarinfo._data
        if self._reader is None or tarinfo._index < 0:
            return b""
        try:
            return self._reader.data(tarinfo._index)
        except ValueError as e:
            raise ReadError(str(e)) from None

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            linkname = "/".join(filter(None, (os.path.dirname(tarinfo.name), tarinfo.linkname)))
            limit = None
        else:
            linkname = tarinfo.linkname
            limit = tarinfo
        member = self._getmember(linkname, tarinfo=limit, normalize=True)
        if member is None:
            raise KeyError("linkname %r not found" % linkname)
        return member

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        targetpath = targetpath.rstrip("/")
        targetpath = targetpath.replace("/", os.sep)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if tarinfo.islnk() or tarinfo.issym():
            self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname))
        else:
            self._dbg(1, tarinfo.name)
        if tarinfo.isreg():
            self.makefile(tarinfo, targetpath)
        elif tarinfo.isdir():
            self.makedir(tarinfo, targetpath)
        elif tarinfo.islnk() or tarinfo.issym():
            self.makelink(tarinfo, targetpath)
        elif tarinfo.type not in SUPPORTED_TYPES:
            self.makefile(tarinfo, targetpath)
        else:
            raise ExtractError("special files are not supported by gowikibot's tarfile")
        if set_attrs:
            if not tarinfo.issym():
                self.chmod(tarinfo, targetpath)
                self.utime(tarinfo, targetpath)

    def _dbg(self, level, msg):
        if level <= self.debug:
            print(msg, file=sys.stderr)

    def makedir(self, tarinfo, targetpath):
        try:
            if tarinfo.mode is None:
                os.mkdir(targetpath)
            else:
                os.mkdir(targetpath, 0o700)
        except FileExistsError:
            if not os.path.isdir(targetpath):
                raise

    def makefile(self, tarinfo, targetpath):
        source = _ExFileObject(self, tarinfo)
        with io.open(targetpath, "wb") as target:
            while True:
                buf = source.read(1 << 20)
                if not buf:
                    break
                target.write(buf)

    def makelink(self, tarinfo, targetpath):
        if tarinfo.issym():
            if os.path.lexists(targetpath):
                os.unlink(targetpath)
            os.symlink(tarinfo.linkname, targetpath)
        else:
            source = getattr(tarinfo, '_link_target', tarinfo.linkname)
            if os.path.exists(source):
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.link(source, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)

    def chown(self, tarinfo, targetpath, numeric_owner):
        pass

    def chmod(self, tarinfo, targetpath):
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        mtime = tarinfo.mtime
        if mtime is None:
            return
        try:
            _gwb_tar.utime(targetpath, mtime)
        except OSError as e:
            raise ExtractError("could not change modification time") from e


def _init_kwargs(kwargs):
    known = ('format', 'dereference', 'pax_headers', 'errorlevel', 'encoding')
    out = {}
    for k, v in kwargs.items():
        if k in known:
            out[k] = v
    return out


def _user_name(uid):
    return _id_name('/etc/passwd', uid)


def _group_name(gid):
    return _id_name('/etc/group', gid)


def _id_name(path, num):
    # the pwd and grp modules' look-up (gowikibot has neither module)
    try:
        with io.open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                parts = line.split(':')
                if len(parts) > 2 and parts[2] == str(num):
                    return parts[0]
    except OSError:
        pass
    return ""


class _ExFileObject:
    """A member's content, as extractfile returns it: a readable, seekable
    binary file that reads the archive's stream as it is read (a member
    already in memory is read from there)."""

    def __init__(self, tarfile, tarinfo):
        self.name = tarinfo.name
        self.mode = 'rb'
        self._size = tarinfo.size
        self._data = tarinfo._data
        self._reader = tarfile._reader
        self._index = tarinfo._index
        self._pos = 0
        self._buf = b''
        self._closed = False

    def _check(self, op=None):
        if self._closed:
            if op:
                raise ValueError("%s of closed file" % op)
            raise ValueError("I/O operation on closed file.")

    def _raw(self, n):
        """n more bytes (n < 0: the rest) after the buffer."""
        at = self._pos + len(self._buf)
        if n < 0:
            n = self._size - at
        n = max(0, min(n, self._size - at))
        if self._data is not None:
            return self._data[at:at + n]
        if n == 0:
            return b''
        reader = self._reader
        if tuple(reader.state()) != (self._index, at):
            reader.seek_member(self._index)
            if at:
                reader.skip(at)
        try:
            return reader.read(n)
        except ValueError as e:
            raise ReadError(str(e)) from None

    def read(self, size=-1):
        self._check('read')
        if size is None or size < 0:
            data = self._buf + self._raw(-1)
        elif size <= len(self._buf):
            data = self._buf[:size]
        else:
            data = self._buf + self._raw(size - len(self._buf))
        self._buf = self._buf[len(data):] if len(data) < len(self._buf) else b''
        self._pos += len(data)
        return data

    read1 = read

    def readline(self, size=-1):
        self._check('readline')
        while b'\n' not in self._buf:
            more = self._raw(8192)
            if not more:
                break
            self._buf += more
            if 0 <= size <= len(self._buf):
                break
        i = self._buf.find(b'\n')
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and 0 <= size < end:
            end = size
        line, self._buf = self._buf[:end], self._buf[end:]
        self._pos += len(line)
        return line

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            pos = self._pos + pos
        elif whence == 2:
            pos = self._size + pos
        elif whence != 0:
            raise ValueError("Invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        self._pos = max(0, min(pos, self._size))
        self._buf = b''
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def readable(self):
        return True

    def seekable(self):
        return True

    def writable(self):
        return False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def is_tarfile(name):
    """Whether name (a path or a file object) is a tar archive tarfile can read."""
    try:
        if hasattr(name, "read"):
            pos = name.tell()
            t = open(fileobj=name)
            name.seek(pos)
        else:
            t = open(name)
        t.close()
        return True
    except TarError:
        return False


open = TarFile.open
