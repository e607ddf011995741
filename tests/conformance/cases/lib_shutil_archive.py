# shutil.make_archive (zip, tar, gztar, bztar, xztar; root_dir and base_dir) and
# unpack_archive, with CPython's member names.
import shutil, os, tempfile, zipfile, tarfile
d = tempfile.mkdtemp()
src = os.path.join(d, 'src')
os.makedirs(os.path.join(src, 'sub', 'deep'))
for p, t in (('a.txt', 'A'), ('sub/b.txt', 'B'), ('sub/deep/c.txt', 'C')):
    with open(os.path.join(src, p), 'w') as f:
        f.write(t)
z = shutil.make_archive(os.path.join(d, 'out', 'arch'), 'zip', src)
print(os.path.relpath(z, d), sorted(zipfile.ZipFile(z).namelist()))
z2 = shutil.make_archive(os.path.join(d, 'arch2'), 'zip', d, 'src')
print(os.path.relpath(z2, d), sorted(zipfile.ZipFile(z2).namelist()))
for fmt in ('tar', 'gztar', 'bztar', 'xztar'):
    t = shutil.make_archive(os.path.join(d, 'arch_' + fmt), fmt, src)
    print(os.path.relpath(t, d), sorted(tarfile.open(t).getnames()))
t = shutil.make_archive(os.path.join(d, 'arch3'), 'gztar', d, 'src')
print(sorted(tarfile.open(t).getnames()))
shutil.unpack_archive(z2, os.path.join(d, 'x1'))
shutil.unpack_archive(t, os.path.join(d, 'x2'))
print(sorted(os.listdir(os.path.join(d, 'x1', 'src'))), open(os.path.join(d, 'x2', 'src', 'sub', 'deep', 'c.txt')).read())
print(shutil.get_archive_formats(), shutil.get_unpack_formats())
for bad in (lambda: shutil.make_archive('x', 'rar'), lambda: shutil.unpack_archive(os.path.join(d, 'a.rar')), lambda: shutil.unpack_archive(z, d, 'rar')):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'D'))
