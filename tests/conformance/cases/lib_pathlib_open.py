# Path.open: the builtin open of the path (text and binary, modes, encoding),
# as pywikibot's cache code reads and writes its entries.
import os
import pathlib
import tempfile

d = pathlib.Path(tempfile.mkdtemp())
p = d / 'entry'
with p.open('wb') as f:
    print(f.write(b'\x80\x02data'))
with p.open('rb') as f:
    print(f.read())
with p.open('w', encoding='utf-8') as f:
    f.write('h\xe9llo\nworld\n')
with p.open() as f:
    print(repr(f.read()))
with p.open(encoding='latin-1') as f:
    print(repr(f.readline()))
with p.open(mode='a') as f:
    f.write('more\n')
print(repr(p.read_text()))
try:
    (d / 'missing').open('rb')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, os.path.basename(e.filename))
try:
    p.open('rb', bogus=1)
except TypeError as e:
    print('TypeError', e)
p.unlink()
d.rmdir()
