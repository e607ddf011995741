"""xmlrpc.client (gowikibot): ServerProxy over http.client, dumps/loads
writing the XML CPython writes and reading responses with
xml.etree.ElementTree, Fault, ProtocolError, Binary, DateTime, MultiCall.
A malformed response raises xml.etree.ElementTree.ParseError (CPython's
expat raises ExpatError)."""

import base64
import http.client
import sys
import time
import urllib.parse
from datetime import datetime
from decimal import Decimal
from xml.etree import ElementTree as _ET

__all__ = ['Error', 'ProtocolError', 'ResponseError', 'Fault', 'Boolean', 'boolean', 'DateTime',
           'Binary', 'Marshaller', 'Unmarshaller', 'dumps', 'loads', 'gzip_encode', 'gzip_decode',
           'Transport', 'SafeTransport', 'ServerProxy', 'Server', 'MultiCall', 'escape',
           'MAXINT', 'MININT']

__version__ = "%d.%d" % sys.version_info[:2]

MAXINT = 2 ** 31 - 1
MININT = -2 ** 31

PARSE_ERROR = -32700
SERVER_ERROR = -32600
APPLICATION_ERROR = -32500
SYSTEM_ERROR = -32400
TRANSPORT_ERROR = -32300
NOT_WELLFORMED_ERROR = -32700
UNSUPPORTED_ENCODING = -32701
INVALID_ENCODING_CHAR = -32702
INVALID_XMLRPC = -32600
METHOD_NOT_FOUND = -32601
INVALID_METHOD_PARAMS = -32602
INTERNAL_ERROR = -32603


def escape(s):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    return s.replace(">", "&gt;")


class Error(Exception):
    """Base class for client errors."""

    def __str__(self):
        return repr(self)


class ProtocolError(Error):
    """The server answered with an HTTP status other than 200."""

    def __init__(self, url, errcode, errmsg, headers):
        Error.__init__(self)
        self.url = url
        self.errcode = errcode
        self.errmsg = errmsg
        self.headers = headers

    def __repr__(self):
        return "<%s for %s: %s %s>" % (self.__class__.__name__, self.url, self.errcode, self.errmsg)


class ResponseError(Error):
    """The response is not a valid XML-RPC response."""


class Fault(Error):
    """An XML-RPC fault the server returned."""

    def __init__(self, faultCode, faultString, **extra):
        Error.__init__(self)
        self.faultCode = faultCode
        self.faultString = faultString

    def __repr__(self):
        return "<%s %s: %r>" % (self.__class__.__name__, self.faultCode, self.faultString)


boolean = Boolean = bool


def _iso8601_format(value):
    if value.tzinfo is not None:
        value = value.replace(tzinfo=None)
    return "%04d%02d%02dT%02d:%02d:%02d" % (value.year, value.month, value.day,
                                            value.hour, value.minute, value.second)


def _strftime(value):
    if isinstance(value, datetime):
        return _iso8601_format(value)
    if not isinstance(value, (tuple, time.struct_time)):
        if value == 0:
            value = time.time()
        value = time.localtime(value)
    return "%04d%02d%02dT%02d:%02d:%02d" % tuple(value)[:6]


