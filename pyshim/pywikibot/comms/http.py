"""pywikibot.comms.http: plain HTTP requests with pywikibot's user agent
and error handling (gowikibot: the request itself is done by Go's HTTP
client; wiki API calls go through the site core, not through here).

fetch() returns a Response with the attributes scripts read from
requests.Response: status_code, ok, reason, url, headers (case
insensitive), content, text, encoding, json(), raise_for_status().
"""
import json as _json
import re
from http import cookiejar as _cookiejar

import pywikibot
from pywikibot import config, tools  # noqa: F401 (pywikibot.comms.http.tools, as pywikibot's)
from pywikibot.exceptions import FatalServerError, Server504Error, ServerError
from pywikibot.logging import critical, debug, error, log, warning  # noqa: F401 (pywikibot's has them)
from pywikibot.tools import file_mode_checker

try:
    from pywikibot.exceptions import Client414Error
except ImportError:  # pywikibot.exceptions of an older gowikibot
    class Client414Error(pywikibot.exceptions.ClientError):
        """HTTP 414: the request URI is too long."""

__all__ = ['fetch', 'request', 'user_agent', 'user_agent_username', 'get_authentication',
           'get_charset_from_content_type', 'error_handling_callback', 'Response', 'flush']

_REASONS = {200: 'OK', 201: 'Created', 204: 'No Content', 207: 'Multi-Status',
            301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified', 400: 'Bad Request',
            401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
            414: 'URI Too Long', 429: 'Too Many Requests', 500: 'Internal Server Error',
            502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout'}


class _Headers:
    """Response headers: a mapping whose keys match case-insensitively;
    repeated headers are joined with ', ' as requests joins them."""

    def __init__(self, pairs=()):
        self._items = {}  # lower-case name -> (name, value)
        for name, value in pairs:
            self[name] = value

    def __setitem__(self, key, value):
        old = self._items.get(key.lower())
        if old is not None:
            key, value = old[0], old[1] + ', ' + value
        self._items[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._items[key.lower()][1]

    def __contains__(self, key):
        return key.lower() in self._items

    def __iter__(self):
        return iter([k for k, _ in self._items.values()])

    def __len__(self):
        return len(self._items)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def keys(self):
        return list(self)

    def items(self):
        return list(self._items.values())

    def __repr__(self):
        return repr(dict(self._items.values()))


class _PreparedRequest:
    """What was sent: method, url, headers."""

    def __init__(self, method, url, headers):
        self.method, self.url, self.headers = method, url, _Headers(headers.items())


class Response:
    """The response of fetch(), shaped as requests.Response."""

    def __init__(self, status, reason, url, headers, content, request):
        self.status_code = status
        self.url = url
        self.headers = _Headers(headers)
        self.content = content
        self.request = request
        self.reason = reason or _REASONS.get(status, '')
        self.encoding = None

    @property
    def ok(self):
        return self.status_code < 400

    @property
    def text(self):
        return self.content.decode(self.encoding or 'utf-8', 'replace')

    def json(self, **kwargs):
        return _json.loads(self.text, **kwargs)

    def raise_for_status(self):
        """Raise pywikibot's HTTP error for a 4xx/5xx status."""
        if 400 <= self.status_code:
            kind = 'Client' if self.status_code < 500 else 'Server'
            raise pywikibot.exceptions.Error('{} {} Error: {} for url: {}'.format(
                self.status_code, kind, self.reason, self.url))

    def __bool__(self):
        return self.ok

    def __repr__(self):
        return '<Response [{}]>'.format(self.status_code)


def flush():
    """Nothing to close: Go's HTTP client has no session to save."""


class PywikibotCookieJar(_cookiejar.LWPCookieJar):
    """pywikibot's cookie jar: an LWPCookieJar whose load(user) reads the
    file of that account (pywikibot-USER.lwp in the data directory, the
    file gowikibot's login keeps too) and whose save() makes the file
    private first."""

    def load(self, user='', *args, **kwargs):
        """Load the cookies of user's file (and set self.filename to it)."""
        suffix = '-' + tools.as_filename(user) if user else ''
        self.filename = config.datafilepath('pywikibot{}.lwp'.format(suffix))
        try:
            super().load(*args, **kwargs)
        except (_cookiejar.LoadError, FileNotFoundError):
            debug('Loading cookies for user {} failed.'.format(user))
        else:
            debug('Loaded cookies for user {} from file.'.format(user))

    def save(self, *args, **kwargs):
        """Save the cookies (load() sets the file), mode 0600."""
        if self.filename:
            file_mode_checker(self.filename, create=True)
        super().save(*args, **kwargs)


#: the cookie jar of pywikibot's session (gowikibot's own requests keep
#: their cookies in Go, in the same files)
cookie_jar = PywikibotCookieJar()

#: the products named in the user agent ({python}, {http_backend}, {pwb})
USER_AGENT_PRODUCTS = {
    'python': 'gowikibot',
    'http_backend': 'go-net-http',
    'pwb': 'Pywikibot/' + pywikibot.__version__,
}


def fake_user_agent():
    """A random browser user agent from the fake_useragent package (an
    ImportError without it, as pywikibot's)."""
    try:
        from fake_useragent import UserAgent
    except ImportError:
        raise ImportError('fake_useragent must be installed to get fake UAs.')
    return UserAgent().random


def user_agent_username(username=None):
    """username as it may stand in an HTTP header: spaces as '_', and
    URL-quoted when it is not ASCII or holds '%'."""
    if not username:
        return ''
    from urllib.parse import quote
    username = username.replace(' ', '_')
    if any(ord(c) > 127 for c in username):
        return quote(username.encode('utf-8'))
    if '%' in username:
        return quote(username)
    return username


def _script_name():
    import sys
    import os
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ''
    return name[:-3] if name.endswith('.py') else (name or 'terminal-interface')


def user_agent(site=None, format_string=''):
    """The user agent for site (or for no site), config.user_agent_format
    filled in as pywikibot fills it."""
    script = _script_name()
    values = dict(USER_AGENT_PRODUCTS)
    values.update({'script': script, 'script_product': script,
                   'revision': pywikibot.__version__, 'version': pywikibot.__version__,
                   'family': '', 'code': '', 'lang': '', 'site': ''})
    comments = []
    desc = getattr(config, 'user_agent_description', None)
    if desc:
        comments.append(desc)
    username = ''
    if site:
        comments.append(str(site))
        if site.username():
            username = user_agent_username(site.username())
            comments.append('User:' + username)
        values.update({'family': site.family.name, 'code': site.code,
                       'lang': site.code, 'site': str(site)})
    values['username'] = username
    values['script_comments'] = '; '.join(comments)
    fmt = format_string or getattr(config, 'user_agent_format', None) or (
        '{script_product} ({script_comments}) {pwb} ({revision}) {http_backend} {python}')
    out = fmt.format(**values)
    return out.replace('()', '').replace('  ', ' ').strip()


def get_authentication(uri):
    """The config.authenticate entry for uri's host (exact host, then
    '*.domain' wildcards), or None."""
    from urllib.parse import urlparse
    netloc = urlparse(uri).netloc
    parts = netloc.split('.')
    auth = getattr(config, 'authenticate', None) or {}
    for key in [netloc] + ['.'.join(['*'] + parts[i + 1:]) for i in range(len(parts))]:
        if key in auth:
            if len(auth[key]) in (2, 4):
                return auth[key]
            import warnings
            warnings.warn('config.authenticate[{!r}] has invalid value.\n'
                          'It should contain 2 or 4 items, not {}.\n'
                          'See https://www.mediawiki.org/wiki/Manual:Pywikibot/OAuth '
                          'for more info.'.format(key, len(auth[key])))
    return None


CHARSET_RE = re.compile(r'charset\s*=\s*(?P<q>[\'"]?)(?P<charset>[^\'",;>/]+)(?P=q)',
                         flags=re.IGNORECASE)


def get_charset_from_content_type(content_type):
    """The charset a Content-Type header names, in Python's spelling, or None."""
    m = CHARSET_RE.search(content_type)
    if not m:
        return None
    charset = m.group('charset').strip('"\' ').lower()
    if re.sub(r'[ _\-]', '', charset) == 'xeucjp':
        return 'euc_jp'
    return re.sub(r'\A(?:cp[ _\-]|(?:[a-z]+[_\-]?)?win(?:dows)?[_\-]?)(\d{3,4})', r'cp\1', charset)


def _get_encoding_from_response_headers(response):
    """The encoding the response's Content-Type names: its charset; else
    utf-8 for JSON; for XML the first line's encoding declaration (utf-8
    without one); else None."""
    content_type = response.headers.get('content-type')
    if not content_type:
        return None
    header = get_charset_from_content_type(content_type)
    if not header and 'json' in content_type:
        header = 'utf-8'
    elif not header and 'xml' in content_type:
        first = response.content[:100].splitlines()[0]
        m = re.search(br'encoding=(["\'])(?P<e>.+?)\1', first)
        header = m.group('e').decode('utf-8') if m else 'utf-8'
    return header


def _decide_encoding(response, charset=None):
    """The encoding to decode the response with: the header's (as
    _get_encoding_from_response_headers) or charset (default: the
    request's Accept-Charset) when the content decodes with it; latin1
    when neither names one; None (for chardet) when none decodes."""
    header = _get_encoding_from_response_headers(response)
    if header is None:
        pywikibot.log('Http response does not contain a charset.')
    if charset is None:
        charset = response.request.headers.get('accept-charset')

    def decodes(enc):
        # enc if the content decodes with it, else None (with pywikibot's
        # warning)
        if enc is None:
            return None
        try:
            response.content.decode(enc)
        except LookupError:
            pywikibot.warning('Unknown or invalid encoding {!r}'.format(enc))
            return None
        except UnicodeDecodeError as e:
            pywikibot.warning('{} found in {}'.format(e, response.content))
            return None
        return enc

    if charset is None:
        return decodes(header or 'latin1')
    if header is None:
        return decodes(charset)
    # both: a mismatch of two known encodings is worth a warning; an
    # unknown one (an Accept-Charset list, say) is not
    import codecs

    def codec(enc):
        try:
            return codecs.lookup(enc).name
        except LookupError:
            return None
    if codec(header) and codec(charset) and codec(header) != codec(charset):
        pywikibot.warning('Encoding "{}" requested but "{}" received in the response header.'
                          .format(charset, header))
    return decodes(header) or decodes(charset)


def error_handling_callback(response):
    """Raise pywikibot's exceptions for failed requests, as pywikibot does."""
    # a name that does not resolve: Python's ConnectionError, said nothing
    # more (pywikibot's check of requests' message)
    if isinstance(response, ConnectionError):
        msg = str(response)
        if ('NewConnectionError' in msg or 'NameResolutionError' in msg) \
                and re.search(r'\[Errno (-2|8|11001)\]', msg):
            raise ConnectionError(response)
    if isinstance(response, Exception):
        pywikibot.error('An error occurred for uri ' + getattr(response, 'uri', ''))
        raise response
    if response.status_code == 414:
        raise Client414Error('URI is too long')
    if response.status_code == 504:
        from urllib.parse import urlparse
        raise Server504Error('Server {} timed out'.format(urlparse(response.url).netloc))
    if not response.ok and response.status_code >= 500:
        raise ServerError('{} Server Error: {}'.format(response.status_code, response.reason))
    if response.status_code not in (200, 207):
        pywikibot.warning('Http response status {}'.format(response.status_code))


def fetch(uri, method='GET', headers=None, default_error_handling=True,
          use_fake_user_agent=False, **kwargs):
    """One HTTP request to uri; returns a Response (see the module doc).

    Keywords as pywikibot's: params (query parameters), data (body: dict,
    str or bytes), json, charset, callbacks, allow_redirects, timeout."""
    import _gowikibot_http
    from urllib.parse import urlencode
    headers = dict(headers or {})
    headers.update(getattr(config, 'extra_headers', None) or {})
    lower = {k.lower(): k for k in headers}
    if 'user-agent' not in lower:
        if isinstance(use_fake_user_agent, str) and use_fake_user_agent:
            headers['user-agent'] = use_fake_user_agent
        elif use_fake_user_agent is True:
            raise ImportError('fake_user_agent is not available in gowikibot')
        else:
            headers['user-agent'] = user_agent()
    elif not headers[lower['user-agent']] or '{' in headers[lower['user-agent']]:
        headers[lower['user-agent']] = user_agent(None, headers[lower['user-agent']])
    callbacks = list(kwargs.pop('callbacks', []) or [])
    if default_error_handling:
        callbacks.insert(0, error_handling_callback)
    charset = kwargs.pop('charset', None)
    params = kwargs.pop('params', None)
    if params:
        uri += ('&' if '?' in uri else '?') + urlencode(params)
    body = kwargs.pop('data', None)
    if 'json' in kwargs:
        body = _json.dumps(kwargs.pop('json'))
        headers.setdefault('content-type', 'application/json')
    elif isinstance(body, dict):
        body = urlencode(body)
        headers.setdefault('content-type', 'application/x-www-form-urlencoded')
    auth = get_authentication(uri)
    if auth is not None and len(auth) == 2:
        import base64
        token = base64.b64encode('{}:{}'.format(*auth).encode('utf-8')).decode('ascii')
        headers['authorization'] = 'Basic ' + token
    elif auth is not None and len(auth) == 4:
        uri, headers, body = _oauth1_signed(auth, method, uri, headers, body)
    kwargs.pop('verify', None)  # Go's client always verifies certificates
    timeout = kwargs.pop('timeout', None) or getattr(config, 'socket_timeout', 45)
    if isinstance(timeout, (tuple, list)):
        timeout = sum(timeout)
    request = _PreparedRequest(method.upper(), uri, headers)
    try:
        status, reason, url, pairs, content = _gowikibot_http.fetch(
            method, uri, list(headers.items()), body, float(timeout),
            kwargs.pop('allow_redirects', True))
    except ConnectionError as e:
        e.uri = uri
        # as pywikibot, the exception goes through the callbacks
        # (error_handling_callback raises it) and is returned otherwise
        for callback in callbacks:
            callback(e)
        return e
    response = Response(status, reason, url, pairs, content, request)
    response.encoding = _decide_encoding(response, charset)
    for callback in callbacks:
        callback(response)
    return response


class _Unsigned:
    """A request as requests_oauthlib.OAuth1 signs it (a prepared
    request's method, url, headers and body)."""

    def __init__(self, method, url, headers, body):
        from requests.structures import CaseInsensitiveDict
        self.method, self.url, self.headers, self.body = method, url, CaseInsensitiveDict(headers), body


def _oauth1_signed(auth, method, uri, headers, body):
    """(uri, headers, body) of a request signed with the OAuth 1.0a
    tokens auth (consumer key and secret, access key and secret), as
    pywikibot's fetch signs it: with requests_oauthlib.OAuth1(*auth)."""
    import requests_oauthlib
    r = requests_oauthlib.OAuth1(*auth)(_Unsigned(method.upper(), uri, headers, body))
    signed = {}
    for name, value in r.headers.items():
        if name.lower() != 'content-length':  # Go's client sets it
            signed[name] = value.decode('latin-1') if isinstance(value, bytes) else value
    return r.url, signed, r.body


def __getattr__(name):
    # requests_oauthlib, imported on first use (pywikibot's module imports
    # it at once; gowikibot's is its own, see the requests_oauthlib module)
    if name == 'requests_oauthlib':
        import requests_oauthlib
        return requests_oauthlib
    raise AttributeError("module 'pywikibot.comms.http' has no attribute '{}'".format(name))


def __dir__():
    return sorted(set(globals()) | {'requests_oauthlib'})


def request(site, uri=None, headers=None, **kwargs):
    """fetch() of a path of site (relative to its base URL), with the
    site's user agent."""
    kwargs.pop('verify', None)  # Go's client always verifies certificates
    fmt = (headers or {}).get('user-agent')
    headers = dict(headers or {})
    headers['user-agent'] = user_agent(site, fmt)
    kwargs.pop('protocol', None)
    base = site.base_url(uri)
    return fetch(base, headers=headers, **kwargs)


class _Session:
    """http.session: the shared session scripts send requests through
    (requests.Session's get/post/request, done with fetch)."""

    def __init__(self):
        self.headers = {}

    def request(self, method, url, **kwargs):
        headers = dict(self.headers)
        headers.update(kwargs.pop('headers', None) or {})
        response = fetch(url, method=method, headers=headers, default_error_handling=False,
                         **kwargs)
        if isinstance(response, Exception):
            raise response  # a requests.Session raises what it could not send
        return response

    def get(self, url, **kwargs):
        return self.request('GET', url, **kwargs)

    def post(self, url, **kwargs):
        return self.request('POST', url, **kwargs)

    def close(self):
        pass


session = _Session()
