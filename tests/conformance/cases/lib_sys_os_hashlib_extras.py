# sys's information records and getsizeof/intern, the os functions of
# CPython's posix module that gowikibot lacked (popen, uname, times,
# strerror, umask, truncate, fsync, renames, ...), hashlib's sha3,
# pbkdf2_hmac and file_digest.
import hashlib
import io
import os
import sys
import tempfile

print(sys.float_info)
print(sys.int_info)
print(sys.float_info.max, sys.float_info[0], len(sys.float_info), sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit, tuple(sys.int_info))
print(sys.flags.optimize, sys.flags.verbose, sys.flags.debug, sys.flags.interactive, sys.flags.isolated)
print(sys.thread_info.name, sys.float_repr_style, repr(sys.abiflags), sys.api_version)
print(sys.get_int_max_str_digits(), sys.intern('x' * 3), sys.is_finalizing())
for o in (0, 1, -5, 2**30, 2**60, 2**100, True, 1.5, None, '', 'abc', 'é', '€€', '😀', b'', b'ab',
          [], [1, 2], (), (1, 2, 3), set(), {1, 2}, 1j, range(3), object()):
    print(repr(o) if type(o) is not object else "object()", sys.getsizeof(o))
print([sys.getsizeof(dict.fromkeys(range(n))) for n in range(0, 45, 3)])
print([sys.getsizeof(set(range(n))) for n in range(0, 45, 3)])
try:
    sys.intern(b'x')
except TypeError as e:
    print('TypeError', e)

p = os.popen('echo hello; echo world')
print(repr(p.read()), p.close())
with os.popen('exit 3') as f:
    print(repr(f.read()))
print(os.popen('exit 3').close())
print(list(os.popen('printf "a\\nb\\n"')))
w = os.popen('cat > /dev/null', 'w')
w.write('x')
print(w.close())
try:
    os.popen(['ls'])
except TypeError as e:
    print('TypeError', e)
u = os.uname()
print(u.sysname, len(u), type(u.release).__name__, u[0] == u.sysname, repr(u).startswith('posix.uname_result(sysname='))
t = os.times()
print(len(t), type(t.user).__name__, t.elapsed >= 0, t[0] == t.user)
print(os.getgid() == os.getegid(), type(os.geteuid()).__name__, os.getpgid(0) == os.getpgrp())
print(os.strerror(2), '|', os.strerror(13), '|', os.strerror(0), '|', os.strerror(9999))
print(len(os.getloadavg()), all(x >= 0 for x in os.getloadavg()))
try:
    print(type(os.getlogin()).__name__)
except OSError as e:
    print('OSError', e.errno)
old = os.umask(0o22)
print(os.umask(old) == 0o22)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
print(os.isatty(0), type(os.get_exec_path()).__name__, os.DirEntry.__name__)
d = tempfile.mkdtemp()
fn = os.path.join(d, 'a', 'b.txt')
os.makedirs(os.path.dirname(fn))
with open(fn, 'w') as f:
    f.write('hello world')
os.truncate(fn, 5)
with open(fn) as f:
    print(f.read())
with open(fn, 'a') as f:
    f.write('!')
    f.flush()
    os.fsync(f.fileno())
    os.fsync(f)
with open(fn) as f:
    print(f.read())
os.renames(fn, os.path.join(d, 'x', 'y', 'c.txt'))
print(sorted(os.listdir(d)), os.listdir(os.path.join(d, 'x', 'y')))

for name in ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'):
    h = getattr(hashlib, name)(b'abc')
    h2 = h.copy()
    h2.update(b'd')
    print(name, h.hexdigest()[:24], h2.hexdigest()[:24], h.digest_size, h.block_size, h.name)
print(hashlib.new('sha3_256', b'x').hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 2, dklen=10).hex())
print(hashlib.pbkdf2_hmac(hash_name='md5', password=b'pw', salt=b's', iterations=3).hex())
print(hashlib.file_digest(io.BytesIO(b'abc' * 100000), 'md5').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.sha256).hexdigest())
print(sorted(n for n in hashlib.algorithms_guaranteed if 'sha3' in n))