class DateTime:
    """An XML-RPC dateTime.iso8601 value (its text in .value)."""

    def __init__(self, value=0):
        if isinstance(value, str):
            self.value = value
        else:
            self.value = _strftime(value)

    def make_comparable(self, other):
        if isinstance(other, DateTime):
            s = self.value
            o = other.value
        elif isinstance(other, datetime):
            s = self.value
            o = _iso8601_format(other)
        elif isinstance(other, str):
            s = self.value
            o = other
        elif hasattr(other, "timetuple"):
            s = self.timetuple()
            o = other.timetuple()
        else:
            s = self
            o = NotImplemented
        return s, o

    def __lt__(self, other):
        s, o = self.make_comparable(other)
        if o is NotImplemented:
            return NotImplemented
        return s < o

    def __le__(self, other):
        s, o = self.make_comparable(other)
        if o is NotImplemented:
            return NotImplemented
        return s <= o

    def __gt__(self, other):
        s, o = self.make_comparable(other)
        if o is NotImplemented:
            return NotImplemented
        return s > o

    def __ge__(self, other):
        s, o = self.make_comparable(other)
        if o is NotImplemented:
            return NotImplemented
        return s >= o

    def __eq__(self, other):
        s, o = self.make_comparable(other)
        if o is NotImplemented:
            return NotImplemented
        return s == o

    def __hash__(self):
        return hash(self.value)

    def timetuple(self):
        return time.strptime(self.value, "%Y%m%dT%H:%M:%S")

    def __str__(self):
        return self.value

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.value, id(self))

    def decode(self, data):
        self.value = str(data).strip()

    def encode(self, out):
        out.write("<value><dateTime.iso8601>")
        out.write(self.value)
        out.write("</dateTime.iso8601></value>\n")


def _datetime(data):
    value = DateTime()
    value.decode(data)
    return value


def _datetime_type(data):
    return datetime.strptime(data, "%Y%m%dT%H:%M:%S")


class Binary:
    """Binary data, sent base64-encoded."""

    def __init__(self, data=None):
        if data is None:
            data = b""
        else:
            if not isinstance(data, (bytes, bytearray)):
                raise TypeError("expected bytes or bytearray, not %s" % data.__class__.__name__)
            data = bytes(data)
        self.data = data

    def __str__(self):
        return str(self.data, "latin-1")

    def __eq__(self, other):
        if isinstance(other, Binary):
            other = other.data
        return self.data == other

    def __hash__(self):
        return hash(self.data)

    def decode(self, data):
        self.data = base64.decodebytes(data)

    def encode(self, out):
        out.write("<value><base64>\n")
        out.write(base64.encodebytes(self.data).decode('ascii'))
        out.write("</base64></value>\n")


def _binary(data):
    value = Binary()
    value.decode(data)
    return value


WRAPPERS = (DateTime, Binary)


class _Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Marshaller:
    """Turns parameters into XML-RPC <params> (or a <fault>)."""

    def __init__(self, encoding=None, allow_none=False):
        self.memo = {}
        self.data = None
        self.encoding = encoding
        self.allow_none = allow_none

    def dumps(self, values):
        out = _Writer()
        write = out.write
        if isinstance(values, Fault):
            write("<fault>\n")
            self.__dump({'faultCode': values.faultCode, 'faultString': values.faultString}, out)
            write("</fault>\n")
        else:
            write("<params>\n")
            for v in values:
                write("<param>\n")
                self.__dump(v, out)
                write("</param>\n")
            write("</params>\n")
        return "".join(out.parts)

    def __dump(self, value, out):
        write = out.write
        if value is None:
            if not self.allow_none:
                raise TypeError("cannot marshal None unless allow_none is enabled")
            write("<value><nil/></value>")
        elif value is True or value is False:
            write("<value><boolean>")
            write("1" if value else "0")
            write("</boolean></value>\n")
        elif isinstance(value, int):
            if value > MAXINT or value < MININT:
                raise OverflowError("int exceeds XML-RPC limits")
            write("<value><int>")
            write(str(int(value)))
            write("</int></value>\n")
        elif isinstance(value, float):
            write("<value><double>")
            write(repr(value))
            write("</double></value>\n")
        elif isinstance(value, Decimal):
            write("<value><double>")
            write(str(value))
            write("</double></value>\n")
        elif isinstance(value, str):
            write("<value><string>")
            write(escape(value))
            write("</string></value>\n")
        elif isinstance(value, (bytes, bytearray)):
            write("<value><base64>\n")
            write(base64.encodebytes(value).decode("ascii"))
            write("</base64></value>\n")
        elif isinstance(value, (tuple, list)):
            i = id(value)
            if i in self.memo:
                raise TypeError("cannot marshal recursive sequences")
            self.memo[i] = None
            write("<value><array><data>\n")
            for v in value:
                self.__dump(v, out)
            write("</data></array></value>\n")
            del self.memo[i]
        elif isinstance(value, dict):
            i = id(value)
            if i in self.memo:
                raise TypeError("cannot marshal recursive dictionaries")
            self.memo[i] = None
            write("<value><struct>\n")
            for k, v in value.items():
                write("<member>\n")
                if not isinstance(k, str):
                    raise TypeError("dictionary key must be string")
                write("<name>%s</name>\n" % escape(k))
                self.__dump(v, out)
                write("</member>\n")
            write("</struct></value>\n")
            del self.memo[i]
        elif isinstance(value, datetime):
            write("<value><dateTime.iso8601>")
            write(_strftime(value))
            write("</dateTime.iso8601></value>\n")
        elif isinstance(value, WRAPPERS):
            value.encode(out)
        elif hasattr(value, '__dict__'):
            self.__dump(vars(value), out)
        else:
            raise TypeError("cannot marshal %s objects" % type(value))


