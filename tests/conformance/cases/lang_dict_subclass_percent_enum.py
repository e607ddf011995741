# A dict subclass overriding __setitem__/__getitem__ through dict's own
# methods (dict.__setitem__(self, k, v)), %-formatting of IntEnum members
# and other objects with __index__, shutil.copyfileobj and os.utime: what
# the standard library's http.cookies, http.server and tarfile use.
import enum
import io
import os
import shutil
import tempfile


class Doubling(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 2)

    def __getitem__(self, k):
        return dict.__getitem__(self, k) + 1


d = Doubling()
d['a'] = 1
d.update(b=5)
print(d['a'], dict.get(d, 'a'), sorted(dict.keys(d)), dict.__contains__(d, 'a'), dict.pop(d, 'b'), d)
print(dict.setdefault(d, 'c', 7), dict.items(d), len(d), dict.__len__(d))


class Status(enum.IntEnum):
    OK = 200
    MISSING = 404


class Index:
    def __index__(self):
        return 10


class Small(int):
    pass


print('%d %s %i %x %o' % (Status.OK, Status.MISSING, Status.MISSING, Status.OK, Index()))
print('%d %05d %X' % (Small(7), Small(-3), Small(255)), '{:d}'.format(Status.OK), f'{Status.MISSING:d}')
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError', e)

src, dst = io.BytesIO(b'abc' * 50000), io.BytesIO()
shutil.copyfileobj(src, dst)
print(len(dst.getvalue()))
src, dst = io.StringIO('line\n' * 10), io.StringIO()
shutil.copyfileobj(src, dst, 7)
print(repr(dst.getvalue()[:12]), len(dst.getvalue()))

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, 'f.txt')
    open(p, 'w').close()
    os.utime(p, (1000000000, 1000000000.5))
    st = os.stat(p)
    print(st.st_atime, st.st_mtime)
    os.utime(p, ns=(2000000000123456789, 3000000000000000000))
    print(os.stat(p).st_mtime_ns)
    try:
        os.utime(p, (1, 2), ns=(1, 2))
    except ValueError as e:
        print('ValueError', e)
    try:
        os.utime(os.path.join(tmp, 'missing'), None)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
