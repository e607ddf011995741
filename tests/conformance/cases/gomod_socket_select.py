# socket, select and selectors: a local echo server in a thread; ssl contexts.
import socket, select, selectors, threading, ssl

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, port > 0)

def serve():
    for _ in range(2):
        conn, addr = srv.accept()
        with conn:
            data = b''
            while not data.endswith(b'\n'):
                chunk = conn.recv(1024)
                if not chunk:
                    break
                data += chunk
            conn.sendall(b'echo: ' + data)

t = threading.Thread(target=serve)
t.start()
with socket.create_connection((host, port), timeout=5) as c:
    c.sendall(b'hello\n')
    print(c.recv(1024))
c = socket.socket()
c.settimeout(5)
c.connect((host, port))
sel = selectors.DefaultSelector()
sel.register(c, selectors.EVENT_WRITE, data='w')
events = sel.select(timeout=2)
print([(k.data, ev == selectors.EVENT_WRITE) for k, ev in events])
c.sendall(b'second\n')
sel.modify(c, selectors.EVENT_READ, data='r')
events = sel.select(timeout=5)
print([(k.data, ev) for k, ev in events], c.recv(1024))
r, w, x = select.select([c], [], [], 0.5)
print(len(r), w, x)
sel.unregister(c)
sel.close()
c.close()
t.join()
srv.close()
try:
    socket.create_connection(('127.0.0.1', port), timeout=2)
except ConnectionRefusedError as e:
    print('ConnectionRefusedError', e.errno)
try:
    socket.gethostbyname('no-such-host.invalid')
except socket.gaierror as e:
    print('gaierror', isinstance(e, OSError))
print(socket.gethostbyname('127.0.0.1'), socket.inet_aton('10.0.0.1'), socket.inet_ntoa(b'\x7f\x00\x00\x01'))
print(socket.timeout is TimeoutError, socket.error is OSError, isinstance(socket.gethostname(), str))
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b'datagram', u1.getsockname())
u1.settimeout(5)
data, addr = u1.recvfrom(100)
print(data, addr[0])
u1.settimeout(0.05)
try:
    u1.recvfrom(100)
except socket.timeout:
    print('timeout')
u1.close()
u2.close()

ctx = ssl.create_default_context()
print(ctx.verify_mode == ssl.CERT_REQUIRED, ctx.check_hostname, ctx.protocol == ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
print(ctx.verify_mode, issubclass(ssl.SSLError, OSError), issubclass(ssl.SSLCertVerificationError, ValueError))
try:
    ssl.create_default_context().verify_mode = ssl.CERT_NONE
except ValueError as e:
    print('ValueError', e)
u = ssl._create_unverified_context()
print(u.check_hostname, u.verify_mode == ssl.CERT_NONE)