class Unmarshaller:
    """Turns a parsed XML-RPC document into Python values."""

    def __init__(self, use_datetime=False, use_builtin_types=False):
        self._use_datetime = use_builtin_types or use_datetime
        self._use_bytes = use_builtin_types

    def value(self, elem):
        children = list(elem)
        if not children:
            return elem.text or ''
        return self.typed(children[0])

    def typed(self, elem):
        tag = elem.tag
        text = elem.text or ''
        if tag in ('int', 'i1', 'i2', 'i4', 'i8', 'biginteger'):
            return int(text.strip())
        if tag == 'boolean':
            text = text.strip()
            if text == '0':
                return False
            if text == '1':
                return True
            raise TypeError("bad boolean value")
        if tag in ('double', 'float'):
            return float(text.strip())
        if tag == 'bigdecimal':
            return Decimal(text.strip())
        if tag == 'string':
            return text
        if tag == 'nil':
            return None
        if tag == 'array':
            data = elem.find('data')
            return [self.value(v) for v in (data if data is not None else [])]
        if tag == 'struct':
            result = {}
            for member in elem.findall('member'):
                name = member.find('name')
                value = member.find('value')
                result[name.text or ''] = self.value(value)
            return result
        if tag == 'base64':
            raw = text.encode('ascii')
            if self._use_bytes:
                return base64.decodebytes(raw)
            return _binary(raw)
        if tag == 'dateTime.iso8601':
            if self._use_datetime:
                return _datetime_type(text.strip())
            return _datetime(text)
        raise ResponseError("unknown tag %r" % tag)


def dumps(params, methodname=None, methodresponse=None, encoding=None, allow_none=False):
    """An XML-RPC request (methodname), response (methodresponse) or bare params."""
    if not isinstance(params, (tuple, Fault)):
        raise AssertionError("argument must be tuple or Fault instance")
    if isinstance(params, Fault):
        methodresponse = 1
    elif methodresponse and isinstance(params, tuple):
        if len(params) != 1:
            raise AssertionError("response tuple must be a singleton")
    if not encoding:
        encoding = "utf-8"
    data = Marshaller(encoding, allow_none).dumps(params)
    if encoding != "utf-8":
        xmlheader = "<?xml version='1.0' encoding='%s'?>\n" % str(encoding)
    else:
        xmlheader = "<?xml version='1.0'?>\n"
    if methodname:
        return "".join((xmlheader, "<methodCall>\n<methodName>", methodname, "</methodName>\n",
                        data, "</methodCall>\n"))
    if methodresponse:
        return "".join((xmlheader, "<methodResponse>\n", data, "</methodResponse>\n"))
    return data


