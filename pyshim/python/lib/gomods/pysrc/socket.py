"""Low-level networking (gowikibot: Go's net package underneath).

TCP and UDP over IPv4/IPv6: client and server sockets, timeouts, name
resolution. Raw sockets, Unix sockets and socket options beyond the common
no-ops are not available.
"""

import _gwb_socket

AF_UNSPEC = 0
AF_UNIX = 1
AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOCK_RAW = 3
SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_KEEPALIVE = 9
SO_BROADCAST = 6
SO_RCVBUF = 8
SO_SNDBUF = 7
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IP = 0
TCP_NODELAY = 1
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
NI_NUMERICHOST = 1
SOMAXCONN = 4096
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_errno_classes = {
    111: ConnectionRefusedError, 104: ConnectionResetError, 32: BrokenPipeError,
    103: ConnectionAbortedError, 110: TimeoutError,
}

_defaulttimeout = None


def getdefaulttimeout():
    return _defaulttimeout


def setdefaulttimeout(timeout):
    global _defaulttimeout
    _defaulttimeout = timeout


def _check(result):
    if isinstance(result, tuple) and len(result) == 3 and isinstance(result[0], str):
        kind, errno, msg = result
        if kind == 'timeout':
            raise TimeoutError('timed out')
        if kind == 'gaierror':
            raise gaierror(errno, msg)
        if kind == 'herror':
            raise herror(errno, msg)
        if errno:
            raise _errno_classes.get(errno, OSError)(errno, msg)
        raise OSError(msg)
    return result


class socket:
    """A network socket."""

    def __init__(self, family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None):
        if family == AF_UNIX:
            raise OSError(97, 'Address family not supported by protocol')
        self.family = family
        self.type = type
        self.proto = proto
        self._h = None
        self._bound = None
        self._listening = False
        self._timeout = _defaulttimeout
        self._closed = False

    def __repr__(self):
        return '<socket.socket fd=%d, family=%d, type=%d, proto=%d>' % (self.fileno(), self.family, self.type, self.proto)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _net(self):
        base = 'tcp' if self.type == SOCK_STREAM else 'udp'
        return base + ('6' if self.family == AF_INET6 else '4')

    def settimeout(self, value):
        if value is not None and value < 0:
            raise ValueError('Timeout value out of range')
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def setsockopt(self, level, optname, value, optlen=None):
        pass

    def getsockopt(self, level, optname, buflen=None):
        return 0

    def connect(self, address):
        if self._closed:
            raise OSError(9, 'Bad file descriptor')
        if self._listening:
            # bound first (a source address): Go's dialer is not told it
            self._h.close()
            self._listening = False
        self._h = _check(_gwb_socket.connect(self._net(), address, self._timeout))

    def connect_ex(self, address):
        try:
            self.connect(address)
            return 0
        except OSError as e:
            return e.errno or 1

    def bind(self, address):
        # Go binds and listens in one call: a stream socket listens from
        # bind() on, so that getsockname() names the port bind() chose (the
        # kernel queues connections before listen() either way).
        self._bound = address
        self._h = _check(_gwb_socket.listen(self._net(), address))
        self._listening = self.type == SOCK_STREAM

    def listen(self, backlog=SOMAXCONN):
        if self.type != SOCK_STREAM:
            raise OSError(95, 'Operation not supported')
        if self._h is None:
            self._h = _check(_gwb_socket.listen(self._net(), ('', 0)))
            self._listening = True

    def accept(self):
        if self._h is None:
            raise OSError(22, 'Invalid argument')
        h, addr = _check(self._h.accept(self._timeout))
        s = socket(self.family, self.type, self.proto)
        s._h = h
        return s, addr

    def _need(self):
        if self._h is None:
            raise OSError(107, 'Transport endpoint is not connected')
        return self._h

    def send(self, data, flags=0):
        return _check(self._need().send(data, self._timeout, None))

    def sendall(self, data, flags=0):
        data = bytes(data)
        while data:
            n = self.send(data)
            data = data[n:]
        return None

    def sendto(self, data, flags_or_addr, addr=None):
        if addr is None:
            addr = flags_or_addr
        if self._h is None:
            self.bind(('', 0))
        return _check(self._h.send(data, self._timeout, addr))

    def recv(self, bufsize, flags=0):
        got = _check(self._need().recv(bufsize, self._timeout))
        if isinstance(got, tuple):
            return got[0]
        return got

    def recvfrom(self, bufsize, flags=0):
        got = _check(self._need().recv(bufsize, self._timeout))
        if isinstance(got, tuple):
            return got
        return got, self.getpeername()

    def recv_into(self, buffer, nbytes=0, flags=0):
        data = self.recv(nbytes or len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def getsockname(self):
        if self._h is None:
            return self._bound or ('0.0.0.0', 0)
        return self._h.sockname()

    def getpeername(self):
        return _check(self._need().peername())

    def fileno(self):
        if self._h is None or self._closed:
            return -1
        return self._h.fileno()

    def shutdown(self, how):
        self._need().shutdown(how)

    def close(self):
        self._closed = True
        if self._h is not None:
            self._h.close()

    def detach(self):
        fd = self.fileno()
        self._h = None
        return fd

    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None, newline=None):
        return _SocketFile(self, mode, encoding or 'utf-8', newline)


