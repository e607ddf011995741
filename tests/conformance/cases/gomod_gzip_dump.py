# A bot reads a compressed XML dump line by line (gzip.open text and binary
# modes), plus zlib and bz2 one-shot data made by CPython.
import gzip, zlib, bz2, os, tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'dump.xml.gz')
with gzip.open(path, 'wt', encoding='utf-8') as f:
    f.write('<mediawiki>\n')
    for i in range(3):
        f.write('  <page><title>Seite %d ü</title></page>\n' % i)
    f.write('</mediawiki>\n')
with gzip.open(path, 'rt', encoding='utf-8') as f:
    for line in f:
        print(repr(line))
with gzip.open(path) as f:
    head = f.read(11)
    print(head, type(head).__name__)
    rest = f.read()
    print(len(rest), rest.count(b'\n'))
with gzip.open(path, 'rb') as f:
    print(f.readline())
    print(len(f.readlines()))
data = open(path, 'rb').read()
print(data[:2], len(gzip.decompress(data)))
print(gzip.decompress(gzip.compress(b'round trip')))
print(gzip.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03K\xafRHI,I\xe4\x02\x00\x07\xce[\xd0\x08\x00\x00\x00'))
try:
    with gzip.open(__file__) as f:
        f.read()
except gzip.BadGzipFile as e:
    print('BadGzipFile', e, isinstance(e, OSError))
with gzip.open(path, 'ab') as f:
    f.write(b'<!-- appended member -->\n')
with gzip.open(path, 'rt') as f:
    print(f.read().splitlines()[-1])

print(zlib.decompress(b"x\x9c\xcbH\xcd\xc9\xc9W\xc8@'\x01h\x03\x08\xb1"))
print(zlib.decompress(zlib.compress(b'abc' * 100, 9)) == b'abc' * 100)
print(zlib.crc32(b'hello'), zlib.adler32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')))
raw = zlib.compress(b'raw deflate', wbits=-15)
print(zlib.decompress(raw, -15), zlib.decompress(gzip.compress(b'auto'), 47))
try:
    zlib.decompress(b'not zlib data')
except zlib.error as e:
    print('zlib.error', e)
c = zlib.compressobj()
z = c.compress(b'piece one, ') + c.compress(b'piece two') + c.flush()
dobj = zlib.decompressobj()
print(dobj.decompress(z[:5]) + dobj.decompress(z[5:] + b'TAIL'), dobj.eof, dobj.unused_data)

bzdata = b'BZh91AY&SY(N\x0e\x8b\x00\x00\x0b\xdd\x80\x00\x10\x00\x00\x80\x05\x01\x00"\xa4\xc4\x00 \x00P\x80h\x00E C\xda\x93(dp\xdbC\xe0:`\xc6\xc6\x9b\x1e\x83\xeb\x18\xc6\x9az?\x8b\xb9"\x9c(H\x14\'\x07E\x80'
print(bz2.decompress(bzdata).count(b'<title>'))
bzpath = os.path.join(d, 'dump.xml.bz2')
with open(bzpath, 'wb') as f:
    f.write(bzdata)
with bz2.open(bzpath, 'rt') as f:
    print([l.strip() for l in f][:3])
with bz2.BZ2File(bzpath) as f:
    print(len(f.read()))
dec = bz2.BZ2Decompressor()
print(dec.decompress(bzdata[:20]) + dec.decompress(bzdata[20:]) == bz2.decompress(bzdata), dec.eof)