def loads(data, use_datetime=False, use_builtin_types=False):
    """(params, methodname) of an XML-RPC request or response; a fault raises Fault."""
    if isinstance(data, str):
        data = data.encode('utf-8')
    root = _ET.fromstring(data)
    u = Unmarshaller(use_datetime=use_datetime, use_builtin_types=use_builtin_types)
    methodname = None
    if root.tag == 'methodCall':
        name = root.find('methodName')
        methodname = name.text if name is not None else None
    elif root.tag != 'methodResponse' and root.tag != 'params':
        raise ResponseError("unknown tag %r" % root.tag)
    fault = root.find('fault')
    if fault is not None:
        raise Fault(**u.value(fault.find('value')))
    params = root if root.tag == 'params' else root.find('params')
    values = []
    if params is not None:
        for p in params.findall('param'):
            values.append(u.value(p.find('value')))
    return tuple(values), methodname


def gzip_encode(data):
    import gzip
    return gzip.compress(data)


def gzip_decode(data, max_decode=20971520):
    import gzip
    try:
        decoded = gzip.decompress(data)
    except OSError:
        raise ValueError("invalid data")
    if max_decode >= 0 and len(decoded) > max_decode:
        raise ValueError("max gzipped payload length exceeded")
    return decoded


class _Method:
    def __init__(self, send, name):
        self.__send = send
        self.__name = name

    def __getattr__(self, name):
        return _Method(self.__send, "%s.%s" % (self.__name, name))

    def __call__(self, *args):
        return self.__send(self.__name, args)


class Transport:
    """Sends a request over http.client and reads the response."""

    user_agent = "Python-xmlrpc/%s" % __version__
    accept_gzip_encoding = True
    encode_threshold = None

    def __init__(self, use_datetime=False, use_builtin_types=False, *, headers=()):
        self._use_datetime = use_datetime
        self._use_builtin_types = use_builtin_types
        self._connection = (None, None)
        self._headers = list(headers)
        self._extra_headers = []
        self.verbose = 0

    def request(self, host, handler, request_body, verbose=False):
        for i in (0, 1):
            try:
                return self.single_request(host, handler, request_body, verbose)
            except http.client.RemoteDisconnected:
                if i:
                    raise
            except OSError as e:
                if i or e.errno not in (104, 103, 32):
                    raise

    def single_request(self, host, handler, request_body, verbose=False):
        try:
            h = self.send_request(host, handler, request_body, verbose)
            resp = h.getresponse()
            if resp.status == 200:
                self.verbose = verbose
                return self.parse_response(resp)
        except Fault:
            raise
        except Exception:
            self.close()
            raise
        body = resp.read()
        raise ProtocolError(host + handler, resp.status, resp.reason, dict(resp.getheaders()))

    def get_host_info(self, host):
        x509 = {}
        if isinstance(host, tuple):
            host, x509 = host
        auth, _, host = host.rpartition('@')
        if auth:
            auth = urllib.parse.unquote_to_bytes(auth)
            auth = base64.encodebytes(auth).decode("utf-8")
            auth = "".join(auth.split())
            extra_headers = [("Authorization", "Basic " + auth)]
        else:
            extra_headers = []
        return host, extra_headers, x509

    def make_connection(self, host):
        if self._connection and host == self._connection[0]:
            return self._connection[1]
        chost, self._extra_headers, x509 = self.get_host_info(host)
        self._connection = host, http.client.HTTPConnection(chost)
        return self._connection[1]

    def close(self):
        host, connection = self._connection
        if connection:
            self._connection = (None, None)
            connection.close()

    def send_request(self, host, handler, request_body, debug):
        connection = self.make_connection(host)
        headers = {}
        for k, v in self._headers + self._extra_headers:
            headers[k] = v
        if self.accept_gzip_encoding:
            headers["Accept-Encoding"] = "gzip"
        headers["Content-Type"] = "text/xml"
        headers["User-Agent"] = self.user_agent
        connection.request("POST", handler, body=request_body, headers=headers)
        return connection

    def parse_response(self, response):
        data = response.read()
        if self.verbose:
            print("body:", repr(data))
        params, method = loads(data, self._use_datetime, self._use_builtin_types)
        return params


