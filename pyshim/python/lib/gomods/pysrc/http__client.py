"""HTTP protocol client (gowikibot: Go's net/http underneath).

HTTPConnection sends each request as one net/http exchange (connections are
pooled by Go); redirects are not followed, as in CPython.
"""

import _gwb_http

__all__ = ['HTTPResponse', 'HTTPConnection', 'HTTPException', 'NotConnected', 'UnknownProtocol',
           'UnknownTransferEncoding', 'UnimplementedFileMode', 'IncompleteRead', 'InvalidURL',
           'ImproperConnectionState', 'CannotSendRequest', 'CannotSendHeader', 'ResponseNotReady',
           'BadStatusLine', 'LineTooLong', 'RemoteDisconnected', 'error', 'responses',
           'HTTPSConnection', 'HTTPMessage']

HTTP_PORT = 80
HTTPS_PORT = 443

from http import HTTPStatus as _HTTPStatus

responses = {int(v): v.phrase for v in _HTTPStatus}
for _member in _HTTPStatus:
    globals()[_member.name] = _member


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    pass


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        HTTPException.__init__(self, partial)
        self.partial = partial
        self.expected = expected


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    pass


class LineTooLong(HTTPException):
    pass


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    pass


error = HTTPException


class HTTPMessage:
    """The headers of a response (a subset of email.message.Message)."""

    def __init__(self, pairs=()):
        self._headers = list(pairs)

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        self._headers.append((name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __iter__(self):
        return iter([k for k, v in self._headers])

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return list(self._headers)

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        vals = [v for k, v in self._headers if k.lower() == name]
        return vals or failobj

    def get_content_type(self):
        ct = self.get('content-type', 'text/plain')
        return ct.split(';')[0].strip().lower()

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_charset(self, failobj=None):
        ct = self.get('content-type')
        if ct:
            for part in ct.split(';')[1:]:
                if '=' in part:
                    k, v = part.split('=', 1)
                    if k.strip().lower() == 'charset':
                        return v.strip().strip('"\'').lower()
        return failobj

    def get_param(self, param, failobj=None, header='content-type'):
        h = self.get(header)
        if h:
            for part in h.split(';')[1:]:
                if '=' in part:
                    k, v = part.split('=', 1)
                    if k.strip().lower() == param.lower():
                        return v.strip().strip('"')
        return failobj

    def as_string(self):
        return ''.join('%s: %s\n' % (k, v) for k, v in self._headers) + '\n'

    __str__ = as_string


def _sorted_headers(pairs):
    # Go's header map has no order: list them as the server tends to send them, by name.
    return sorted(pairs, key=lambda kv: kv[0].lower())


class HTTPResponse:
    """A response: status, reason, headers and a body read with read()."""

    def __init__(self, handle, method='GET', url=None):
        self._handle = handle
        status, reason, final_url, headers, history, proto = handle.info()
        self.status = self.code = status
        self.reason = reason
        self.url = final_url if url is None else url
        self.headers = self.msg = HTTPMessage(_sorted_headers(headers))
        self.version = 11 if proto == 'HTTP/1.1' else (10 if proto == 'HTTP/1.0' else 20)
        self._method = method
        self._buffer = b''
        self.closed = False
        self.chunked = False
        self.will_close = False
        self.length = None
        cl = self.headers.get('content-length')
        if cl is not None and cl.isdigit():
            self.length = int(cl)

    def __repr__(self):
        return '<http.client.HTTPResponse object at %s>' % hex(id(self))

    def _raw(self, n):
        got = self._handle.read(n)
        if isinstance(got, tuple):
            raise IncompleteRead(b'')
        return got

    def read(self, amt=None):
        if self.closed or self._method == 'HEAD':
            return b''
        if amt is None or amt < 0:
            data = self._buffer + self._raw(-1)
            self._buffer = b''
            self.close()
            return data
        if len(self._buffer) < amt:
            self._buffer += self._raw(amt - len(self._buffer))
        data, self._buffer = self._buffer[:amt], self._buffer[amt:]
        return data

    read1 = read

    def readline(self, limit=-1):
        while b'\n' not in self._buffer:
            more = b'' if self.closed else self._raw(8192)
            if not more:
                break
            self._buffer += more
        i = self._buffer.find(b'\n')
        end = len(self._buffer) if i < 0 else i + 1
        if 0 <= limit < end:
            end = limit
        line, self._buffer = self._buffer[:end], self._buffer[end:]
        return line

    def readlines(self, hint=-1):
        out = []
        while True:
            line = self.readline()
            if not line:
                return out
            out.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return True

    def getheader(self, name, default=None):
        vals = self.headers.get_all(name)
        if vals is None:
            return default
        return ', '.join(vals)

    def getheaders(self):
        return self.headers.items()

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status

    def fileno(self):
        raise OSError('gowikibot responses have no file descriptor')

    def close(self):
        if not self.closed:
            self.closed = True
            self._handle.close()

    def isclosed(self):
        return self.closed

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def _raise_for(kind, msg, host=''):
    import socket
    if kind in ('ConnectTimeout', 'ReadTimeout'):
        raise TimeoutError('timed out')
    if kind == 'SSLError':
        import ssl
        raise ssl.SSLError(msg)
    if 'connection refused' in msg:
        raise ConnectionRefusedError(111, 'Connection refused')
    # the Go side words a failed lookup as requests does ('... [Errno -2]
    # Name or service not known'); for the socket level it is the gaierror
    if 'no such host' in msg or 'server misbehaving' in msg or 'Name or service not known' in msg:
        raise socket.gaierror(-2, 'Name or service not known')
    raise OSError(msg)


class HTTPConnection:
    """A connection to one HTTP server: request() then getresponse()."""

    default_port = HTTP_PORT
    _scheme = 'http'
    debuglevel = 0

    def __init__(self, host, port=None, timeout=None, source_address=None, blocksize=8192):
        if port is None:
            i = host.rfind(':')
            if i > host.rfind(']') and host[i + 1:].isdigit():
                host, port = host[:i], int(host[i + 1:])
            elif i > host.rfind(']') and i == len(host) - 1:
                host = host[:i]
        self.host = host
        self.port = port if port is not None else self.default_port
        self.timeout = timeout
        self._pending = None
        self._headers = []
        self._method = None
        self._url = None
        self._response = None

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        raise NotImplementedError('HTTP tunnels are not supported by gowikibot')

    def connect(self):
        pass

    def close(self):
        self._pending = None

    def _base(self):
        host = self.host
        if ':' in host and not host.startswith('['):
            host = '[%s]' % host
        if self.port != self.default_port:
            host = '%s:%d' % (host, self.port)
        return '%s://%s' % (self._scheme, host)

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        if self._pending is not None:
            raise CannotSendRequest('Request-sent')
        self._method, self._url = method, url
        self._headers = []
        self._pending = True

    def putheader(self, header, *values):
        self._headers.append((str(header), ', '.join(str(v) for v in values)))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        self._send(message_body)

    def send(self, data):
        raise NotImplementedError('HTTPConnection.send() of raw data is not supported by gowikibot')

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        self.putrequest(method, url)
        names = [k.lower() for k in headers]
        for k, v in headers.items():
            self.putheader(k, v)
        if 'user-agent' not in names:
            self._headers.append(('User-Agent', 'Python-urllib/3.11'))
        if 'accept-encoding' not in names:
            self._headers.append(('Accept-Encoding', 'identity'))
        self._send(body)

    def _send(self, body):
        if isinstance(body, str):
            body = body.encode('iso-8859-1')
        elif body is not None and hasattr(body, 'read'):
            body = body.read()
            if isinstance(body, str):
                body = body.encode('iso-8859-1')
        url = self._url
        if not url.startswith('http://') and not url.startswith('https://'):
            url = self._base() + url
        ctx = getattr(self, '_context', None)
        verify = ctx is None or ctx._verifies()
        got = _gwb_http.fetch(self._method, url, self._headers, body, self.timeout, False, 0,
                              None, verify, True, self.timeout)
        self._pending = None
        if isinstance(got, tuple):
            _raise_for(got[0], got[1], self.host)
        self._response = HTTPResponse(got, self._method)

    def getresponse(self):
        if self._response is None:
            raise ResponseNotReady('Idle')
        r, self._response = self._response, None
        return r


class HTTPSConnection(HTTPConnection):
    """An HTTPConnection over TLS (Go's crypto/tls; context is accepted and not used)."""

    default_port = HTTPS_PORT
    _scheme = 'https'

    def __init__(self, host, port=None, *, timeout=None, source_address=None, context=None,
                 blocksize=8192, key_file=None, cert_file=None, check_hostname=None):
        HTTPConnection.__init__(self, host, port, timeout, source_address, blocksize)
        self._context = context
