"""http.cookies (gowikibot): SimpleCookie, BaseCookie, Morsel and CookieError,
with CPython's quoting, parsing and Set-Cookie output."""

import re
import string
import time

__all__ = ['CookieError', 'BaseCookie', 'SimpleCookie']


class CookieError(Exception):
    pass


_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_UnescapedChars = _LegalChars + ' ()/<=>?@[]{}'

_Translator = {}
for _n in range(256):
    if chr(_n) not in _UnescapedChars:
        _Translator[_n] = '\\%03o' % _n
_Translator[ord('"')] = '\\"'
_Translator[ord('\\')] = '\\\\'
del _n

_is_legal_key = re.compile('[%s]+' % re.escape(_LegalChars)).fullmatch


def _quote(s):
    """Quote s for a cookie value if it has characters that need it."""
    if s is None or _is_legal_key(s):
        return s
    return '"' + s.translate(_Translator) + '"'


_unquote_sub = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))').sub


def _unquote_replace(m):
    if m.group(1):
        return chr(int(m.group(1), 8))
    return m.group(2)


def _unquote(s):
    if s is None or len(s) < 2:
        return s
    if s[0] != '"' or s[-1] != '"':
        return s
    return _unquote_sub(_unquote_replace, s[1:-1])


_weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    year, month, day, hh, mm, ss, wd, y, z = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        weekdayname[wd], day, monthname[month], year, hh, mm, ss)


class Morsel(dict):
    """One cookie: its key, value and coded value, and its attributes."""

    # dict's own methods are called through super(): gowikibot's
    # interpreter refuses dict.__setitem__(self, ...) on an instance of a
    # dict subclass ("descriptor ... doesn't apply to this object",
    # pyobj's asDict takes only a Go dict).

    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }

    _flags = {'secure', 'httponly'}

    def __init__(self):
        super().__init__()
        self._key = self._value = self._coded_value = None
        for key in self._reserved:
            super().__setitem__(key, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid attribute %r" % (K,))
        super().__setitem__(K, V)

    def setdefault(self, key, val=None):
        key = key.lower()
        if key not in self._reserved:
            raise CookieError("Invalid attribute %r" % (key,))
        return super().setdefault(key, val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict(self) == dict(morsel) and self._value == morsel._value and
                self._key == morsel._key and self._coded_value == morsel._coded_value)

    __ne__ = object.__ne__

    def copy(self):
        morsel = Morsel()
        for k, v in self.items():
            super(Morsel, morsel).__setitem__(k, v)
        morsel._key = self._key
        morsel._value = self._value
        morsel._coded_value = self._coded_value
        return morsel

    def update(self, values=(), **kwds):
        data = {}
        for k, v in dict(values, **kwds).items():
            k = k.lower()
            if k not in self._reserved:
                raise CookieError("Invalid attribute %r" % (k,))
            data[k] = v
        for k, v in data.items():
            super().__setitem__(k, v)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value, 'coded_value': self._coded_value}

    def __setstate__(self, state):
        self._key = state['key']
        self._value = state['value']
        self._coded_value = state['coded_value']

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (self.__class__.__name__, self.OutputString())

    def js_output(self, attrs=None):
        return """
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = \"%s\";
        // end hiding -->
        </script>
        """ % (self.OutputString(attrs).replace('"', r'\"'))

    def OutputString(self, attrs=None):
        result = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for key, value in sorted(self.items()):
            if value == "" or key not in attrs:
                continue
            name = self._reserved[key]
            if key == "expires" and isinstance(value, int):
                result.append("%s=%s" % (name, _getdate(value)))
            elif key == "max-age" and isinstance(value, int):
                result.append("%s=%d" % (name, value))
            elif key == "comment" and isinstance(value, str):
                result.append("%s=%s" % (name, _quote(value)))
            elif key in self._flags:
                if value:
                    result.append(str(name))
            else:
                result.append("%s=%s" % (name, value))
        return "; ".join(result)


_LegalKeyChars = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_LegalValueChars = _LegalKeyChars + r'\[\]'
_CookiePattern = re.compile(
    r'\s*'
    r'(?P<key>[' + _LegalKeyChars + r']+?)'
    r'(\s*=\s*'
    r'(?P<val>"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _LegalValueChars + r']*))?'
    r'\s*(\s+|;|$)', re.ASCII)


class BaseCookie(dict):
    """A dictionary of Morsels, keyed by cookie name."""

    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        strval = str(val)
        return strval, strval

    def __init__(self, input=None):
        super().__init__()
        if input:
            self.load(input)

    def __set(self, key, real_value, coded_value):
        M = self.get(key, Morsel())
        M.set(key, real_value, coded_value)
        super().__setitem__(key, M)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            super().__setitem__(key, value)
        else:
            rval, cval = self.value_encode(value)
            self.__set(key, rval, cval)

    def output(self, attrs=None, header="Set-Cookie:", sep="\r\n"):
        result = []
        for key, value in sorted(self.items()):
            result.append(value.output(attrs, header))
        return sep.join(result)

    __str__ = output

    def __repr__(self):
        parts = ['%s=%s' % (key, repr(value.value)) for key, value in sorted(self.items())]
        return '<%s: %s>' % (self.__class__.__name__, ' '.join(parts))

    def js_output(self, attrs=None):
        return ''.join(value.js_output(attrs) for key, value in sorted(self.items()))

    def load(self, rawdata):
        if isinstance(rawdata, str):
            self.__parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def __parse_string(self, s):
        i = 0
        n = len(s)
        parsed = []
        morsel_seen = False
        while 0 <= i < n:
            match = _CookiePattern.match(s, i)
            if not match:
                break
            key, value = match.group("key"), match.group("val")
            i = match.end(0)
            if key[0] == "$":
                if not morsel_seen:
                    continue
                parsed.append(('attr', key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not morsel_seen:
                    return
                if value is None:
                    if key.lower() in Morsel._flags:
                        parsed.append(('attr', key, True))
                    else:
                        return
                else:
                    parsed.append(('attr', key, _unquote(value)))
            elif value is not None:
                parsed.append(('key', key, self.value_decode(value)))
                morsel_seen = True
            else:
                return
        M = None
        for tp, key, value in parsed:
            if tp == 'attr':
                M[key] = value
            else:
                rval, cval = value
                self.__set(key, rval, cval)
                M = self[key]


class SimpleCookie(BaseCookie):
    """Cookies whose values are strings, quoted as needed."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        strval = str(val)
        return strval, _quote(strval)
