"""Sessions, requests and responses of gowikibot's requests (net/http underneath).

The API is requests' for what bot scripts use; the HTTP exchange, redirects,
cookies, TLS and connection reuse are Go's net/http.
"""

import json as _json
import datetime as _datetime
from urllib.parse import urlencode, urlsplit, urlunsplit, quote

import _gwb_http
from requests import exceptions as _exc
from requests.structures import CaseInsensitiveDict
from requests.auth import HTTPBasicAuth, _basic_auth_str

__version__ = '2.32.3'
DEFAULT_REDIRECT_LIMIT = 30
REDIRECT_STATI = (301, 302, 303, 307, 308)
ITER_CHUNK_SIZE = 512
CONTENT_CHUNK_SIZE = 10 * 1024


def default_user_agent(name='python-requests'):
    return '%s/%s' % (name, __version__)


def default_headers():
    return CaseInsensitiveDict({
        'User-Agent': default_user_agent(),
        'Accept-Encoding': 'gzip, deflate',
        'Accept': '*/*',
        'Connection': 'keep-alive',
    })


def _to_str(v):
    if isinstance(v, bytes):
        return v.decode('utf-8')
    return str(v)


def _encode_params(data):
    """Form-encode data (a dict, a list of pairs, str or bytes)."""
    if isinstance(data, (str, bytes)):
        return data
    if hasattr(data, 'read'):
        return data
    if hasattr(data, 'items'):
        data = list(data.items())
    result = []
    for k, vs in data:
        if isinstance(vs, (str, bytes)) or not hasattr(vs, '__iter__'):
            vs = [vs]
        for v in vs:
            if v is not None:
                result.append((_to_str(k), _to_str(v)))
    return urlencode(result)


def _quote_url(url):
    """Percent-encode what requests would (spaces, non-ASCII), leaving escapes alone."""
    return quote(url, safe="!#$%&'()*+,/:;=?@[]~")


class Request:
    """A user-created request, turned into a PreparedRequest by prepare()."""

    def __init__(self, method=None, url=None, headers=None, files=None, data=None,
                 params=None, auth=None, cookies=None, hooks=None, json=None):
        self.method = method
        self.url = url
        self.headers = headers if headers is not None else {}
        self.files = files if files is not None else []
        self.data = data if data is not None else []
        self.json = json
        self.params = params if params is not None else {}
        self.auth = auth
        self.cookies = cookies
        self.hooks = hooks if hooks is not None else {}

    def __repr__(self):
        return '<Request [%s]>' % (self.method,)

    def prepare(self):
        p = PreparedRequest()
        p.prepare(method=self.method, url=self.url, headers=self.headers, files=self.files,
                  data=self.data, params=self.params, auth=self.auth, cookies=self.cookies,
                  hooks=self.hooks, json=self.json)
        return p


