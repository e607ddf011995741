"""cgi (deprecated in CPython 3.11, removed in 3.13): header parsing and
form data of a CGI request. cgi.escape was removed in CPython 3.8 (use
html.escape)."""
import os
import sys
import urllib.parse
import warnings

warnings.warn("'cgi' is deprecated and slated for removal in Python 3.13", DeprecationWarning, stacklevel=2)

__all__ = ["MiniFieldStorage", "FieldStorage", "parse", "parse_multipart", "parse_header",
           "test", "print_exception", "print_environ", "print_form", "print_directory",
           "print_arguments", "print_environ_usage"]

maxlen = 0


def parse(fp=None, environ=os.environ, keep_blank_values=0, strict_parsing=0, separator='&'):
    """The query string (GET) or url-encoded body (POST) as a dict of lists."""
    if fp is None:
        fp = sys.stdin
    # the body's percent escapes are decoded in the stream's encoding
    # (latin-1 for a binary stream), as CPython's cgi.parse
    encoding = getattr(fp, 'encoding', None) or 'latin-1'
    fp = getattr(fp, 'buffer', fp)
    method = environ.get('REQUEST_METHOD', 'GET').upper()
    if method == 'POST':
        ctype, pdict = parse_header(environ.get('CONTENT_TYPE', ''))
        if ctype == 'multipart/form-data':
            return parse_multipart(fp, pdict, separator=separator)
        if ctype == 'application/x-www-form-urlencoded':
            clength = int(environ.get('CONTENT_LENGTH', 0) or 0)
            qs = fp.read(clength) if clength else ''
            if isinstance(qs, bytes):
                qs = qs.decode('latin-1')
        else:
            qs = ''
        if environ.get('QUERY_STRING'):
            qs = (qs + '&' if qs else '') + environ['QUERY_STRING']
    else:
        qs = environ.get('QUERY_STRING', '') or (sys.argv[1] if len(sys.argv) > 1 else '')
    return urllib.parse.parse_qs(qs, keep_blank_values, strict_parsing, encoding=encoding, separator=separator)


def parse_multipart(fp, pdict, encoding="utf-8", errors="replace", separator='&'):
    """The fields of a multipart/form-data body as a dict of lists."""
    import email.parser
    boundary = pdict['boundary']
    if isinstance(boundary, bytes):
        boundary = boundary.decode('ascii')
    data = fp.read()
    if isinstance(data, str):
        data = data.encode(encoding)
    head = 'Content-Type: multipart/form-data; boundary="%s"\r\n\r\n' % boundary
    msg = email.parser.BytesParser().parsebytes(head.encode('ascii') + data)
    out = {}
    for part in msg.get_payload() if msg.is_multipart() else []:
        name = part.get_param('name', header='content-disposition')
        if name is None:
            continue
        value = part.get_payload(decode=True) or b''
        if part.get_param('filename', header='content-disposition') is None:
            value = value.decode(encoding, errors)
        out.setdefault(name, []).append(value)
    return out


def _parseparam(s):
    while s[:1] == ';':
        s = s[1:]
        end = s.find(';')
        while end > 0 and (s.count('"', 0, end) - s.count('\\"', 0, end)) % 2:
            end = s.find(';', end + 1)
        if end < 0:
            end = len(s)
        f = s[:end]
        yield f.strip()
        s = s[end:]


def parse_header(line):
    """A Content-type-like header: (main value, dict of parameters)."""
    parts = _parseparam(';' + line)
    key = parts.__next__()
    pdict = {}
    for p in parts:
        i = p.find('=')
        if i >= 0:
            name = p[:i].strip().lower()
            value = p[i + 1:].strip()
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1]
                value = value.replace('\\\\', '\\').replace('\\"', '"')
            pdict[name] = value
    return key, pdict


