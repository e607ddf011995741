# fileinput: several files, module state functions, hook_compressed, in-place
# editing with a backup, binary mode, standard input.
import fileinput, os, sys, tempfile, gzip
d = tempfile.mkdtemp()
a, b, g = (os.path.join(d, n) for n in ('a.txt', 'b.txt', 'c.gz'))
with open(a, 'w') as f:
    f.write('one\ntwo\n')
with open(b, 'w') as f:
    f.write('three\nfour')
with gzip.open(g, 'wt', encoding='utf-8') as f:
    f.write('zipped é\n')
for line in fileinput.input([a, b]):
    print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), repr(line))
fileinput.close()
with fileinput.input(files=(a, g), openhook=fileinput.hook_compressed) as fi:
    print([l for l in fi])
with fileinput.FileInput(a, inplace=True, backup='.orig') as fi:
    for line in fi:
        print(line.rstrip().upper())
print(open(a).read(), open(a + '.orig').read(), sorted(os.listdir(d)))
for line in fileinput.input(b, mode='rb'):
    print(line)
print(list(fileinput.input(['-'])))
try:
    fileinput.filename()
except RuntimeError as e:
    print(e)
