"""pywikibot.comms.http._decide_encoding(response, charset=None) and
_get_encoding_from_response_headers as pywikibot 9.6.3's: the
Content-Type's charset, utf-8 for JSON, an XML declaration's encoding on
the first line (ended by \\r or \\n; IndexError for an empty body),
latin1 when nothing names one, the request's Accept-Charset when charset
is not given, None when nothing decodes. Same output from real pywikibot
9.6.3 (http_decide_encoding.out) and gowikibot."""
import sys

from pywikibot.comms import http


class Req:
    def __init__(self, headers):
        self.headers = headers


class Resp:
    def __init__(self, headers, content, request_headers=None):
        self.headers = headers
        self.content = content
        self.request = Req(request_headers or {})


UTF8 = 'äöü'.encode('utf-8')
LATIN1 = 'äöü'.encode('latin1')
cases = [
    ({}, LATIN1, None, None),
    ({'content-type': ''}, LATIN1, None, None),
    ({'content-type': 'application/json'}, UTF8, None, None),
    ({'content-type': 'application/sparql-results+json'}, UTF8, None, None),
    ({'content-type': 'text/xml'}, b"<?xml version='1.0' encoding='latin1'?>\r\n<a/>", None, None),
    ({'content-type': 'text/xml'}, b'<?xml version="1.0"?>\n<a encoding="x"/>', None, None),
    ({'content-type': 'text/html; charset=UTF-8'}, UTF8, None, None),
    ({'content-type': 'text/html; charset="windows-1252"'}, LATIN1, None, None),
    ({'content-type': 'text/html'}, UTF8, None, {'accept-charset': 'utf-8'}),
    ({'content-type': 'text/html'}, UTF8, 'utf-8', None),
    ({'content-type': 'charset=utf-8'}, UTF8, 'utf-8', None),
    ({}, UTF8, 'ascii', None),
    ({}, LATIN1, 'nosuchcodec', None),
]
for headers, content, charset, request_headers in cases:
    resp = Resp(headers, content, request_headers)
    header = http._get_encoding_from_response_headers(resp)
    if charset is None:
        enc = http._decide_encoding(resp)
    else:
        enc = http._decide_encoding(resp, charset)
    sys.stderr.flush()
    print(headers, content[:12], charset, request_headers, '->', header, enc, flush=True)

# an XML body whose first line is empty or that has none (the message is
# not printed: gowikibot's says "index out of range" where the list comes
# from a call)
for content in (b'\r\n<?xml encoding="x"?>', b''):
    try:
        print(http._get_encoding_from_response_headers(Resp({'content-type': 'text/xml'}, content)))
    except IndexError:
        print('IndexError')
