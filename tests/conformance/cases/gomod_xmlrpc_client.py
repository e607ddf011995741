# xmlrpc.client: the XML of dumps, loads, and ServerProxy calls to a local
# server (http.server) that answers with dumps.
import datetime
import http.server
import threading
import xmlrpc.client as xc

print(xc.dumps((1, -2, True, 2.5, 'a<b&c>', b'\x00\xffbytes', [1, ['x']], {'k': 'v', 'n': None}),
               'demo.method', allow_none=True), end='')
print(xc.dumps(('only',), methodresponse=True), end='')
print(xc.dumps(xc.Fault(4, 'Too many'), encoding='iso-8859-1'), end='')
print(xc.dumps((datetime.datetime(2024, 2, 29, 13, 5, 9), xc.DateTime((2001, 1, 2, 3, 4, 5, 0, 0, 0)),
                xc.Binary(b'hi'))), end='')
for bad in [(None,), (2 ** 31,), ({1: 2},), (object(),)]:
    try:
        xc.dumps(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    xc.dumps([1])
except AssertionError as e:
    print('AssertionError', e)

req = xc.dumps((7, 'seven', [True, {'d': 1.5}]), 'math.check')
print(xc.loads(req))
params, name = xc.loads(xc.dumps((datetime.datetime(2020, 5, 6, 7, 8, 9), b'raw'), methodresponse=None,
                                 methodname='m'))
print(name, type(params[0]).__name__, str(params[0]), type(params[1]).__name__, params[1].data)
print(xc.loads(xc.dumps((datetime.datetime(2020, 5, 6, 7, 8, 9), b'raw'), 'm'), use_builtin_types=True))
print(xc.loads('<methodResponse><params><param><value>bare</value></param><param><value><i8>12</i8></value>'
               '</param><param><value><nil/></value></param></params></methodResponse>'))
try:
    xc.loads(xc.dumps(xc.Fault(3, 'bad <thing>')))
except xc.Fault as f:
    print(repr(f), f.faultCode, f.faultString, str(f))
d = xc.DateTime('20240102T03:04:05')
print(d == datetime.datetime(2024, 1, 2, 3, 4, 5), d < '20250101T00:00:00', str(d), d.timetuple()[:6])
print(xc.Binary(b'ab') == b'ab', str(xc.Binary(b'ab')), xc.MAXINT, xc.MININT, xc.boolean(1))
calls = []


class RPC(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers['Content-Length']))
        params, method = xc.loads(body)
        calls.append((self.path, method, self.headers.get('Content-Type'), self.headers.get('User-Agent')))
        if self.path == '/broken':
            self.send_error(500, 'Oops')
            return
        if method == 'add':
            out = xc.dumps((params[0] + params[1],), methodresponse=True)
        elif method == 'system.multicall':
            res = []
            for c in params[0]:
                if c['methodName'] == 'fail':
                    res.append({'faultCode': 1, 'faultString': 'failed'})
                else:
                    res.append([c['methodName'] + ':' + repr(c['params'])])
            out = xc.dumps((res,), methodresponse=True)
        elif method == 'echo.many':
            out = xc.dumps((list(params),), methodresponse=True, allow_none=True)
        elif method == 'pair':
            out = xc.dumps((['a', 'b'],), methodresponse=True)
        else:
            out = xc.dumps(xc.Fault(-32601, 'method "%s" is not supported' % method))
        data = out.encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/xml')
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data)


srv = http.server.HTTPServer(('127.0.0.1', 0), RPC)
t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
url = 'http://127.0.0.1:%d/RPC2' % srv.server_port
with xc.ServerProxy(url, allow_none=True) as proxy:
    print(proxy.add(2, 3), proxy.add('a', 'b'), proxy.pair())
    print(proxy.echo.many(1, None, {'x': [1.25]}))
    try:
        proxy.nothing.here(1)
    except xc.Fault as f:
        print('Fault', f.faultCode, f.faultString)
    mc = xc.MultiCall(proxy)
    mc.one(1)
    mc.fail()
    mc.two.dotted('s')
    res = mc()
    print(res[0])
    try:
        res[1]
    except xc.Fault as f:
        print(repr(f))
    print(res[2])
    print(repr(proxy).replace(str(srv.server_port), 'PORT'))
bad = xc.ServerProxy('http://127.0.0.1:%d/broken' % srv.server_port)
try:
    bad.add(1, 2)
except xc.ProtocolError as e:
    print('ProtocolError', e.errcode, e.errmsg, e.url.replace(str(srv.server_port), 'PORT'),
          e.headers.get('Content-Type'))
try:
    xc.ServerProxy('ftp://x/')
except OSError as e:
    print('OSError', e)
print(xc.ServerProxy('http://h.example').__repr__())
srv.shutdown()
t.join()
srv.server_close()
for c in calls:
    print(c)
