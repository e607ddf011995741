# ftplib against a small FTP server written here (threads, in-memory files):
# login, directories, listings, binary and line transfers in passive and
# active mode, replies turned into exceptions, the debug output.
import ftplib
import io
import socket
import threading

files = {'/readme.txt': b'line one\r\nline two\r\n', '/pub/data.bin': bytes(range(256)) * 40}
dirs = {'/', '/pub'}
transcript = []


def serve(listener):
    conn, _ = listener.accept()
    f = conn.makefile('rb')
    cwd = '/'
    data_listener = None
    port_addr = None
    rnfr = None

    def reply(text):
        conn.sendall(text.encode() + b'\r\n')

    def path_of(arg):
        if arg.startswith('/'):
            p = arg
        else:
            p = cwd.rstrip('/') + '/' + arg
        return p if p == '/' else p.rstrip('/')

    def open_data():
        if data_listener is not None:
            c, _ = data_listener.accept()
            return c
        return socket.create_connection(port_addr, timeout=5)

    reply('220-Welcome to the test server')
    reply('220 Ready')
    while True:
        line = f.readline()
        if not line:
            break
        line = line.decode().rstrip('\r\n')
        cmd, _, arg = line.partition(' ')
        cmd = cmd.upper()
        transcript.append(line)
        if cmd == 'USER':
            reply('331 Password required' if arg != 'anonymous' else '230 Anonymous ok')
        elif cmd == 'PASS':
            if arg == 'secret':
                reply('230 Logged in')
            else:
                reply('530 Login incorrect')
        elif cmd == 'PWD':
            reply('257 "%s" is the current directory' % cwd.replace('"', '""'))
        elif cmd == 'CWD':
            p = path_of(arg)
            if p in dirs:
                cwd = p
                reply('250 OK')
            else:
                reply('550 %s: No such directory' % arg)
        elif cmd == 'CDUP':
            cwd = cwd.rsplit('/', 1)[0] or '/'
            reply('200 OK')
        elif cmd == 'MKD':
            dirs.add(path_of(arg))
            reply('257 "%s" created' % path_of(arg))
        elif cmd == 'RMD':
            dirs.discard(path_of(arg))
            reply('250 Removed')
        elif cmd == 'TYPE':
            reply('200 Type set to ' + arg)
        elif cmd == 'PASV':
            data_listener = socket.socket()
            data_listener.bind(('127.0.0.1', 0))
            data_listener.listen(1)
            p = data_listener.getsockname()[1]
            reply('227 Entering Passive Mode (127,0,0,1,%d,%d).' % (p >> 8, p & 255))
        elif cmd == 'PORT':
            n = arg.split(',')
            port_addr = ('.'.join(n[:4]), int(n[4]) * 256 + int(n[5]))
            data_listener = None
            reply('200 PORT command successful')
        elif cmd in ('LIST', 'NLST'):
            p = path_of(arg) if arg else cwd
            names = sorted(k[len(p.rstrip('/')) + 1:] for k in list(files) + list(dirs)
                           if k != p and k.rsplit('/', 1)[0] == p.rstrip('/'))
            reply('150 Here comes the listing')
            d = open_data()
            for name in names:
                full = p.rstrip('/') + '/' + name
                if cmd == 'LIST':
                    kind = 'd' if full in dirs else '-'
                    d.sendall(('%srw-r--r-- 1 ftp ftp %6d Jan 01 00:00 %s\r\n'
                               % (kind, len(files.get(full, b'')), name)).encode())
                else:
                    d.sendall(name.encode() + b'\r\n')
            d.close()
            reply('226 Transfer complete')
        elif cmd == 'RETR':
            p = path_of(arg)
            if p not in files:
                reply('550 %s: No such file' % arg)
                continue
            reply('150 Opening BINARY mode data connection for %s (%d bytes)' % (arg, len(files[p])))
            d = open_data()
            d.sendall(files[p])
            d.close()
            reply('226 Transfer complete')
        elif cmd == 'STOR':
            reply('150 Ok to send data')
            d = open_data()
            data = b''
            while True:
                chunk = d.recv(4096)
                if not chunk:
                    break
                data += chunk
            d.close()
            files[path_of(arg)] = data
            reply('226 Stored %d bytes' % len(data))
        elif cmd == 'SIZE':
            p = path_of(arg)
            if p in files:
                reply('213 %d' % len(files[p]))
            else:
                reply('550 Could not get file size')
        elif cmd == 'DELE':
            files.pop(path_of(arg), None)
            reply('250 Deleted')
        elif cmd == 'RNFR':
            rnfr = path_of(arg)
            reply('350 Ready for RNTO')
        elif cmd == 'RNTO':
            files[path_of(arg)] = files.pop(rnfr)
            reply('250 Renamed')
        elif cmd == 'NOOP':
            reply('421 Service not available, closing control connection')
        elif cmd == 'QUIT':
            reply('221 Goodbye')
            break
        else:
            reply('502 Command not implemented')
    conn.close()