class SafeTransport(Transport):
    """Transport over HTTPS."""

    def __init__(self, use_datetime=False, use_builtin_types=False, *, headers=(), context=None):
        super().__init__(use_datetime=use_datetime, use_builtin_types=use_builtin_types, headers=headers)
        self.context = context

    def make_connection(self, host):
        if self._connection and host == self._connection[0]:
            return self._connection[1]
        chost, self._extra_headers, x509 = self.get_host_info(host)
        self._connection = host, http.client.HTTPSConnection(chost, None, context=self.context)
        return self._connection[1]


class ServerProxy:
    """A proxy whose attributes are the server's methods: proxy.method(args)."""

    def __init__(self, uri, transport=None, encoding=None, verbose=False, allow_none=False,
                 use_datetime=False, use_builtin_types=False, *, headers=(), context=None):
        p = urllib.parse.urlsplit(uri)
        if p.scheme not in ("http", "https"):
            raise OSError("unsupported XML-RPC protocol")
        self._ServerProxy__host = p.netloc
        self._ServerProxy__handler = urllib.parse.urlunsplit(["", "", p.path, p.query, p.fragment]) or "/RPC2"
        if transport is None:
            if p.scheme == "https":
                transport = SafeTransport(use_datetime=use_datetime, use_builtin_types=use_builtin_types,
                                          headers=headers, context=context)
            else:
                transport = Transport(use_datetime=use_datetime, use_builtin_types=use_builtin_types,
                                      headers=headers)
        self._ServerProxy__transport = transport
        self._ServerProxy__encoding = encoding or 'utf-8'
        self._ServerProxy__verbose = verbose
        self._ServerProxy__allow_none = allow_none

    def __close(self):
        self._ServerProxy__transport.close()

    def _ServerProxy__request(self, methodname, params):
        request = dumps(params, methodname, encoding=self._ServerProxy__encoding,
                        allow_none=self._ServerProxy__allow_none).encode(self._ServerProxy__encoding,
                                                                         'xmlcharrefreplace')
        response = self._ServerProxy__transport.request(self._ServerProxy__host, self._ServerProxy__handler,
                                                        request, verbose=self._ServerProxy__verbose)
        if len(response) == 1:
            response = response[0]
        return response

    def __repr__(self):
        return "<%s for %s%s>" % (self.__class__.__name__, self._ServerProxy__host, self._ServerProxy__handler)

    def __getattr__(self, name):
        if name.startswith('_ServerProxy__') or name.startswith('__'):
            raise AttributeError(name)
        return _Method(self._ServerProxy__request, name)

    def __call__(self, attr):
        if attr == "close":
            return self._ServerProxy__transport.close
        elif attr == "transport":
            return self._ServerProxy__transport
        raise AttributeError("Attribute %r not found" % (attr,))

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self._ServerProxy__transport.close()


Server = ServerProxy


class _MultiCallMethod:
    def __init__(self, call_list, name):
        self.__call_list = call_list
        self.__name = name

    def __getattr__(self, name):
        return _MultiCallMethod(self.__call_list, "%s.%s" % (self.__name, name))

    def __call__(self, *args):
        self.__call_list.append((self.__name, args))


class MultiCallIterator:
    """The results of a MultiCall; a failed call raises its Fault."""

    def __init__(self, results):
        self.results = results

    def __getitem__(self, i):
        item = self.results[i]
        if type(item) == type({}):
            raise Fault(item['faultCode'], item['faultString'])
        elif type(item) == type([]):
            return item[0]
        else:
            raise ValueError("unexpected type in multicall result")


class MultiCall:
    """Collects calls and sends them as one system.multicall."""

    def __init__(self, server):
        self.__server = server
        self.__call_list = []

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __getattr__(self, name):
        return _MultiCallMethod(self.__call_list, name)

    def __call__(self):
        marshalled_list = []
        for name, args in self.__call_list:
            marshalled_list.append({'methodName': name, 'params': args})
        return MultiCallIterator(self.__server.system.multicall(marshalled_list))
