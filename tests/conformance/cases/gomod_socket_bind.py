# socket: a stream socket bound to port 0 names its port before listen();
# binding a port in use fails at bind(); bind() then connect() still connects.
import socket, threading
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
print(srv.getsockname()[1] > 0)
srv.listen(1)
port = srv.getsockname()[1]
def acc():
    c, a = srv.accept(); c.sendall(b'hi'); c.close()
threading.Thread(target=acc).start()
c = socket.socket(); c.bind(('127.0.0.1', 0)); c.connect(('127.0.0.1', port)); print(c.recv(10)); c.close()
s2 = socket.socket()
try:
    s2.bind(('127.0.0.1', port))
except OSError as e:
    print('OSError', e.errno)
print(srv.getsockname()[1] == port)
srv.close()