class PreparedRequest:
    """The exact bytes that will be sent: method, url, headers and body."""

    def __init__(self):
        self.method = None
        self.url = None
        self.headers = None
        self.body = None
        self.hooks = {'response': []}
        self._cookies = None

    def __repr__(self):
        return '<PreparedRequest [%s]>' % (self.method,)

    def copy(self):
        p = PreparedRequest()
        p.method, p.url, p.body, p.hooks = self.method, self.url, self.body, self.hooks
        p.headers = self.headers.copy() if self.headers is not None else None
        p._cookies = self._cookies
        return p

    def prepare(self, method=None, url=None, headers=None, files=None, data=None,
                params=None, auth=None, cookies=None, hooks=None, json=None):
        self.method = method.upper() if method is not None else None
        self.prepare_url(url, params)
        self.headers = CaseInsensitiveDict()
        if headers:
            for k, v in headers.items():
                if v is not None:
                    self.headers[_to_str(k)] = _to_str(v)
        self.prepare_body(data, files, json)
        self.prepare_auth(auth, url)
        if hooks:
            for ev, fns in hooks.items():
                if callable(fns):
                    fns = [fns]
                self.hooks.setdefault(ev, [])
                self.hooks[ev].extend(fns)

    def prepare_url(self, url, params):
        if isinstance(url, bytes):
            url = url.decode('utf8')
        else:
            url = str(url)
        url = url.lstrip()
        if ':' in url and not url.lower().startswith('http'):
            self.url = url
            return
        parts = urlsplit(url)
        if not parts.scheme:
            raise _exc.MissingSchema("Invalid URL %r: No scheme supplied. Perhaps you meant https://%s?" % (url, url))
        if not parts.netloc:
            raise _exc.InvalidURL('Invalid URL %r: No host supplied' % url)
        path = parts.path or '/'
        query = parts.query
        enc = _encode_params(params) if params else ''
        if isinstance(enc, bytes):
            enc = enc.decode()
        if enc:
            query = '%s&%s' % (query, enc) if query else enc
        # the host in lower case, as urllib3's parse_url gives it
        userinfo, at, hostport = parts.netloc.rpartition('@')
        netloc = userinfo + at + hostport.lower()
        self.url = _quote_url(urlunsplit((parts.scheme, netloc, path, query, parts.fragment)))

    def prepare_body(self, data, files, json=None):
        body = None
        content_type = None
        if not data and json is not None:
            content_type = 'application/json'
            body = _json.dumps(json, allow_nan=False)
            if not isinstance(body, bytes):
                body = body.encode('utf-8')
        if files:
            fields = []
            if data:
                items = data.items() if hasattr(data, 'items') else data
                for k, vs in items:
                    if isinstance(vs, (str, bytes)) or not hasattr(vs, '__iter__'):
                        vs = [vs]
                    for v in vs:
                        if v is not None:
                            fields.append((_to_str(k), v if isinstance(v, bytes) else str(v)))
            parts = []
            items = files.items() if hasattr(files, 'items') else files
            for field, spec in items:
                ctype = ''
                if isinstance(spec, (tuple, list)):
                    fname, fdata = spec[0], spec[1]
                    if len(spec) > 2 and spec[2]:
                        ctype = spec[2]
                else:
                    fdata = spec
                    fname = getattr(spec, 'name', None) or field
                    if isinstance(fname, str) and '/' in fname:
                        fname = fname.rsplit('/', 1)[1]
                if hasattr(fdata, 'read'):
                    fdata = fdata.read()
                if isinstance(fdata, str):
                    fdata = fdata.encode('utf-8')
                if fname is None:
                    fields.append((_to_str(field), fdata))
                    continue
                parts.append((_to_str(field), _to_str(fname), fdata, ctype))
            body, content_type = _gwb_http.multipart(fields, parts)
        elif data:
            if hasattr(data, 'read'):
                data = data.read()
            body = _encode_params(data)
            if isinstance(data, (str, bytes)):
                content_type = None
            else:
                content_type = 'application/x-www-form-urlencoded'
        if isinstance(body, str):
            body = body.encode('utf-8')
        if body is not None:
            self.headers['Content-Length'] = str(len(body))
        elif self.method not in ('GET', 'HEAD'):
            self.headers['Content-Length'] = '0'
        if content_type and 'content-type' not in self.headers:
            self.headers['Content-Type'] = content_type
        self.body = body

    def prepare_auth(self, auth, url=''):
        if auth:
            if isinstance(auth, (tuple, list)) and len(auth) == 2:
                auth = HTTPBasicAuth(*auth)
            r = auth(self)
            if r is not None:
                self.__dict__.update(r.__dict__)

    def prepare_cookies(self, cookies):
        self._cookies = cookies