class _SocketFile:
    """A file over a socket (makefile()): read, readline, write, iteration."""

    def __init__(self, sock, mode, encoding, newline=None):
        self._sock = sock
        self._newline = newline
        self._binary = 'b' in mode
        self._encoding = encoding
        self._buf = b''
        self._eof = False
        self.closed = False

    def _fill(self):
        if self._eof:
            return False
        more = self._sock.recv(65536)
        if not more:
            self._eof = True
            return False
        self._buf += more
        return True

    def _out(self, b):
        if self._binary:
            return b
        text = b.decode(self._encoding)
        if self._newline is None:
            # universal newlines, as a text file's reading
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def read(self, n=-1):
        if n is None or n < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b''
            return self._out(data)
        while len(self._buf) < n and self._fill():
            pass
        data, self._buf = self._buf[:n], self._buf[n:]
        return self._out(data)

    def readline(self, limit=-1):
        while b'\n' not in self._buf and self._fill():
            pass
        i = self._buf.find(b'\n')
        end = len(self._buf) if i < 0 else i + 1
        if limit is not None and 0 <= limit < end:
            end = limit
        data, self._buf = self._buf[:end], self._buf[end:]
        return self._out(data)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        if isinstance(data, str):
            data = data.encode(self._encoding)
        self._sock.sendall(data)
        return len(data)

    def flush(self):
        pass

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


SocketType = socket


# the timeout argument's default: the socket keeps getdefaulttimeout()
_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connect to (host, port), trying each address; return the socket."""
    s = socket(AF_INET6 if ':' in address[0] else AF_INET, SOCK_STREAM)
    if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
        s.settimeout(timeout)
    try:
        s.connect(address)
    except BaseException:
        s.close()
        raise
    return s


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    s = socket(family, SOCK_STREAM)
    s.bind(address)
    s.listen(backlog or SOMAXCONN)
    return s


def gethostname():
    return _gwb_socket.gethostname()


def gethostbyname(hostname):
    addrs = _check(_gwb_socket.resolve(hostname))
    for a in addrs:
        if ':' not in a:
            return a
    raise gaierror(-5, 'No address associated with hostname')


def gethostbyname_ex(hostname):
    addrs = [a for a in _check(_gwb_socket.resolve(hostname)) if ':' not in a]
    return hostname, [], addrs


def gethostbyaddr(ip_address):
    name = _check(_gwb_socket.reverse(ip_address))
    return name, [], [ip_address]


def getfqdn(name=''):
    name = name.strip()
    if not name or name == '0.0.0.0':
        name = gethostname()
    try:
        return gethostbyaddr(gethostbyname(name))[0]
    except OSError:
        return name


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """[(family, type, proto, canonname, sockaddr)] for host and port."""
    if host is None:
        host = '127.0.0.1'
    if isinstance(port, str):
        port = {'http': 80, 'https': 443}.get(port, int(port) if port.isdigit() else 0)
    out = []
    for a in _check(_gwb_socket.resolve(host)):
        fam = AF_INET6 if ':' in a else AF_INET
        if family and fam != family:
            continue
        addr = (a, port or 0, 0, 0) if fam == AF_INET6 else (a, port or 0)
        for t in ([type] if type else [SOCK_STREAM, SOCK_DGRAM, SOCK_RAW]):
            p = proto or {SOCK_STREAM: IPPROTO_TCP, SOCK_DGRAM: IPPROTO_UDP}.get(t, 0)
            out.append((fam, t, p, '', addr))
    if not out:
        raise gaierror(-9, 'Address family for hostname not supported')
    return out


def inet_aton(ip_string):
    parts = ip_string.split('.')
    if len(parts) != 4 or not all(p.isdigit() and 0 <= int(p) <= 255 for p in parts):
        raise OSError('illegal IP address string passed to inet_aton')
    return bytes(int(p) for p in parts)


def inet_ntoa(packed_ip):
    if len(packed_ip) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '.'.join(str(b) for b in packed_ip)


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, 'little'), 'big')


ntohl = htonl
