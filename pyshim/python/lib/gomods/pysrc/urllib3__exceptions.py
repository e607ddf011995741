"""urllib3.exceptions (gowikibot: classes only)."""


class HTTPError(Exception):
    pass


class HTTPWarning(Warning):
    pass


class PoolError(HTTPError):
    def __init__(self, pool=None, message=''):
        self.pool = pool
        HTTPError.__init__(self, '%s: %s' % (pool, message))


class RequestError(PoolError):
    def __init__(self, pool=None, url=None, message=''):
        self.url = url
        PoolError.__init__(self, pool, message)


class SSLError(HTTPError):
    pass


class ProxyError(HTTPError):
    pass


class DecodeError(HTTPError):
    pass


class ProtocolError(HTTPError):
    pass


ConnectionError = ProtocolError


class MaxRetryError(RequestError):
    def __init__(self, pool=None, url=None, reason=None):
        self.reason = reason
        RequestError.__init__(self, pool, url, 'Max retries exceeded with url: %s (Caused by %r)' % (url, reason))


class HostChangedError(RequestError):
    pass


class TimeoutStateError(HTTPError):
    pass


class TimeoutError(HTTPError):
    pass


class ReadTimeoutError(TimeoutError, RequestError):
    pass


class ConnectTimeoutError(TimeoutError):
    pass


class NewConnectionError(ConnectTimeoutError, PoolError):
    pass


class EmptyPoolError(PoolError):
    pass


class ClosedPoolError(PoolError):
    pass


class LocationValueError(ValueError, HTTPError):
    pass


class LocationParseError(LocationValueError):
    pass


class ResponseError(HTTPError):
    pass


class SecurityWarning(HTTPWarning):
    pass


class InsecureRequestWarning(SecurityWarning):
    pass


class SystemTimeWarning(SecurityWarning):
    pass


class InsecurePlatformWarning(SecurityWarning):
    pass


class IncompleteRead(HTTPError):
    pass


class InvalidHeader(HTTPError):
    pass


class ProxySchemeUnknown(AssertionError, ValueError):
    pass


class HeaderParsingError(HTTPError):
    pass