class Response:
    """The server's response to an HTTP request."""

    def __init__(self):
        self._content = False
        self._content_consumed = False
        self._handle = None
        self.status_code = None
        self.headers = CaseInsensitiveDict()
        self.raw = None
        self.url = None
        self.encoding = None
        self.history = []
        self.reason = None
        self.cookies = RequestsCookieJar()
        self.elapsed = _datetime.timedelta(0)
        self.request = None
        self.connection = None

    def __repr__(self):
        return '<Response [%s]>' % (self.status_code,)

    def __bool__(self):
        return self.ok

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        return self.iter_content(128)

    @property
    def ok(self):
        try:
            self.raise_for_status()
        except _exc.HTTPError:
            return False
        return True

    @property
    def is_redirect(self):
        return 'location' in self.headers and self.status_code in REDIRECT_STATI

    @property
    def is_permanent_redirect(self):
        return 'location' in self.headers and self.status_code in (301, 308)

    @property
    def next(self):
        return None

    @property
    def apparent_encoding(self):
        try:
            self.content.decode('utf-8')
            return 'utf-8'
        except UnicodeDecodeError:
            return 'ISO-8859-1'

    def _read(self, n):
        got = self._handle.read(n)
        if isinstance(got, tuple):
            raise getattr(_exc, got[0])(got[1], response=self)
        return got

    def iter_content(self, chunk_size=1, decode_unicode=False):
        if self._content_consumed and isinstance(self._content, bool):
            raise _exc.StreamConsumedError()
        if chunk_size is not None and not isinstance(chunk_size, int):
            raise TypeError('chunk_size must be an int, it is instead a %s.' % type(chunk_size))

        def chunks():
            if self._content is not False:
                data = self._content
                step = chunk_size or len(data) or 1
                for i in range(0, len(data), step):
                    yield data[i:i + step]
                return
            while True:
                piece = self._read(chunk_size or CONTENT_CHUNK_SIZE)
                if not piece:
                    break
                yield piece
            self._content_consumed = True

        gen = chunks()
        if decode_unicode:
            enc = self.encoding or 'utf-8'

            def decoded():
                pending = b''
                for c in gen:
                    pending += c
                    for cut in range(len(pending), max(len(pending) - 4, -1), -1):
                        try:
                            text = pending[:cut].decode(enc)
                        except UnicodeDecodeError:
                            continue
                        pending = pending[cut:]
                        if text:
                            yield text
                        break
                if pending:
                    yield pending.decode(enc, 'replace')
            return decoded()
        return gen

    def iter_lines(self, chunk_size=ITER_CHUNK_SIZE, decode_unicode=False, delimiter=None):
        pending = None
        for chunk in self.iter_content(chunk_size=chunk_size, decode_unicode=decode_unicode):
            if pending is not None:
                chunk = pending + chunk
            lines = chunk.split(delimiter) if delimiter else _splitlines(chunk)
            if lines and lines[-1] and chunk and lines[-1][-1] == chunk[-1]:
                pending = lines.pop()
            else:
                pending = None
            for line in lines:
                yield line
        if pending is not None:
            yield pending

    @property
    def content(self):
        if self._content is False:
            if self._content_consumed:
                raise RuntimeError('The content for this response was already consumed')
            if self.status_code == 0 or self._handle is None:
                self._content = None
            else:
                self._content = self._read(-1)
        self._content_consumed = True
        return self._content

    @property
    def text(self):
        content = self.content
        if not content:
            return ''
        encoding = self.encoding
        if encoding is None:
            encoding = self.apparent_encoding
        try:
            return content.decode(encoding, 'replace')
        except LookupError:
            return content.decode('utf-8', 'replace')

    def json(self, **kwargs):
        text = self.text
        try:
            return _json.loads(text, **kwargs)
        except _json.JSONDecodeError as e:
            raise _exc.JSONDecodeError(e.msg, e.doc, e.pos)

    @property
    def links(self):
        header = self.headers.get('link')
        resolved = {}
        if header:
            for val in header.split(','):
                parts = val.strip().split(';')
                url = parts[0].strip().strip('<>')
                link = {'url': url}
                for p in parts[1:]:
                    if '=' in p:
                        k, v = p.split('=', 1)
                        link[k.strip()] = v.strip().strip('"\'')
                resolved[link.get('rel') or url] = link
        return resolved

    def raise_for_status(self):
        """Raise HTTPError for a 4xx or 5xx status."""
        reason = self.reason
        if isinstance(reason, bytes):
            reason = reason.decode('iso-8859-1')
        msg = ''
        if 400 <= self.status_code < 500:
            msg = '%s Client Error: %s for url: %s' % (self.status_code, reason, self.url)
        elif 500 <= self.status_code < 600:
            msg = '%s Server Error: %s for url: %s' % (self.status_code, reason, self.url)
        if msg:
            raise _exc.HTTPError(msg, response=self)

    def close(self):
        if self._handle is not None:
            self._handle.close()


