import zipfile, os, tempfile, io

d = tempfile.mkdtemp()
path = os.path.join(d, 'pages.zip')
with zipfile.ZipFile(path, 'w', compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr('a.txt', 'first page\nline 2\n')
    z.writestr('dir/b.txt', b'second' * 50)
    info = zipfile.ZipInfo('c.txt', date_time=(2020, 5, 17, 12, 30, 44))
    z.writestr(info, 'stored')
print(zipfile.is_zipfile(path), zipfile.is_zipfile(__file__))
with zipfile.ZipFile(path) as z:
    print(z.namelist())
    for i in z.infolist():
        print(i.filename, i.file_size, i.compress_type, i.is_dir())
    print(z.getinfo('c.txt').date_time)
    print(z.read('a.txt'))
    with z.open('dir/b.txt') as f:
        print(len(f.read()))
    print(z.testzip())
    try:
        z.read('missing')
    except KeyError as e:
        print('KeyError', e)
    out = os.path.join(d, 'out')
    z.extractall(out)
    print(sorted(os.listdir(out)), open(os.path.join(out, 'dir', 'b.txt')).read()[:12])
with zipfile.ZipFile(path, 'a') as z:
    z.writestr('d.txt', 'appended')
with zipfile.ZipFile(path) as z:
    print(z.namelist(), z.read('d.txt'))
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr('mem.txt', 'in memory')
buf.seek(0)
with zipfile.ZipFile(buf) as z:
    print(z.namelist(), z.read('mem.txt'))
try:
    zipfile.ZipFile(__file__)
except zipfile.BadZipFile as e:
    print('BadZipFile', e)
