"""io.TextIOWrapper over any binary stream (gowikibot): io.BytesIO, the
files of zipfile and tarfile, HTTP responses. Decoding is incremental
(codecs), newlines are translated as CPython's TextIOWrapper translates
them (universal newlines on reading when newline is None, '\\n' to the
given newline on writing)."""

import codecs

_CHUNK = 8192


class TextIOWrapper:
    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % (newline,))
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        codecs.lookup(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._decoder = None
        self._text = ''
        self._eof = False
        self._seen = set()

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)

    @property
    def newlines(self):
        if not self._seen:
            return None
        if len(self._seen) == 1:
            return next(iter(self._seen))
        return tuple(n for n in ('\r', '\n', '\r\n') if n in self._seen)

    @property
    def name(self):
        return self._buffer.name

    @property
    def closed(self):
        return self._buffer.closed

    def _check(self):
        if self._buffer is None:
            raise ValueError('underlying buffer has been detached')
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def _note(self, text):
        i = 0
        n = len(text)
        while i < n:
            c = text[i]
            if c == '\r':
                if i + 1 < n and text[i + 1] == '\n':
                    self._seen.add('\r\n')
                    i += 1
                else:
                    self._seen.add('\r')
            elif c == '\n':
                self._seen.add('\n')
            i += 1

    def _fill(self):
        # decode one more chunk into self._text; False at the end
        if self._eof:
            return False
        if self._decoder is None:
            self._decoder = codecs.getincrementaldecoder(self._encoding)(self._errors)
        chunk = self._buffer.read(_CHUNK)
        final = not chunk
        text = self._decoder.decode(chunk or b'', final)
        if final:
            self._eof = True
        if self._newline is None or self._newline == '':
            if not final and text.endswith('\r'):
                # a '\r\n' may be split between chunks
                more = self._buffer.read(1)
                if more:
                    text += self._decoder.decode(more)
                else:
                    text += self._decoder.decode(b'', True)
                    self._eof = True
            self._note(text)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
        self._text += text
        return not final or bool(text)

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            while self._fill():
                pass
            out, self._text = self._text, ''
            return out
        while len(self._text) < size and self._fill():
            pass
        out, self._text = self._text[:size], self._text[size:]
        return out

    def _line_end(self):
        t = self._text
        if self._newline is None or self._newline == '\n':
            i = t.find('\n')
            return -1 if i < 0 else i + 1
        if self._newline == '':
            for i, c in enumerate(t):
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(t):
                        return i + 2 if t[i + 1] == '\n' else i + 1
                    return -2  # need more to know
            return -1
        i = t.find(self._newline)
        return -1 if i < 0 else i + len(self._newline)

    def readline(self, size=-1):
        self._check()
        while True:
            end = self._line_end()
            if end >= 0:
                break
            if not self._fill():
                end = len(self._text)
                break
        if size is not None and 0 <= size < end:
            end = size
        out, self._text = self._text[:end], self._text[end:]
        return out

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        n = len(s)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        f = getattr(self._buffer, 'flush', None)
        if f is not None:
            f()

    def close(self):
        if self._buffer is not None and not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self.flush()
        b, self._buffer = self._buffer, None
        return b

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def seek(self, offset, whence=0):
        self._check()
        if whence == 1 and offset == 0:
            return self.tell()
        if whence == 2 and offset == 0:
            self._text = ''
            self._decoder = None
            self._eof = False
            return self._buffer.seek(0, 2)
        if whence != 0:
            raise OSError("can't do nonzero cur-relative seeks")
        self._text = ''
        self._decoder = None
        self._eof = False
        return self._buffer.seek(offset)

    def tell(self):
        self._check()
        pos = self._buffer.tell()
        if self._text:
            pos -= len(self._text.encode(self._encoding, self._errors))
        return pos

    def truncate(self, pos=None):
        self.flush()
        return self._buffer.truncate(pos)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        try:
            return "<_io.TextIOWrapper name=%r encoding=%r>" % (self.name, self._encoding)
        except Exception:
            return "<_io.TextIOWrapper encoding=%r>" % (self._encoding,)