def _splitlines(chunk):
    if isinstance(chunk, bytes):
        # bytes.splitlines is missing from the interpreter's bytes type.
        return [l.encode('latin-1') for l in chunk.decode('latin-1').splitlines()]
    return chunk.splitlines()


class Cookie:
    """One cookie of a jar (name, value, domain, path)."""

    def __init__(self, name, value, domain='', path='/'):
        self.name = name
        self.value = value
        self.domain = domain
        self.path = path
        self.secure = False
        self.expires = None

    def __repr__(self):
        return '<Cookie %s=%s for %s%s>' % (self.name, self.value, self.domain, self.path)


class RequestsCookieJar:
    """The cookies of a session: a dict-like view over a Go cookie jar."""

    def __init__(self):
        self._jar = _gwb_http.jar()
        self._local = {}

    def _all(self):
        out = [Cookie(*c) for c in self._jar.list()]
        names = set((c.name, c.domain) for c in out)
        for (name, domain), value in self._local.items():
            if (name, domain) not in names:
                out.append(Cookie(name, value, domain, '/'))
        return out

    def __iter__(self):
        return iter(self._all())

    def __len__(self):
        return len(self._all())

    def __contains__(self, name):
        return any(c.name == name for c in self._all())

    def __getitem__(self, name):
        for c in self._all():
            if c.name == name:
                return c.value
        raise KeyError("name=%r, domain=None, path=None" % name)

    def __setitem__(self, name, value):
        self.set(name, value)

    def get(self, name, default=None, domain=None, path=None):
        for c in self._all():
            if c.name == name and (domain is None or c.domain == domain):
                return c.value
        return default

    def set(self, name, value, domain='', path='/', **kwargs):
        self._local[(name, domain)] = value
        return Cookie(name, value, domain, path)

    def keys(self):
        return [c.name for c in self._all()]

    def values(self):
        return [c.value for c in self._all()]

    def items(self):
        return [(c.name, c.value) for c in self._all()]

    def get_dict(self, domain=None, path=None):
        return dict((c.name, c.value) for c in self._all() if domain is None or c.domain == domain)

    def update(self, other):
        if hasattr(other, 'items'):
            for k, v in other.items():
                self.set(k, v)

    def clear(self, domain=None, path=None, name=None):
        self._jar.clear()
        self._local = {}

    def clear_session_cookies(self):
        self.clear()

    def copy(self):
        j = RequestsCookieJar()
        j._jar = self._jar
        j._local = dict(self._local)
        return j

    def __repr__(self):
        return '<RequestsCookieJar[%s]>' % ', '.join(repr(c) for c in self._all())

    def _header_for(self, url):
        host = urlsplit(url).hostname or ''
        pairs = []
        for (name, domain), value in self._local.items():
            d = domain.lstrip('.')
            if not d or host == d or host.endswith('.' + d):
                pairs.append('%s=%s' % (name, value))
        return '; '.join(pairs)