def start():
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen(1)
    t = threading.Thread(target=serve, args=(listener,), daemon=True)
    t.start()
    return t, listener.getsockname()[1]


t, port = start()
ftp = ftplib.FTP()
print(ftp.connect('127.0.0.1', port, timeout=5))
print(ftp.getwelcome())
try:
    ftp.login('bot', 'wrong')
except ftplib.error_perm as e:
    print('error_perm', e)
print(ftp.login('bot', 'secret'))
print(ftp.pwd(), ftp.cwd('pub'), ftp.pwd())
print(ftp.cwd('..'), ftp.pwd())
print(ftp.nlst())
lines = []
ftp.retrlines('LIST', lines.append)
print(lines)
ftp.dir('pub')
print(ftp.size('pub/data.bin'))
chunks = []
print(ftp.retrbinary('RETR pub/data.bin', chunks.append, blocksize=1000))
data = b''.join(chunks)
print(len(data), data == bytes(range(256)) * 40)
got = []
ftp.retrlines('RETR readme.txt', got.append)
print(got)
print(ftp.storbinary('STOR up.bin', io.BytesIO(b'\x00\x01binary\r\n' * 3)))
print(ftp.storlines('STOR up.txt', io.BytesIO(b'first\nsecond\r\nthird')))
print(files['/up.bin'], files['/up.txt'])
print(ftp.mkd('new dir'), ftp.rmd('new dir'))
print(ftp.rename('up.txt', 'moved.txt'), ftp.delete('up.bin'))
print(sorted(files))
try:
    ftp.cwd('nowhere')
except ftplib.error_perm as e:
    print('error_perm', e)
try:
    ftp.retrbinary('RETR missing', print)
except ftplib.error_perm as e:
    print('error_perm', e)
print(ftp.sendcmd('SITE X') if False else '', end='')
try:
    ftp.voidcmd('XYZ')
except ftplib.error_perm as e:
    print('error_perm', e, isinstance(e, ftplib.Error))
ftp.set_pasv(False)
print(ftp.nlst('pub'))
ftp.set_pasv(True)
try:
    ftp.voidcmd('NOOP')
except ftplib.error_temp as e:
    print('error_temp', e)
try:
    ftp.putcmd('bad\r\nline')
except ValueError as e:
    print('ValueError', e)
ftp.set_debuglevel(2)
try:
    ftp.sendcmd('PASS abc')
except ftplib.error_perm as e:
    print('error_perm', e)
print(ftp.quit())
print(ftp.sock, ftp.file)
t.join()

t, port = start()
with ftplib.FTP() as ftp:
    ftp.connect('127.0.0.1', port, timeout=5)
    ftp.set_debuglevel(1)
    print(ftp.login())
    print(ftp.pwd())
t.join()
print([l if not l.startswith('PORT') else l.rsplit(',', 2)[0] for l in transcript])
print(ftplib.parse227('227 Entering Passive Mode (10,0,0,2,4,1)'), ftplib.parse257('257 "/a ""q"" b" ok'),
      ftplib.parse150('150 Opening (12 bytes)'), ftplib.parse229('229 Entering (|||6446|)', ('1.2.3.4', 21)))
print(ftplib.all_errors, issubclass(ftplib.error_temp, ftplib.Error))
