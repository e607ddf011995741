import lzma, os, tempfile, io

XZ = b"\xfd7zXZ\x00\x00\x04\xe6\xd6\xb4F\x02\x00!\x01\x16\x00\x00\x00t/\xe5\xa3\x01\x00\x14xz data from CPython\n\x00\x00\x00\x00m'\x97\xbdgf\xc0\x91\x00\x01-\x15/\x0bqm\x1f\xb6\xf3}\x01\x00\x00\x00\x00\x04YZ"
ALONE = b']\x00\x00\x80\x00\xff\xff\xff\xff\xff\xff\xff\xff\x000\x9b\nC$\xc8\xb5\xfe\xd8M.\xfeA\xd91\xff\xff\xba\xf8\x00\x00'
print(lzma.decompress(XZ), lzma.decompress(ALONE), lzma.decompress(ALONE, format=lzma.FORMAT_ALONE))
print(lzma.decompress(lzma.compress(b'round trip ' * 50)) == b'round trip ' * 50, lzma.compress(b'x')[:6])
print(lzma.decompress(lzma.compress(b'legacy', format=lzma.FORMAT_ALONE)))
path = os.path.join(tempfile.mkdtemp(), 'dump.xml.xz')
with lzma.open(path, 'wt', encoding='utf-8') as f:
    f.write('<page>\n<title>Käse</title>\n</page>\n')
with lzma.open(path, 'rt', encoding='utf-8') as f:
    print([line for line in f])
with lzma.open(path) as f:
    print(f.read(6))
with lzma.LZMAFile(path) as f:
    print(len(f.read()))
c = lzma.LZMACompressor()
data = c.compress(b'one ') + c.compress(b'two') + c.flush()
d = lzma.LZMADecompressor()
print(d.decompress(data[:10]) + d.decompress(data[10:]), d.eof)
try:
    lzma.decompress(b'not xz data at all')
except lzma.LZMAError as e:
    print('LZMAError', e)
print(lzma.is_check_supported(lzma.CHECK_CRC64), lzma.FORMAT_XZ, lzma.CHECK_SHA256)
