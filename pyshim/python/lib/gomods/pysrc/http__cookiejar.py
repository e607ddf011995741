"""HTTP cookie handling for clients (gowikibot): Cookie, CookieJar and the LWP and
Mozilla cookie files (pywikibot keeps its login cookies in an LWP file).

Jars hold cookies and read and write cookie files; requests and urllib here
keep their own cookies in Go and do not consult these jars.
"""

import os
import time

__all__ = ['Cookie', 'CookieJar', 'CookiePolicy', 'DefaultCookiePolicy', 'FileCookieJar',
           'LWPCookieJar', 'LoadError', 'MozillaCookieJar']


class LoadError(OSError):
    pass


class Cookie:
    """One HTTP cookie."""

    def __init__(self, version, name, value, port, port_specified, domain, domain_specified,
                 domain_initial_dot, path, path_specified, secure, expires, discard, comment,
                 comment_url, rest, rfc2109=False):
        self.version = version
        self.name = name
        self.value = value
        self.port = port
        self.port_specified = port_specified
        self.domain = domain.lower()
        self.domain_specified = domain_specified
        self.domain_initial_dot = domain_initial_dot
        self.path = path
        self.path_specified = path_specified
        self.secure = secure
        self.expires = int(expires) if expires is not None else None
        self.discard = discard
        self.comment = comment
        self.comment_url = comment_url
        self.rfc2109 = rfc2109
        self._rest = dict(rest or {})

    def has_nonstandard_attr(self, name):
        return name in self._rest

    def get_nonstandard_attr(self, name, default=None):
        return self._rest.get(name, default)

    def set_nonstandard_attr(self, name, value):
        self._rest[name] = value

    def is_expired(self, now=None):
        if now is None:
            now = time.time()
        return self.expires is not None and self.expires <= now

    def __str__(self):
        p = '' if self.port is None else ':' + self.port
        limit = self.domain + p + self.path
        namevalue = self.name if self.value is None else '%s=%s' % (self.name, self.value)
        return '<Cookie %s for %s>' % (namevalue, limit)

    def __repr__(self):
        return 'Cookie(version=%r, name=%r, value=%r, domain=%r, path=%r)' % (
            self.version, self.name, self.value, self.domain, self.path)


class CookiePolicy:
    pass


class DefaultCookiePolicy(CookiePolicy):
    def __init__(self, *args, **kwargs):
        pass


class CookieJar:
    """A collection of cookies by domain, path and name."""

    def __init__(self, policy=None):
        self._policy = policy or DefaultCookiePolicy()
        self._cookies = {}

    def set_policy(self, policy):
        self._policy = policy

    def set_cookie(self, cookie):
        self._cookies.setdefault(cookie.domain, {}).setdefault(cookie.path, {})[cookie.name] = cookie

    def set_cookie_if_ok(self, cookie, request):
        self.set_cookie(cookie)

    def clear(self, domain=None, path=None, name=None):
        if name is not None:
            del self._cookies[domain][path][name]
        elif path is not None:
            del self._cookies[domain][path]
        elif domain is not None:
            del self._cookies[domain]
        else:
            self._cookies = {}

    def clear_session_cookies(self):
        for c in list(self):
            if c.discard:
                self.clear(c.domain, c.path, c.name)

    def clear_expired_cookies(self):
        now = time.time()
        for c in list(self):
            if c.is_expired(now):
                self.clear(c.domain, c.path, c.name)

    def __iter__(self):
        out = []
        for domain in self._cookies:
            for path in self._cookies[domain]:
                for name in self._cookies[domain][path]:
                    out.append(self._cookies[domain][path][name])
        return iter(out)

    def __len__(self):
        return len(list(iter(self)))

    def __repr__(self):
        return '<%s[%s]>' % (self.__class__.__name__, ', '.join(repr(c) for c in self))

    def __str__(self):
        return '<%s[%s]>' % (self.__class__.__name__, ', '.join(str(c) for c in self))


def _lwp_quote(s):
    # Quoted unless it is all word characters, as LWP files have it.
    if s is None:
        return None
    if s and all(c.isalnum() or c == '_' for c in s):
        return s
    return '"%s"' % s.replace('\\', '\\\\').replace('"', '\\"')


def _iso(t):
    return time.strftime('%Y-%m-%d %H:%M:%SZ', time.gmtime(t))


def _parse_iso(s):
    import datetime
    import re
    m = re.match(r'^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)Z?$', s.strip().strip('"'))
    if not m:
        return None
    d = datetime.datetime(*[int(x) for x in m.groups()]) - datetime.datetime(1970, 1, 1)
    return d.days * 86400 + d.seconds


def _split_lwp(line):
    """Pairs of a Set-Cookie3 line, honouring quotes."""
    pairs, i, n = [], 0, len(line)
    while i < n:
        while i < n and line[i] in ' ;':
            i += 1
        j = i
        while j < n and line[j] not in '=;':
            j += 1
        key = line[i:j].strip()
        value = None
        if j < n and line[j] == '=':
            j += 1
            if j < n and line[j] == '"':
                j += 1
                buf = []
                while j < n and line[j] != '"':
                    if line[j] == '\\' and j + 1 < n:
                        j += 1
                    buf.append(line[j])
                    j += 1
                value = ''.join(buf)
                j += 1
            else:
                k = j
                while j < n and line[j] != ';':
                    j += 1
                value = line[k:j].strip()
        if key:
            pairs.append((key, value))
        i = j + 1
    return pairs


