# glob: iglob, escape, has_magic, recursive '**', root_dir, include_hidden, bytes
# patterns (gpython's glob took no keywords); os.path with bytes paths; Path.as_uri.
import glob, os, tempfile
d = tempfile.mkdtemp()
for p in ('a.txt', 'b.py', '.hid.txt', 'sub/c.txt', 'sub/deep/d.txt', 'sub/.h/e.txt', 'x[1].txt'):
    full = os.path.join(d, p)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    open(full, 'w').close()
os.chdir(d)
S = sorted
print(S(glob.glob('*.txt')), S(glob.glob('*')), S(glob.glob('**', recursive=True)), S(glob.glob('**/*.txt', recursive=True)))
print(S(glob.glob('**/', recursive=True)), S(glob.glob('sub/**', recursive=True)), S(glob.glob('*/*.txt')), S(glob.glob('**/*.txt')))
print(S(glob.glob('*', include_hidden=True)), S(glob.glob('.*')), S(glob.glob('**/*.txt', recursive=True, include_hidden=True)))
print(S(glob.glob('*.txt', root_dir=os.path.join(d, 'sub'))), S(glob.glob('**', root_dir='sub', recursive=True)), glob.glob('a.txt'), glob.glob('nope'), glob.glob('sub/'), glob.glob(''))
print(S(glob.glob(os.path.join(d, '*.py'))) == [os.path.join(d, 'b.py')], S(glob.iglob('s*/*')), glob.escape('x[1].txt'), glob.glob(glob.escape('x[1].txt')), glob.has_magic('a*'), glob.has_magic('ab'))
print(S(glob.glob(b'*.txt')), S(glob.glob('sub/d*/*')), S(glob.glob('?.py')), S(glob.glob('[ab].*')), type(glob.iglob('*')).__name__)
print(os.path.split(b'a/b'), os.path.join(b'a', b'b'), os.path.splitdrive(b'x'), os.path.lexists(b'/'), os.path.isdir(b'/'), os.path.basename(b'a/b'), os.path.dirname(b'a/b'), os.path.splitext(b'a.b'), os.path.normpath(b'a//b'), os.path.abspath(b'x')[:1], os.path.exists(b'/'), os.path.expanduser(b'~')[:1], os.path.relpath(b'/a/b', b'/a'), os.path.commonprefix([b'/ab', b'/ac']), os.path.commonpath([b'/a/b', b'/a/c']), os.path.normcase(b'X'))
print(os.path.split('a/b'), os.path.join('a', 'b'), os.path.commonpath(['/a/b', '/a/c']))
for bad in (lambda: os.path.join(b'a', 'b'), lambda: os.path.join('a', b'b'), lambda: os.path.commonpath([b'/a', '/b'])):
    try:
        bad()
    except TypeError as e:
        print(e)
import pathlib
for p in ('/a/b', '/a b/é~x', '/tmp/x%y#z?q', '//srv/share', '/'):
    print(pathlib.Path(p).as_uri(), pathlib.PurePosixPath(p).as_uri())
try:
    pathlib.Path('rel').as_uri()
except ValueError as e:
    print(e)
