"""tempfile.SpooledTemporaryFile (gowikibot): data kept in memory (BytesIO,
or a TextIOWrapper over one in text mode) until it grows past max_size or
fileno() is asked for, then moved to a TemporaryFile."""

import io
import os


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A temporary file without a name in the file system: made by mkstemp,
    opened and unlinked at once (its name is the path it had; CPython's is
    the descriptor)."""
    import tempfile
    fd, path = tempfile.mkstemp(suffix or '', prefix or 'tmp', dir)
    os.close(fd)
    try:
        if 'b' not in mode and encoding is None:
            encoding = 'UTF-8'
        return open(path, mode, buffering=buffering,
                    newline=newline, encoding=encoding, errors=errors)
    finally:
        os.unlink(path)


class SpooledTemporaryFile:
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = io.BytesIO()
        else:
            encoding = encoding or 'UTF-8'
            self._file = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._args = {'mode': mode, 'buffering': buffering, 'suffix': suffix, 'prefix': prefix,
                      'encoding': encoding, 'newline': newline, 'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        old = self._file
        new = self._file = TemporaryFile(**self._args)
        pos = old.tell()
        if 'b' in self._args['mode']:
            new.write(old.getvalue())
        else:
            old.seek(0)
            new.write(old.read())
        new.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding if 'b' not in self._args['mode'] else None

    @property
    def errors(self):
        return self._file.errors if 'b' not in self._args['mode'] else None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return False if not self._rolled else self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._args['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return getattr(self._file, 'newlines', None)

    def readable(self):
        return True

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return True

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if self._max_size and size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return True

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv
