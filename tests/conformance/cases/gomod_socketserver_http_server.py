# socketserver and http.server: servers local to the test, in threads.
import http.client
import http.server
import io
import os
import re
import socket
import socketserver
import sys
import tempfile
import threading
import urllib.request


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            if line.strip() == b'bye':
                self.wfile.write(b'bye\n')
                break
            self.wfile.write(b'echo ' + line.upper())


with socketserver.ThreadingTCPServer(('127.0.0.1', 0), Echo) as srv:
    host, port = srv.server_address
    t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    replies = []
    for who in ('one', 'two'):
        with socket.create_connection((host, port), timeout=5) as c:
            f = c.makefile('rb')
            c.sendall(b'hello ' + who.encode() + b'\n')
            replies.append(f.readline())
            c.sendall(b'bye\n')
            replies.append(f.readline())
            f.close()
    print(replies)
    srv.shutdown()
    t.join()
print(isinstance(srv, socketserver.TCPServer), srv.request_queue_size, srv.allow_reuse_address)


class Upper(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())


u = socketserver.UDPServer(('127.0.0.1', 0), Upper)
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.settimeout(5)
c.sendto(b'datagram', u.server_address)
u.handle_request()
print(c.recvfrom(100)[0])
u.timeout = 0.05
timeouts = []
u.handle_timeout = lambda: timeouts.append('timeout')
u.handle_request()
print(timeouts)
u.server_close()
c.close()

log = []


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = 'TestServer/1.0'

    def log_message(self, format, *args):
        log.append(format % args)

    def do_GET(self):
        if self.path.startswith('/missing'):
            self.send_error(404, explain='no <such> page')
            return
        body = ('GET %s %s ua=%s' % (self.path, self.request_version,
                                      self.headers.get('User-Agent'))).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.send_header('X-Custom', 'yes')
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers['Content-Length'])
        data = self.rfile.read(n)
        self.send_response(201, 'Made')
        self.end_headers()
        self.wfile.write(b'posted ' + data[::-1])


srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
port = srv.server_port
print(srv.server_address[0], port == srv.server_address[1], srv.daemon_threads)
conn = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
conn.request('GET', '/page?x=1', headers={'User-Agent': 'tester'})
r = conn.getresponse()
print(r.status, r.reason, r.getheader('Content-Type'), r.getheader('X-Custom'), r.getheader('Server'))
print(r.read())
conn.close()
conn = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
conn.request('POST', '/submit', body=b'abcdef')
r = conn.getresponse()
print(r.status, r.reason, r.read())
conn.close()
try:
    urllib.request.urlopen('http://127.0.0.1:%d/missing' % port, timeout=5)
except urllib.error.HTTPError as e:
    print(e.code, e.reason, e.headers.get('Content-Type'), e.headers.get('Connection'))
    print(e.read().decode())
raw = socket.create_connection(('127.0.0.1', port), timeout=5)
raw.sendall(b'BREW /pot HTTP/1.0\r\n\r\n')
resp = b''
while True:
    chunk = raw.recv(4096)
    if not chunk:
        break
    resp += chunk
raw.close()
print(resp.split(b'\r\n')[0], b'Unsupported method' in resp)
raw = socket.create_connection(('127.0.0.1', port), timeout=5)
raw.sendall(b'GET /x HTTP/9z\r\n\r\n')
print(raw.makefile('rb').readline())
raw.close()
srv.shutdown()
t.join()
srv.server_close()
for line in log:
    print('log:', line)

# The default log line, on stderr.
h = http.server.BaseHTTPRequestHandler.__new__(http.server.BaseHTTPRequestHandler)
h.client_address = ('10.1.2.3', 5555)
h.requestline = 'GET /a\x01b HTTP/1.1'
err = io.StringIO()
old, sys.stderr = sys.stderr, err
h.log_request(200, 12)
sys.stderr = old
print(re.sub(r'\[[^]]*\]', '[DATE]', err.getvalue()), end='')
print(re.fullmatch(r'\d\d/[A-Z][a-z][a-z]/\d{4} \d\d:\d\d:\d\d', h.log_date_time_string()) is not None)
print(h.date_time_string(0), http.server.BaseHTTPRequestHandler.responses[404])

d = tempfile.mkdtemp()
with open(os.path.join(d, 'a.txt'), 'w') as f:
    f.write('file contents\n')
os.mkdir(os.path.join(d, 'sub'))


class Files(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *a, **kw):
        super().__init__(*a, directory=d, **kw)

    def log_message(self, *args):
        pass


srv = http.server.HTTPServer(('127.0.0.1', 0), Files)
t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
base = 'http://127.0.0.1:%d/' % srv.server_port
with urllib.request.urlopen(base + 'a.txt', timeout=5) as r:
    print(r.status, r.headers['Content-type'], r.headers['Content-Length'], r.read())
with urllib.request.urlopen(base, timeout=5) as r:
    page = r.read().decode()
    print(r.headers['Content-type'], '<li><a href="a.txt">a.txt</a></li>' in page, '<li><a href="sub/">sub/</a></li>' in page)
try:
    urllib.request.urlopen(base + 'nothing', timeout=5)
except urllib.error.HTTPError as e:
    print(e.code, e.reason)
srv.shutdown()
t.join()
srv.server_close()
