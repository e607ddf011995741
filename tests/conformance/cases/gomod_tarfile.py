# tarfile: write and read archives (plain, gz, bz2, xz), members, extraction
# (CPython 3.11.2's API: no extraction filters), errors, and an archive CPython's tarfile wrote.
import base64
import io
import os
import shutil
import tarfile
import tempfile

root = tempfile.mkdtemp()
src = os.path.join(root, 'src')
os.makedirs(os.path.join(src, 'sub'))
with open(os.path.join(src, 'a.txt'), 'w') as f:
    f.write('alpha\n')
with open(os.path.join(src, 'sub', 'b.bin'), 'wb') as f:
    f.write(bytes(range(256)) * 3)
with open(os.path.join(src, 'run.sh'), 'w') as f:
    f.write('#!/bin/sh\necho hi\n')
os.chmod(os.path.join(src, 'run.sh'), 0o755)
os.symlink('a.txt', os.path.join(src, 'link'))


def anon(ti):
    ti.uid = ti.gid = 0
    ti.uname = ti.gname = 'nobody'
    ti.mtime = 1700000000
    return ti


def show(t):
    for m in t.getmembers():
        kind = 'dir' if m.isdir() else 'sym' if m.issym() else 'file' if m.isfile() else '?'
        print(' ', m.name, kind, m.size, oct(m.mode), m.mtime, m.uname, m.linkname or '-')


for mode in ('w', 'w:gz', 'w:bz2', 'w:xz'):
    path = os.path.join(root, 'out.tar' + mode[2:] and os.path.join(root, 'out.' + (mode[2:] or 'tar')))
    with tarfile.open(path, mode) as t:
        t.add(src, arcname='pkg', filter=anon)
    print(mode, tarfile.is_tarfile(path))
    with tarfile.open(path) as t:
        print(t.getnames())
        show(t)
        print(t.extractfile('pkg/a.txt').read(), len(t.extractfile('pkg/sub/b.bin').read()),
              t.extractfile('pkg/link').read(), t.extractfile('pkg/sub'))
    with tarfile.open(path, 'r:' + (mode[2:] or '')) as t:
        print(len(t.getmembers()), t.getmember('pkg/sub/').name)

with tarfile.open(os.path.join(root, 'out.gz')) as t:
    t.list(verbose=False)
    dest = os.path.join(root, 'dest')
    t.extractall(dest)
for dirpath, dirnames, filenames in sorted(os.walk(dest)):
    dirnames.sort()
    for fn in sorted(filenames):
        p = os.path.join(dirpath, fn)
        print(os.path.relpath(p, dest), os.path.islink(p), oct(os.lstat(p).st_mode & 0o777),
              int(os.lstat(p).st_mtime) if not os.path.islink(p) else '-')
with open(os.path.join(dest, 'pkg', 'link')) as f:
    print(f.read())

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w') as t:
    for name, data in [('x.txt', b'12345'), ('dir/' + 'n' * 120 + '.txt', b'long'), ('ünï.txt', b'u')]:
        ti = tarfile.TarInfo(name)
        ti.size = len(data)
        ti.mtime = 1600000000
        t.addfile(ti, io.BytesIO(data))
    d = tarfile.TarInfo('emptydir')
    d.type = tarfile.DIRTYPE
    t.addfile(d)
print(len(buf.getvalue()) % 10240)
buf.seek(0)
with tarfile.open(fileobj=buf) as t:
    show(t)
    t.list()
buf.seek(0)
with tarfile.open(fileobj=buf) as t:
    m = t.next()
    print(m.name, t.next().name, repr(m).startswith("<TarInfo 'x.txt' at 0x"))

cp = base64.b64decode(
    'H4sIAEVgFmsC/+3XS27CMBAGYK97Cp8gHj9ni8Q2C25QUR4FEWIUUqm9fR26KFlQurGFyP8t4shZRNFo/'
    'GdWJ7XbNE2s+s9eZEJJcDSsmv1o/WGs0M4bx0yO0r7WwVohSRTwce6XnZTiLf79/en5WTyfS/HltotHOV'
    '989bvYvgiYjkpValbH9r3et4eM/U9Et9bU/uH3LLjsM/sgZF2y/ydqdVJNqv7rw11yBhIUrf/d/NdmnP/'
    'WsmfkfwlDiWS7PG4Q+1Pt//W+U1nfMbQ4e38z/4f7Uf8Ta5P63yP/i5z/+f78ruc/9//6a00hzX8m+2SK'
    '+gMAAAAAAAAAAAAAwPP5BsthadUAKAAA')
