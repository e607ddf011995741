"""dbm: a generic interface to key-value database files. gowikibot has
dbm.dumb (pure Python; CPython's own format) and no C-library back ends
(dbm.gnu, dbm.ndbm): dbm.open creates dumb databases and opens existing
ones of that kind; whichdb names the kind of a file."""
import io
import os
import struct

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


_defaultmod = None
_names = ['dbm.gnu', 'dbm.ndbm', 'dbm.dumb']

try:
    from dbm import dumb as _dumb
except ImportError:  # pragma: no cover
    _dumb = None

error = (error, OSError)


def open(file, flag='r', mode=0o666):
    """Open the database file (a dumb database: file.dat, file.dir). flag:
    'r' read, 'w' read/write, 'c' create if missing, 'n' always new."""
    result = whichdb(file) if 'n' not in flag else None
    if result is None:
        if 'c' in flag or 'n' in flag:
            return _dumb.open(file, flag, mode)
        raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
    if result == '':
        raise error[0]('db type could not be determined')
    if result != 'dbm.dumb':
        raise error[0]('db type is {0}, but the module is not available'.format(result))
    return _dumb.open(file, flag, mode)


def whichdb(filename):
    """The kind of database file: 'dbm.dumb', 'dbm.gnu', 'dbm.ndbm', ''
    (unknown) or None (cannot be read)."""
    filename = os.fsencode(filename)
    filename = os.fsdecode(filename)
    try:
        f = io.open(filename + '.pag', 'rb')
        f.close()
        f = io.open(filename + '.dir', 'rb')
        f.close()
        return 'dbm.ndbm'
    except OSError:
        try:
            f = io.open(filename + '.db', 'rb')
            f.close()
            return 'dbm.ndbm'
        except OSError:
            pass
    try:
        os.stat(filename + '.dat')
        size = os.stat(filename + '.dir').st_size
        if size == 0:
            return 'dbm.dumb'
        f = io.open(filename + '.dir', 'rb')
        try:
            if f.read(1) in (b"'", b'"'):
                return 'dbm.dumb'
        finally:
            f.close()
    except OSError:
        pass
    try:
        f = io.open(filename, 'rb')
    except OSError:
        return None
    with f:
        s16 = f.read(16)
    s = s16[0:4]
    if len(s) != 4:
        return ''
    try:
        (magic,) = struct.unpack('=l', s)
    except struct.error:
        return ''
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return 'dbm.gnu'
    try:
        (magic,) = struct.unpack('=l', s16[-4:])
    except struct.error:
        return ''
    return ''
