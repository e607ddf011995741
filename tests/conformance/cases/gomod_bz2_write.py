# Writing bzip2 (bz2.compress, BZ2Compressor, BZ2File and bz2.open in every
# writing mode, tarfile 'w:bz2'): only what does not depend on the exact
# compressed bytes (gowikibot's encoder is not libbz2): round trips, headers,
# sizes, multi-stream files, text modes, and CPython's errors.
import bz2, io, os, shutil, tarfile, tempfile

d = tempfile.mkdtemp()
data = b''.join(b'<page><title>Seite %d</title><text>Lorem ipsum</text></page>\n' % i for i in range(2000))

# One-shot compress, every level, and the empty input.
for level in (1, 5, 9):
    c = bz2.compress(data, level)
    print(level, c[:4], bz2.decompress(c) == data, len(c) < len(data) // 10)
print(bz2.compress(data)[:4], bz2.decompress(bz2.compress(b'')), bz2.compress(b'')[:4])
print(bz2.decompress(bz2.compress(bytearray(b'bytearray'))))
big = os.urandom(0) + bytes(range(256)) * 4000
print(bz2.decompress(bz2.compress(big, 1)) == big)
# Two streams one after the other decompress as one.
print(bz2.decompress(bz2.compress(b'first ') + bz2.compress(b'second')))

# BZ2Compressor: pieces give one stream.
comp = bz2.BZ2Compressor(3)
out = b''
for i in range(0, len(data), 7000):
    out += comp.compress(data[i:i + 7000])
out += comp.flush()
print(out[:4], bz2.decompress(out) == data)
dec = bz2.BZ2Decompressor()
print(dec.decompress(out) == data, dec.eof)
for call in (comp.flush, lambda: comp.compress(b'x')):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)

# Bad levels.
for call in (lambda: bz2.compress(b'x', 0), lambda: bz2.compress(b'x', 10),
             lambda: bz2.BZ2Compressor(0), lambda: bz2.BZ2File(os.path.join(d, 'no.bz2'), 'w', compresslevel=11),
             lambda: bz2.open(os.path.join(d, 'no.bz2'), 'wb', compresslevel=-1)):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
print(os.path.exists(os.path.join(d, 'no.bz2')))

# BZ2File writing, appending and exclusive creation.
path = os.path.join(d, 'category.dump.bz2')
with bz2.BZ2File(path, 'w') as f:
    print(f.write(b'one\n'), f.writable(), f.readable())
    f.write(bytearray(b'two\n'))
print(open(path, 'rb').read(4))
with bz2.BZ2File(path, 'a', compresslevel=1) as f:
    f.write(b'three\n')
with bz2.BZ2File(path) as f:
    print(f.read())
with bz2.open(path, 'rb') as f:
    print(f.readlines())
f = bz2.BZ2File(path, 'wb')
f.write(b'x')
f.close()
print(f.closed)
for call in (lambda: f.write(b'y'), lambda: f.flush() if False else f.write(b'')):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
try:
    bz2.BZ2File(path, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno)
xpath = os.path.join(d, 'new.bz2')
with bz2.BZ2File(xpath, 'xb') as f:
    f.write(data)
print(bz2.decompress(open(xpath, 'rb').read()) == data, os.path.getsize(xpath) < len(data) // 10)
for mode in ('wt', 'rw', 'q'):
    try:
        bz2.BZ2File(xpath, mode)
    except ValueError as e:
        print('ValueError', e)

# A file object as target.
buf = io.BytesIO()
with bz2.BZ2File(buf, 'w') as f:
    f.write(b'into a file object')
print(buf.getvalue()[:4], bz2.decompress(buf.getvalue()))

# Text modes: encodings, errors, newlines.
tpath = os.path.join(d, 'text.bz2')
with bz2.open(tpath, 'wt') as f:
    print(f.write('Käse\n'), f.write('line two\n'))
with bz2.open(tpath, 'at', encoding='utf-8') as f:
    f.writelines(['appended\n'])
with bz2.open(tpath, 'rt') as f:
    print(f.read().splitlines())
with bz2.open(tpath, 'wt', encoding='latin-1', newline='\r\n') as f:
    print(f.write('café\nzwei\n'))
print(bz2.decompress(open(tpath, 'rb').read()))
with bz2.open(tpath, 'rt', encoding='latin-1') as f:
    print(f.read())
with bz2.open(tpath, 'rt', encoding='latin-1', newline='') as f:
    print(f.readlines())
with bz2.open(tpath, 'wt', encoding='ascii', errors='replace') as f:
    f.write('naïve\n')
print(bz2.decompress(open(tpath, 'rb').read()))
with bz2.open(tpath, 'wt', encoding='utf-16') as f:
    f.write('σ\n')
print(bz2.decompress(open(tpath, 'rb').read()).decode('utf-16'))
try:
    with bz2.open(tpath, 'wt', encoding='ascii') as f:
        f.write('é')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.reason)
for kw in ({'encoding': 'utf-8'}, {'errors': 'strict'}, {'newline': '\n'}):
    try:
        bz2.open(tpath, 'wb', **kw)
    except ValueError as e:
        print('ValueError', e)
try:
    bz2.open(tpath, 'wtb')
except ValueError as e:
    print('ValueError', e)
f = bz2.open(tpath, 'wt', encoding='latin-1')
f.close()
try:
    f.write('x')
except ValueError as e:
    print('ValueError', e)

# tarfile 'w:bz2' and 'x:bz2'.
src = os.path.join(d, 'src')
os.mkdir(src)
with open(os.path.join(src, 'a.txt'), 'wb') as f:
    f.write(data)
tpath = os.path.join(d, 'out.tar.bz2')
with tarfile.open(tpath, 'w:bz2') as t:
    t.add(os.path.join(src, 'a.txt'), arcname='a.txt')
print(open(tpath, 'rb').read(4), os.path.getsize(tpath) < len(data) // 10)
with tarfile.open(tpath) as t:
    print(t.getnames(), t.extractfile('a.txt').read() == data)
try:
    tarfile.open(tpath, 'x:bz2')
except FileExistsError as e:
    print('FileExistsError', e.errno)
xt = os.path.join(d, 'x.tar.bz2')
with tarfile.open(xt, 'x:bz2', compresslevel=1) as t:
    info = tarfile.TarInfo('hello.txt')
    info.size = 5
    t.addfile(info, io.BytesIO(b'hello'))
with tarfile.open(xt, 'r:bz2') as t:
    print(t.getnames(), t.extractfile('hello.txt').read())
shutil.rmtree(d)
