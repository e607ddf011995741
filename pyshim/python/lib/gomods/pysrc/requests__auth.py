"""Authentication handlers of requests (gowikibot)."""

import base64


def _basic_auth_str(username, password):
    if isinstance(username, str):
        username = username.encode('latin1')
    if isinstance(password, str):
        password = password.encode('latin1')
    return 'Basic ' + base64.b64encode(username + b':' + password).decode('ascii')


class AuthBase:
    """Base class that all auth implementations derive from."""

    def __call__(self, r):
        raise NotImplementedError('Auth hooks must be callable.')


class HTTPBasicAuth(AuthBase):
    """Attaches HTTP Basic Authentication to the given Request object."""

    def __init__(self, username, password):
        self.username = username
        self.password = password

    def __eq__(self, other):
        return self.username == getattr(other, 'username', None) and self.password == getattr(other, 'password', None)

    def __ne__(self, other):
        return not self == other

    def __call__(self, r):
        r.headers['Authorization'] = _basic_auth_str(self.username, self.password)
        return r


class HTTPProxyAuth(HTTPBasicAuth):
    """Attaches HTTP Proxy Authentication to a given Request object."""

    def __call__(self, r):
        r.headers['Proxy-Authorization'] = _basic_auth_str(self.username, self.password)
        return r


class HTTPDigestAuth(AuthBase):
    """HTTP Digest authentication is not implemented by gowikibot's requests."""

    def __init__(self, username, password):
        self.username = username
        self.password = password

    def __call__(self, r):
        raise NotImplementedError('HTTPDigestAuth is not supported by gowikibot')
