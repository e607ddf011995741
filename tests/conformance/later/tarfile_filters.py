# tarfile's extraction filters (CPython 3.11.4+; Debian's 3.11.2 has none):
# data_filter, tar_filter, fully_trusted_filter, their errors, and
# extractall(filter=...).
import io
import os
import tarfile
import tempfile

root = os.path.realpath(tempfile.mkdtemp())
bad = tarfile.TarInfo('../evil.txt'); bad.size = 1
absl = tarfile.TarInfo('/etc/evil'); absl.size = 1
sym = tarfile.TarInfo('s'); sym.type = tarfile.SYMTYPE; sym.linkname = '/etc/passwd'
sym2 = tarfile.TarInfo('d/s2'); sym2.type = tarfile.SYMTYPE; sym2.linkname = '../../x'
dev = tarfile.TarInfo('dev'); dev.type = tarfile.CHRTYPE
for m in (bad, absl, sym, sym2, dev):
    for flt in (tarfile.data_filter, tarfile.tar_filter, tarfile.fully_trusted_filter):
        try:
            r = flt(m, root)
            print(flt.__name__, m.name, '->', r.name, oct(r.mode) if r.mode is not None else None, r.uid, r.uname)
        except tarfile.FilterError as e:
            print(flt.__name__, type(e).__name__, str(e).replace(root, 'ROOT').replace(os.path.dirname(root), 'TMP'), e.tarinfo is m)
ok = tarfile.TarInfo('fine.txt'); ok.mode = 0o4777
r = tarfile.data_filter(ok, root)
print(oct(r.mode), r.uid, r.uname, ok.mode == 0o4777)
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w') as t:
    t.addfile(tarfile.TarInfo('good.txt'))
    t.addfile(bad, io.BytesIO(b'x'))
buf.seek(0)
with tarfile.open(fileobj=buf) as t:
    try:
        t.extractall(root, filter='data')
    except tarfile.OutsideDestinationError as e:
        print('refused', str(e).replace(root, 'ROOT').replace(os.path.dirname(root), 'TMP'))
    print(sorted(os.listdir(root)))
    t.extractall(root, members=[t.getmember('good.txt')], filter='tar')
    try:
        t.extractall(root, filter='nope')
    except ValueError as e:
        print('ValueError', e)
import shutil; shutil.rmtree(root)