with tarfile.open(fileobj=io.BytesIO(cp), mode='r:gz') as t:
    show(t)
    print(t.extractfile('cp/link').read())
bz = base64.b64decode(
    'QlpoOTFBWSZTWbgiNmgAAHP7gMoQAgBAAfeAAgByI95QCAggAHURRsUNDQep6gaeo2oJKI9IA0AAB91SPQghKhCLOXTEIuZAhyZ5HT22'
    'AmoeAogCKQDoxyxjbuZVldGEASauIz1ROmZjo7vR88gwSQfi7kinChIXBEbNAA==')
with tarfile.open(fileobj=io.BytesIO(bz)) as t:
    print(t.getnames(), t.extractfile('bz/note.txt').read())

notar = os.path.join(root, 'notar.txt')
with open(notar, 'w') as f:
    f.write('just some text that is not a tar archive\n' * 20)
print(tarfile.is_tarfile(notar))
try:
    tarfile.open(notar)
except tarfile.ReadError as e:
    print('ReadError', e)
try:
    tarfile.open(notar, 'r:gz')
except tarfile.ReadError as e:
    print('ReadError', e)
empty = os.path.join(root, 'empty.tar')
open(empty, 'w').close()
try:
    tarfile.open(empty, 'r:')
except tarfile.ReadError as e:
    print('ReadError', e)
try:
    tarfile.open(notar, 'r:zz')
except tarfile.CompressionError as e:
    print('CompressionError', e)
with tarfile.open(os.path.join(root, 'out.tar')) as t:
    try:
        t.getmember('nothing')
    except KeyError as e:
        print('KeyError', e)
    try:
        t.add(notar)
    except OSError as e:
        print('OSError', e)
    try:
        t.extract('pkg/../../x', root)
    except KeyError as e:
        print('KeyError', e)
a = os.path.join(root, 'app.tar')
with tarfile.open(a, 'w') as t:
    t.addfile(tarfile.TarInfo('first'))
with tarfile.open(a, 'a') as t:
    t.addfile(tarfile.TarInfo('second'))
with tarfile.open(a) as t:
    print(t.getnames())
print(issubclass(tarfile.ReadError, tarfile.TarError), tarfile.DEFAULT_FORMAT == tarfile.PAX_FORMAT, tarfile.REGTYPE,
      tarfile.DIRTYPE, tarfile.TarInfo().mode)
# members read out of order (the stream starts again), truncated compressed data
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w:gz') as t:
    for i in range(3):
        data = bytes([65 + i]) * 5000
        ti = tarfile.TarInfo('m%d' % i); ti.size = len(data); t.addfile(ti, io.BytesIO(data))
b = buf.getvalue()
with tarfile.open(fileobj=io.BytesIO(b)) as t:
    for n in ('m2', 'm0', 'm1', 'm2'):
        print(n, t.extractfile(n).read()[:3])
for cut in (len(b) // 2, 30):
    try:
        with tarfile.open(fileobj=io.BytesIO(b[:cut])) as t:
            print([m.name for m in t.getmembers()])
            print(t.extractfile(t.getmembers()[-1]).read()[:3])
    except Exception as e:
        print(type(e).__name__, e)
# extractfile's file objects: reads, lines, seeks, two at once
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w:xz') as t:
    for name, data in [('a.txt', b'line 1\nline 2\r\nlast'), ('b.bin', bytes(range(256)) * 100), ('c.txt', b'')]:
        ti = tarfile.TarInfo(name); ti.size = len(data); t.addfile(ti, io.BytesIO(data))
buf.seek(0)
with tarfile.open(fileobj=buf, mode='r:xz') as t:
    a = t.extractfile('a.txt')
    b = t.extractfile('b.bin')
    print(a.readline(), b.read(3), a.readline(), b.read(2), a.tell(), b.tell())
    print(a.read(), a.read(), a.tell(), list(b.read(300))[-3:], b.tell())
    a.seek(2); print(a.read(4), a.seek(-4, 2), a.read())
    a.seek(0); print(list(a), a.readable(), a.seekable())
    b.seek(25598); print(b.read(10), b.tell())
    b.seek(0, 1); print(b.tell())
    c = t.extractfile('c.txt'); print(c.read(), c.readline())
    with t.extractfile('a.txt') as f:
        print(f.readline(3), f.readline(100), f.readlines())
    print(f.closed)
    try:
        f.read()
    except ValueError as e:
        print('ValueError', e)
    try:
        a.seek(-1)
    except ValueError as e:
        print('ValueError', e)
import stat
print([stat.filemode(m) for m in (0o644, 0o100644, 0o104755, 0o41777, 0o102644, 0o120777, 0o1644)])
shutil.rmtree(root)
