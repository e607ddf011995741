# codecs with UTF-16 and UTF-32: lookup names, one-shot encode/decode,
# codecs.open writing the byte order mark once and reading it back in
# pieces, the incremental encoder and decoder; os.pipe/os.read/os.write;
# pathlib.Path.open/read_text/write_text with those encodings.
import codecs
import os
import pathlib
import sys
import tempfile

for name in ['utf-16', 'UTF-16', 'utf_16', 'U16', 'utf16', 'utf-16le', 'UTF-16-BE',
             'utf-32', 'utf_32_le', 'utf-32be', 'u32', 'unicodebigunmarked']:
    print(name, codecs.lookup(name).name)
print(codecs.encode('ab', 'utf-16-le'), codecs.decode(b'\xff\xfea\x00', 'utf-16'))
print(codecs.lookup('utf-16').encode('hi'), codecs.lookup('utf-16').decode(b'\xfe\xff\x00h\x00i'))
print(codecs.getencoder('utf-16-be')('é'), codecs.getdecoder('utf-32')(b'\xff\xfe\x00\x00x\x00\x00\x00'))
print(codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)

work = tempfile.mkdtemp()
text = 'first line\nsecond: h\u00e9 \U0001f600 \u20ac\nthird\n'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be']:
    path = os.path.join(work, enc + '.txt')
    with codecs.open(path, 'w', encoding=enc) as out:
        out.write('first line\n')
        out.write('second: h\u00e9 \U0001f600 \u20ac\n')
        out.writelines(['thi', 'rd\n'])
    raw = open(path, 'rb').read()
    print(enc, len(raw), raw[:6])
    with codecs.open(path, 'r', encoding=enc) as src:
        print(src.readline() == 'first line\n', src.readline() == 'second: h\u00e9 \U0001f600 \u20ac\n', repr(src.read()))
    with codecs.open(path, encoding=enc) as src:
        print([line for line in src] == text.splitlines(True))
    reader = codecs.getreader(enc)(open(path, 'rb'))
    pieces = []
    while True:
        piece = reader.read(3)
        if not piece:
            break
        pieces.append(piece)
    reader.close()
    print(''.join(pieces) == text)

big = codecs.open(os.path.join(work, 'big.txt'), 'w', encoding='utf-16-be')
big.write('\ufeffmarked')
big.close()
print(open(os.path.join(work, 'big.txt'), 'rb').read())
print(repr(codecs.open(os.path.join(work, 'big.txt'), encoding='utf-16').read()))

encoder = codecs.getincrementalencoder('utf-16')()
print(encoder.encode('a'), encoder.encode('b'), encoder.encode('', True))
encoder.reset()
print(encoder.encode('c'))
decoder = codecs.getincrementaldecoder('utf-16')()
data = '\U0001f600xy'.encode('utf-16')
print(data)
print([decoder.decode(data[i:i + 1]) for i in range(len(data))], repr(decoder.decode(b'', True)))
decoder = codecs.getincrementaldecoder('utf-32')()
print(repr(decoder.decode(b'\x00\x00\xfe\xff\x00\x00')), repr(decoder.decode(b'\x00a', True)))
print(list(codecs.iterdecode([b'\xff', b'\xfe', b'a\x00b', b'\x00'], 'utf-16')))
print(b''.join(codecs.iterencode(['x', 'y'], 'utf-32-le')))

read_end, write_end = os.pipe()
print(os.write(write_end, b'hello'), os.write(write_end, bytearray(b'!')))
print(os.read(read_end, 3), os.read(read_end, 10))
os.close(write_end)
print(os.read(read_end, 10))
os.close(read_end)
for call in (lambda: os.write(read_end, b'x'), lambda: os.read(read_end, 1)):
    try:
        call()
    except OSError as exc:
        print(type(exc).__name__, exc.errno)
try:
    os.write(1, 'text')
except TypeError as exc:
    print(exc)
sys.stdout.flush()
print(os.write(1, b'written to fd 1\n'))

p = pathlib.Path(work) / 'path.txt'
print(p.write_text('abc\n'), p.read_text())
print(p.write_text('h\u00e9', encoding='utf-16'), p.read_bytes(), p.read_text(encoding='utf-16'))
with p.open('w', encoding='utf-32-le') as f:
    f.write('zz')
print(p.read_bytes())
with p.open('rb') as f:
    print(f.read())
with p.open(encoding='utf-32-le') as f:
    print(f.read())
with p.open('a') as f:
    print(f.write('tail'))
print(p.read_bytes())