def cookiejar_from_dict(cookie_dict, cookiejar=None, overwrite=True):
    if cookiejar is None:
        cookiejar = RequestsCookieJar()
    if cookie_dict is not None:
        for name, value in cookie_dict.items():
            if overwrite or name not in cookiejar:
                cookiejar.set(name, value)
    return cookiejar


class HTTPAdapter:
    """Connection settings for a URL prefix (net/http pools connections itself)."""

    def __init__(self, pool_connections=10, pool_maxsize=10, max_retries=0, pool_block=False):
        self.max_retries = max_retries
        self.config = {}

    def close(self):
        pass


def _timeout_parts(timeout):
    if timeout is None:
        return None, None
    if isinstance(timeout, (tuple, list)):
        if len(timeout) != 2:
            raise ValueError('Timeout value connect was %s, but it must be an int, float or None.' % (timeout,))
        c, r = timeout
        return r, c
    if not isinstance(timeout, (int, float)) or timeout <= 0:
        raise ValueError('Timeout value connect was %s, but it must be an int, float or None.' % (timeout,))
    return timeout, timeout


class _Raw:
    """Response.raw: the body as a file object (read, stream, close)."""

    def __init__(self, resp):
        self._resp = resp
        self.decode_content = True
        self.closed = False

    def read(self, amt=None, decode_content=None):
        if amt is None or amt < 0:
            return self._resp._read(-1)
        return self._resp._read(amt)

    def stream(self, amt=65536, decode_content=None):
        while True:
            data = self.read(amt)
            if not data:
                return
            yield data

    def readable(self):
        return True

    def close(self):
        self.closed = True
        self._resp.close()

    @property
    def status(self):
        return self._resp.status_code

    @property
    def headers(self):
        return self._resp.headers


def _response_from(handle, prep, elapsed):
    status, reason, url, headers, history, proto = handle.info()
    resp = Response()
    resp._handle = handle
    resp.raw = _Raw(resp)
    resp.status_code = status
    resp.reason = reason
    resp.url = url
    resp.request = prep
    resp.elapsed = _datetime.timedelta(seconds=elapsed)
    for k, v in headers:
        if k in resp.headers:
            resp.headers[k] = resp.headers[k] + ', ' + v
        else:
            resp.headers[k] = v
    ctype = resp.headers.get('content-type', '')
    resp.encoding = _charset(ctype)
    for hstatus, hreason, hurl, hheaders in history:
        h = Response()
        h.status_code, h.reason, h.url = hstatus, hreason, hurl
        for k, v in hheaders:
            h.headers[k] = v
        h._content = b''
        h._content_consumed = True
        h.request = prep
        resp.history.append(h)
    return resp


def _charset(content_type):
    if not content_type:
        return None
    parts = [p.strip() for p in content_type.split(';')]
    for p in parts[1:]:
        if '=' in p:
            k, v = p.split('=', 1)
            if k.strip().lower() == 'charset':
                return v.strip().strip('\'"')
    if parts[0].lower().startswith('text/'):
        return 'ISO-8859-1'
    if parts[0].lower() == 'application/json':
        return 'utf-8'
    return None


