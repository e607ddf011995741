# codecs.open: reading and writing encoded files, lines, iteration
import codecs
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'f.txt')

with codecs.open(path, 'w', 'utf-8') as f:
    print(f.encoding)
    f.write('première ligne\r\n')
    f.write('deuxième\n')
    f.writelines(['€ trois\r', 'quatre'])
with open(path, 'rb') as f:
    print(f.read())

with codecs.open(path, 'r', 'utf-8') as f:
    print(repr(f.read()))
with codecs.open(path, encoding='utf-8') as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.read(3)))
    print(repr(f.read()))
with codecs.open(path, 'r', 'utf-8') as f:
    print([line for line in f])
with codecs.open(path, 'r', 'utf-8') as f:
    print(f.readlines())
    f.seek(0)
    print(repr(f.readline()))
    print(f.closed)
print(f.closed)

with codecs.open(path, 'a', encoding='latin-1') as f:
    f.write('\nfin é')
with open(path, 'rb') as f:
    print(f.read()[-6:])
with codecs.open(path, 'r', 'latin-1') as f:
    print(repr(f.read()[-6:]))
try:
    with codecs.open(path, 'r', 'utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e.reason)

with codecs.open(path, 'w', 'ascii') as f:
    try:
        f.write('é')
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError:', e)
    f.write('plain')
with codecs.open(path) as f:
    print(f.read())
try:
    codecs.open(path, 'r', 'no-such')
except LookupError as e:
    print('LookupError:', e)

big = ''.join('ligne %d é€\n' % i for i in range(300))
with codecs.open(path, 'w', 'utf-8') as f:
    f.write(big)
with codecs.open(path, 'r', 'utf-8') as f:
    lines = list(f)
print(len(lines), lines[0], lines[-1], ''.join(lines) == big)
with codecs.open(path, 'rb', 'utf-8') as f:
    print(f.read(5))

reader = codecs.getreader('utf-8')(open(path, 'rb'))
print(repr(reader.readline()), repr(reader.readline(keepends=False)))
reader.close()
os.remove(path)
os.rmdir(d)
