"""Open URLs (gowikibot: Go's net/http underneath).

urlopen follows redirects and raises HTTPError for error statuses, as
CPython's does; handlers beyond cookies and extra headers are not modelled.
"""

import _gwb_http
from urllib.parse import urlsplit, quote, unquote, urlencode
from urllib.error import URLError, HTTPError, ContentTooShortError
from http.client import HTTPResponse, HTTPMessage, _raise_for

__all__ = ['Request', 'OpenerDirector', 'BaseHandler', 'HTTPCookieProcessor', 'build_opener',
           'install_opener', 'urlopen', 'pathname2url', 'url2pathname', 'getproxies',
           'urlretrieve', 'urlcleanup', 'quote', 'unquote', 'urlencode']

__version__ = '3.11'
_DEFAULT_UA = 'Python-urllib/%s' % __version__


class Request:
    """An HTTP request for urlopen(): URL, data, headers and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False,
                 method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        for key, value in headers.items():
            self.add_header(key, value)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '%s#%s' % (self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        url = str(url).strip()
        if '#' in url:
            url, self.fragment = url.split('#', 1)
        else:
            self.fragment = None
        self._full_url = url
        parts = urlsplit(url)
        if not parts.scheme:
            raise ValueError('unknown url type: %r' % url)
        self.type = parts.scheme
        self.host = parts.netloc
        self.selector = url[len(parts.scheme) + 3 + len(parts.netloc):] or '/'

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            if self.has_header('Content-length'):
                self.remove_header('Content-length')

    def get_method(self):
        default = 'POST' if self.data is not None else 'GET'
        return getattr(self, 'method', default)

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = dict(self.unredirected_hdrs)
        hdrs.update(self.headers)
        return list(hdrs.items())


class BaseHandler:
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass


class HTTPCookieProcessor(BaseHandler):
    """Keep cookies across requests of an opener (in a Go cookie jar)."""

    def __init__(self, cookiejar=None):
        self.cookiejar = cookiejar
        self._jar = _gwb_http.jar()


class HTTPHandler(BaseHandler):
    pass


class HTTPSHandler(BaseHandler):
    def __init__(self, debuglevel=0, context=None, check_hostname=None):
        self._context = context


class HTTPRedirectHandler(BaseHandler):
    max_redirections = 10


class ProxyHandler(BaseHandler):
    def __init__(self, proxies=None):
        self.proxies = proxies


class OpenerDirector:
    """Opens URLs; addheaders are sent with every request."""

    def __init__(self):
        self.addheaders = [('User-agent', _DEFAULT_UA)]
        self.handlers = []
        self._jar = None

    def add_handler(self, handler):
        self.handlers.append(handler)
        if isinstance(handler, HTTPCookieProcessor):
            self._jar = handler._jar

    def open(self, fullurl, data=None, timeout=None, _verify=True):
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        if req.type not in ('http', 'https'):
            raise URLError('unknown url type: %s' % req.type)
        headers = dict(req.header_items())
        names = set(k.lower() for k in headers)
        for k, v in self.addheaders:
            if k.lower() not in names:
                headers[k] = v
        body = req.data
        if body is not None:
            if isinstance(body, str):
                raise TypeError('POST data should be bytes, an iterable of bytes, or a file object. It cannot be of type str.')
            if hasattr(body, 'read'):
                body = body.read()
            if 'content-type' not in names:
                headers['Content-type'] = 'application/x-www-form-urlencoded'
        headers.setdefault('Accept-Encoding', 'identity')
        headers.setdefault('Connection', 'close')
        method = req.get_method()
        verify = _verify
        for h in self.handlers:
            ctx = getattr(h, '_context', None)
            if ctx is not None and not ctx._verifies():
                verify = False
        got = _gwb_http.fetch(method, req.full_url, list(headers.items()), body, timeout, True, 10,
                              self._jar, verify, True, timeout)
        if isinstance(got, tuple):
            kind, msg = got
            if kind == 'TooManyRedirects':
                raise HTTPError(req.full_url, 302, 'The HTTP server returned a redirect error that would lead to an infinite loop.\nThe last 30x error message was:\nFound', HTTPMessage(), None)
            if kind == 'ReadTimeout':
                raise TimeoutError('timed out')
            try:
                _raise_for(kind, msg)
            except OSError as e:
                raise URLError(e)
        resp = HTTPResponse(got, method)
        if not (200 <= resp.status < 300):
            raise HTTPError(resp.url, resp.status, resp.reason, resp.headers, resp)
        return resp

    def close(self):
        pass


def build_opener(*handlers):
    """An OpenerDirector with the given handlers (cookies are kept when an HTTPCookieProcessor is one)."""
    opener = OpenerDirector()
    for h in handlers:
        if isinstance(h, type):
            h = h()
        opener.add_handler(h)
    return opener


_opener = None


def install_opener(opener):
    global _opener
    _opener = opener


def urlopen(url, data=None, timeout=None, *, cafile=None, capath=None, cadefault=False, context=None):
    """Open url (a string or a Request); return a response or raise HTTPError/URLError."""
    global _opener
    opener = _opener
    if opener is None:
        opener = _opener = build_opener()
    verify = context is None or context._verifies()
    return opener.open(url, data, timeout, verify)


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy the network object at url to filename (a temporary file when None)."""
    with urlopen(url, data) as resp:
        content = resp.read()
        headers = resp.headers
    if filename is None:
        import tempfile
        import os
        fd, filename = tempfile.mkstemp()
        os.close(fd)
    with open(filename, 'wb') as f:
        f.write(content)
    if reporthook:
        reporthook(1, len(content), len(content))
    return filename, headers


def urlcleanup():
    pass


def pathname2url(pathname):
    return quote(pathname)


def url2pathname(pathname):
    return unquote(pathname)


def getproxies():
    import os
    proxies = {}
    for name, value in os.environ.items():
        name = name.lower()
        if value and name.endswith('_proxy'):
            proxies[name[:-6]] = value
    return proxies