class Session:
    """A requests session: default headers, cookies and auth kept across requests."""

    __attrs__ = ['headers', 'cookies', 'auth', 'proxies', 'hooks', 'params', 'verify',
                 'cert', 'adapters', 'stream', 'trust_env', 'max_redirects']

    def __init__(self):
        self.headers = default_headers()
        self.auth = None
        self.proxies = {}
        self.hooks = {'response': []}
        self.params = {}
        self.stream = False
        self.verify = True
        self.cert = None
        self.max_redirects = DEFAULT_REDIRECT_LIMIT
        self.trust_env = True
        self.cookies = RequestsCookieJar()
        self.adapters = {}
        self.mount('https://', HTTPAdapter())
        self.mount('http://', HTTPAdapter())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def mount(self, prefix, adapter):
        self.adapters[prefix] = adapter

    def get_adapter(self, url):
        for prefix, adapter in self.adapters.items():
            if url.lower().startswith(prefix.lower()):
                return adapter
        raise _exc.InvalidSchema("No connection adapters were found for %r" % url)

    def close(self):
        pass

    def prepare_request(self, request):
        headers = CaseInsensitiveDict(self.headers)
        if request.headers:
            for k, v in request.headers.items():
                headers[k] = v
        for k in [k for k, v in headers.items() if v is None]:
            del headers[k]
        params = {}
        if self.params:
            params.update(self.params)
        rparams = request.params
        if rparams and not isinstance(rparams, (str, bytes)):
            if hasattr(rparams, 'items'):
                params.update(rparams)
            else:
                params = list(params.items()) + list(rparams)
        elif rparams:
            params = rparams
        auth = request.auth
        if auth is None:
            auth = self.auth
        p = PreparedRequest()
        p.prepare(method=request.method.upper(), url=request.url, files=request.files,
                  data=request.data, json=request.json, headers=headers, params=params,
                  auth=auth, cookies=request.cookies, hooks=request.hooks)
        return p

    def request(self, method, url, params=None, data=None, headers=None, cookies=None,
                files=None, auth=None, timeout=None, allow_redirects=True, proxies=None,
                hooks=None, stream=None, verify=None, cert=None, json=None):
        req = Request(method=method.upper(), url=url, headers=headers, files=files,
                      data=data or {}, json=json, params=params or {}, auth=auth,
                      cookies=cookies, hooks=hooks)
        prep = self.prepare_request(req)
        if cookies:
            self.cookies.update(cookies)
        send_kwargs = {'timeout': timeout, 'allow_redirects': allow_redirects,
                       'stream': self.stream if stream is None else stream,
                       'verify': self.verify if verify is None else verify}
        return self.send(prep, **send_kwargs)

    def send(self, request, stream=False, timeout=None, verify=True, cert=None,
             proxies=None, allow_redirects=True, **kwargs):
        import time as _time
        self.get_adapter(request.url)
        read_to, connect_to = _timeout_parts(timeout)
        # header names and values may be bytes (requests-oauthlib's are):
        # sent as their latin-1 text, as http.client does
        headers = [(k.decode('latin-1') if isinstance(k, bytes) else k,
                    v.decode('latin-1') if isinstance(v, bytes) else v)
                   for k, v in request.headers.items()]
        extra = self.cookies._header_for(request.url)
        if extra:
            headers.append(('Cookie', extra))
        start = _time.monotonic()
        got = _gwb_http.fetch(request.method, request.url, headers, request.body, read_to,
                              bool(allow_redirects), self.max_redirects, self.cookies._jar,
                              verify if isinstance(verify, str) else verify is not False,
                              bool(stream), connect_to)
        if isinstance(got, tuple):
            kind, msg = got
            raise getattr(_exc, kind)(msg, request=request)
        resp = _response_from(got, request, _time.monotonic() - start)
        resp.cookies = self.cookies
        hooks = request.hooks.get('response', []) if request.hooks else []
        for hook in hooks:
            r = hook(resp)
            if r is not None:
                resp = r
        if not stream:
            resp.content
        return resp

    def get(self, url, **kwargs):
        kwargs.setdefault('allow_redirects', True)
        return self.request('GET', url, **kwargs)

    def options(self, url, **kwargs):
        kwargs.setdefault('allow_redirects', True)
        return self.request('OPTIONS', url, **kwargs)

    def head(self, url, **kwargs):
        kwargs.setdefault('allow_redirects', False)
        return self.request('HEAD', url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request('POST', url, data=data, json=json, **kwargs)

    def put(self, url, data=None, **kwargs):
        return self.request('PUT', url, data=data, **kwargs)

    def patch(self, url, data=None, **kwargs):
        return self.request('PATCH', url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request('DELETE', url, **kwargs)


def session():
    return Session()
