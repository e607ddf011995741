"""TLS settings objects (gowikibot: Go's crypto/tls does the TLS).

Enough of ssl for code that makes contexts and hands them to http.client,
urllib.request or requests: a context with verify_mode CERT_NONE (or
check_hostname False) turns certificate checks off; wrap_socket makes the
client side of TLS over a connected socket (smtplib's starttls, SMTP_SSL).
"""

import os
import socket as _socket

OPENSSL_VERSION = 'OpenSSL 3.0.0 (gowikibot: Go crypto/tls)'
OPENSSL_VERSION_INFO = (3, 0, 0, 0, 0)
OPENSSL_VERSION_NUMBER = 0x30000000
HAS_SNI = True
HAS_ALPN = True
HAS_TLSv1_3 = True
CERT_NONE = 0
CERT_OPTIONAL = 1
CERT_REQUIRED = 2
PROTOCOL_TLS = 2
PROTOCOL_SSLv23 = PROTOCOL_TLS
PROTOCOL_TLS_CLIENT = 16
PROTOCOL_TLS_SERVER = 17
OP_ALL = 0x80000054
OP_NO_SSLv2 = 0
OP_NO_SSLv3 = 0x2000000
OP_NO_TLSv1 = 0x4000000
OP_NO_TLSv1_1 = 0x10000000
OP_NO_COMPRESSION = 0x20000


class SSLError(OSError):
    pass


class SSLZeroReturnError(SSLError):
    pass


class SSLWantReadError(SSLError):
    pass


class SSLWantWriteError(SSLError):
    pass


class SSLSyscallError(SSLError):
    pass


class SSLEOFError(SSLError):
    pass


class SSLCertVerificationError(SSLError, ValueError):
    pass


CertificateError = SSLCertVerificationError


class TLSVersion:
    MINIMUM_SUPPORTED = -2
    SSLv3 = 768
    TLSv1 = 769
    TLSv1_1 = 770
    TLSv1_2 = 771
    TLSv1_3 = 772
    MAXIMUM_SUPPORTED = -1


class _ASN1Object:
    def __init__(self, nid, shortname, longname, oid):
        self.nid, self.shortname, self.longname, self.oid = nid, shortname, longname, oid


class Purpose:
    SERVER_AUTH = _ASN1Object(129, 'serverAuth', 'TLS Web Server Authentication', '1.3.6.1.5.5.7.3.1')
    CLIENT_AUTH = _ASN1Object(130, 'clientAuth', 'TLS Web Client Authentication', '1.3.6.1.5.5.7.3.2')


class SSLContext:
    """TLS settings: verification mode, CA files, client certificates (recorded)."""

    def __init__(self, protocol=PROTOCOL_TLS_CLIENT, *args, **kwargs):
        self.protocol = protocol
        client = protocol in (PROTOCOL_TLS_CLIENT,)
        self._verify_mode = CERT_REQUIRED if client else CERT_NONE
        self.check_hostname = client
        self.options = OP_ALL
        self.minimum_version = TLSVersion.MINIMUM_SUPPORTED
        self.maximum_version = TLSVersion.MAXIMUM_SUPPORTED
        self.verify_flags = 0
        self.cafiles = []
        self.certchain = None
        self.post_handshake_auth = None

    @property
    def verify_mode(self):
        return self._verify_mode

    @verify_mode.setter
    def verify_mode(self, value):
        if value == CERT_NONE and self.check_hostname:
            raise ValueError('Cannot set verify_mode to CERT_NONE when check_hostname is enabled.')
        self._verify_mode = value

    def load_default_certs(self, purpose=Purpose.SERVER_AUTH):
        pass

    def set_default_verify_paths(self):
        pass

    def load_verify_locations(self, cafile=None, capath=None, cadata=None):
        if cafile is None and capath is None and cadata is None:
            raise TypeError('cafile, capath and cadata cannot be all omitted')
        if cafile is not None and not os.path.exists(cafile):
            raise FileNotFoundError(2, 'No such file or directory')
        self.cafiles.append(cafile or capath or cadata)

    def load_cert_chain(self, certfile, keyfile=None, password=None):
        if not os.path.exists(certfile):
            raise FileNotFoundError(2, 'No such file or directory')
        self.certchain = (certfile, keyfile)

    def set_ciphers(self, ciphers):
        pass

    def set_alpn_protocols(self, protocols):
        pass

    def get_ca_certs(self, binary_form=False):
        return []

    def wrap_socket(self, sock, server_side=False, do_handshake_on_connect=True,
                    suppress_ragged_eofs=True, server_hostname=None, session=None):
        """The client side of TLS over a connected socket (Go's crypto/tls);
        server_side=True is not supported."""
        if server_side:
            raise NotImplementedError('ssl: server-side sockets are not supported by gowikibot')
        if self.check_hostname and not server_hostname:
            raise ValueError('check_hostname requires server_hostname')
        return SSLSocket._wrap(sock, self, server_hostname)

    def _verifies(self):
        return self._verify_mode != CERT_NONE


class SSLSocket(_socket.socket):
    """A socket whose traffic is TLS (made by SSLContext.wrap_socket)."""

    @classmethod
    def _wrap(cls, sock, context, server_hostname):
        if sock._h is None:
            raise OSError(107, 'Transport endpoint is not connected')
        new = cls(sock.family, sock.type, sock.proto)
        new._h, new._timeout = sock._h, sock._timeout
        sock._h = None
        sock._closed = True
        new.context = context
        new.server_hostname = server_hostname
        cafiles = [str(f) for f in context.cafiles]
        result = new._h.tls_client(server_hostname or '', context._verifies(), bool(context.check_hostname),
                                   cafiles, new._timeout)
        if result is not None:
            kind, errno, msg = result
            if kind == 'verify':
                err = SSLCertVerificationError(errno, msg)
                err.verify_code, err.verify_message = 20, msg
                raise err
            if kind == 'ssl':
                raise SSLError(errno, msg)
            _socket._check(result)
        return new

    def version(self):
        return 'TLSv1.3'

    def unwrap(self):
        raise NotImplementedError('ssl: unwrap is not supported by gowikibot')


def create_default_context(purpose=Purpose.SERVER_AUTH, *, cafile=None, capath=None, cadata=None):
    """A client context that verifies certificates and host names."""
    ctx = SSLContext(PROTOCOL_TLS_CLIENT if purpose is Purpose.SERVER_AUTH else PROTOCOL_TLS_SERVER)
    if cafile or capath or cadata:
        ctx.load_verify_locations(cafile, capath, cadata)
    return ctx


def _create_unverified_context(protocol=None, *, cert_reqs=CERT_NONE, check_hostname=False,
                               purpose=Purpose.SERVER_AUTH, certfile=None, keyfile=None,
                               cafile=None, capath=None, cadata=None):
    ctx = SSLContext(PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = check_hostname
    ctx.verify_mode = cert_reqs
    return ctx


_create_default_https_context = create_default_context
_create_stdlib_context = _create_unverified_context


def get_default_verify_paths():
    class DefaultVerifyPaths:
        cafile = None
        capath = '/etc/ssl/certs'
        openssl_cafile_env = 'SSL_CERT_FILE'
        openssl_cafile = '/usr/lib/ssl/cert.pem'
        openssl_capath_env = 'SSL_CERT_DIR'
        openssl_capath = '/usr/lib/ssl/certs'
    return DefaultVerifyPaths()


def wrap_socket(sock, *args, **kwargs):
    raise NotImplementedError('ssl.wrap_socket is not supported by gowikibot')