class MiniFieldStorage:
    """A form field: name and value."""

    filename = None
    list = None
    type = None
    file = None
    type_options = {}
    disposition = None
    disposition_options = {}
    headers = {}

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return "MiniFieldStorage(%r, %r)" % (self.name, self.value)


class FieldStorage:
    """The fields of a request (query string or url-encoded/multipart body)."""

    def __init__(self, fp=None, headers=None, outerboundary=b'', environ=os.environ,
                 keep_blank_values=0, strict_parsing=0, limit=None, encoding='utf-8',
                 errors='replace', max_num_fields=None, separator='&'):
        self.keep_blank_values = keep_blank_values
        self.strict_parsing = strict_parsing
        self.encoding = encoding
        self.errors = errors
        self.name = None
        self.filename = None
        self.value = None
        self.type = environ.get('CONTENT_TYPE', 'text/plain')
        fields = parse(fp if fp is not None else getattr(sys.stdin, 'buffer', sys.stdin),
                       environ, keep_blank_values, strict_parsing, separator)
        self.list = [MiniFieldStorage(k, v) for k, vs in fields.items() for v in vs]

    def __repr__(self):
        return "FieldStorage(%r, %r, %r)" % (self.name, self.filename, self.list)

    def __iter__(self):
        return iter(self.keys())

    def __getitem__(self, key):
        found = [item for item in self.list if item.name == key]
        if not found:
            raise KeyError(key)
        return found[0] if len(found) == 1 else found

    def getvalue(self, key, default=None):
        if key in self:
            value = self[key]
            if isinstance(value, list):
                return [x.value for x in value]
            return value.value
        return default

    def getfirst(self, key, default=None):
        if key in self:
            value = self[key]
            return value[0].value if isinstance(value, list) else value.value
        return default

    def getlist(self, key):
        if key in self:
            value = self[key]
            return [x.value for x in value] if isinstance(value, list) else [value.value]
        return []

    def keys(self):
        return list({item.name: None for item in self.list})

    def __contains__(self, key):
        return any(item.name == key for item in self.list)

    def __len__(self):
        return len(self.keys())

    def __bool__(self):
        return bool(self.list)


def print_exception(type=None, value=None, tb=None, limit=None):
    import traceback
    if type is None:
        type, value, tb = sys.exc_info()
    print()
    print("<H3>Traceback (most recent call last):</H3>")
    import html
    lines = traceback.format_tb(tb, limit) + traceback.format_exception_only(type, value)
    print("<PRE>%s<B>%s</B></PRE>" % (html.escape("".join(lines[:-1])), html.escape(lines[-1])))


def print_environ(environ=os.environ):
    import html
    keys = sorted(environ.keys())
    print()
    print("<H3>Shell Environment:</H3>")
    print("<DL>")
    for key in keys:
        print("<DT>", html.escape(key), "<DD>", html.escape(environ[key]))
    print("</DL>")
    print()


def print_form(form):
    import html
    keys = sorted(form.keys())
    print()
    print("<H3>Form Contents:</H3>")
    if not keys:
        print("<P>No form fields.")
    print("<DL>")
    for key in keys:
        print("<DT>" + html.escape(key) + ":", end=' ')
        value = form[key]
        print("<i>" + html.escape(repr(type(value))) + "</i>")
        print("<DD>" + html.escape(repr(value)))
    print("</DL>")
    print()


def print_directory():
    import html
    print()
    print("<H3>Current Working Directory:</H3>")
    try:
        pwd = os.getcwd()
    except OSError as msg:
        print("OSError:", html.escape(str(msg)))
    else:
        print(html.escape(pwd))
    print()


def print_arguments():
    print()
    print("<H3>Command Line Arguments:</H3>")
    print()
    print(sys.argv)
    print()


def print_environ_usage():
    print("<H3>These environment variables could have been set:</H3>")


def test(environ=os.environ):
    print("Content-type: text/html")
    print()
    form = FieldStorage(environ=environ)
    print_directory()
    print_arguments()
    print_form(form)
    print_environ(environ)