class FileCookieJar(CookieJar):
    """A CookieJar that can be saved to and loaded from a file."""

    def __init__(self, filename=None, delayload=False, policy=None):
        CookieJar.__init__(self, policy)
        if filename is not None and hasattr(filename, '__fspath__'):
            filename = filename.__fspath__()
        self.filename = filename
        self.delayload = bool(delayload)

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        raise NotImplementedError()

    def load(self, filename=None, ignore_discard=False, ignore_expires=False):
        if filename is None:
            if self.filename is not None:
                filename = self.filename
            else:
                raise ValueError('a filename was not supplied and the cookie jar has none')
        with open(filename) as f:
            self._really_load(f, filename, ignore_discard, ignore_expires)

    def revert(self, filename=None, ignore_discard=False, ignore_expires=False):
        self.clear()
        self.load(filename, ignore_discard, ignore_expires)


class LWPCookieJar(FileCookieJar):
    """Cookies in libwww-perl's Set-Cookie3 format (the file pywikibot writes)."""

    def as_lwp_str(self, ignore_discard=True, ignore_expires=True):
        now = time.time()
        lines = []
        for c in self:
            if not ignore_discard and c.discard:
                continue
            if not ignore_expires and c.is_expired(now):
                continue
            parts = [(c.name, c.value), ('path', c.path), ('domain', c.domain)]
            if c.port is not None:
                parts.append(('port', c.port))
            if c.path_specified:
                parts.append(('path_spec', None))
            if c.port_specified:
                parts.append(('port_spec', None))
            if c.domain_initial_dot:
                parts.append(('domain_dot', None))
            if c.secure:
                parts.append(('secure', None))
            if c.expires:
                parts.append(('expires', _iso(float(c.expires))))
            if c.discard:
                parts.append(('discard', None))
            if c.comment:
                parts.append(('comment', c.comment))
            if c.comment_url:
                parts.append(('commenturl', c.comment_url))
            for k in sorted(c._rest):
                parts.append((k, str(c._rest[k])))
            parts.append(('version', str(c.version)))
            text = '; '.join(k if v is None else '%s=%s' % (k, _lwp_quote(v)) for k, v in parts)
            lines.append('Set-Cookie3: %s' % text)
        return '\n'.join(lines + [''])

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        if filename is None:
            if self.filename is not None:
                filename = self.filename
            else:
                raise ValueError('a filename was not supplied and the cookie jar has none')
        with open(filename, 'w') as f:
            os.chmod(filename, 0o600)
            f.write('#LWP-Cookies-2.0\n')
            f.write(self.as_lwp_str(ignore_discard, ignore_expires))

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        magic = f.readline()
        if 'LWP-Cookies-2.0' not in magic:
            raise LoadError('%r does not look like a Set-Cookie3 (LWP) format file' % filename)
        now = time.time()
        for line in f:
            if not line.startswith('Set-Cookie3:'):
                continue
            pairs = _split_lwp(line[len('Set-Cookie3:'):].strip())
            if not pairs:
                continue
            name, value = pairs[0]
            std = {}
            rest = {}
            for k, v in pairs[1:]:
                lk = k.lower()
                if lk in ('path', 'domain', 'port', 'path_spec', 'port_spec', 'domain_dot', 'secure',
                          'expires', 'discard', 'comment', 'commenturl', 'version'):
                    std[lk] = v
                else:
                    rest[k] = v
            expires = _parse_iso(std['expires']) if std.get('expires') else None
            discard = 'discard' in std
            if expires is None:
                discard = True
            domain = std.get('domain') or ''
            c = Cookie(int(std.get('version') or 0), name, value, std.get('port'), 'port_spec' in std,
                       domain, domain.startswith('.'), 'domain_dot' in std, std.get('path') or '/',
                       'path_spec' in std, 'secure' in std, expires, discard, std.get('comment'),
                       std.get('commenturl'), rest)
            if not ignore_discard and c.discard:
                continue
            if not ignore_expires and c.is_expired(now):
                continue
            self.set_cookie(c)


class MozillaCookieJar(FileCookieJar):
    """Cookies in the Netscape cookies.txt format."""

    header = ('# Netscape HTTP Cookie File\n# http://curl.haxx.se/rfc/cookie_spec.html\n'
              '# This is a generated file!  Do not edit.\n\n')

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        if filename is None:
            if self.filename is not None:
                filename = self.filename
            else:
                raise ValueError('a filename was not supplied and the cookie jar has none')
        now = time.time()
        with open(filename, 'w') as f:
            f.write(self.header)
            for c in self:
                if not ignore_discard and c.discard:
                    continue
                if not ignore_expires and c.is_expired(now):
                    continue
                secure = 'TRUE' if c.secure else 'FALSE'
                initial = 'TRUE' if c.domain.startswith('.') else 'FALSE'
                expires = str(c.expires) if c.expires is not None else ''
                name, value = (c.name, c.value) if c.value is not None else ('', c.name)
                f.write('\t'.join([c.domain, initial, c.path, secure, expires, name, value]) + '\n')

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        now = time.time()
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('#HttpOnly_'):
                line = line[len('#HttpOnly_'):]
            if not line.strip() or line.lstrip().startswith(('#', '$')):
                continue
            parts = line.split('\t')
            if len(parts) != 7:
                raise LoadError('invalid Netscape format cookies file %r: %r' % (filename, line))
            domain, initial, path, secure, expires, name, value = parts
            if name == '':
                name, value = value, None
            exp = int(expires) if expires else None
            c = Cookie(0, name, value, None, False, domain, initial == 'TRUE', domain.startswith('.'),
                       path, False, secure == 'TRUE', exp, exp is None, None, None, {})
            if not ignore_discard and c.discard:
                continue
            if not ignore_expires and c.is_expired(now):
                continue
            self.set_cookie(c)
