# Functions of the standard library that bot scripts use and gowikibot
# lacked or computed differently: int(s, base=), math's 3.9+ functions,
# random's distributions (seeded: CPython's numbers), unicodedata's
# east_asian_width and bidirectional, argparse.Namespace's order, uuid,
# io.TextIOWrapper over any binary stream, locale's formatting, platform.
import argparse
import copy
import csv
import functools
import io
import locale
import math
import pickle
import platform
import random
import time
import unicodedata
import uuid
import zipfile

print(int('101', base=2), int('ff', base=16), int('0x1f', base=0), functools.partial(int, base=2)('101'))
print(math.remainder(7, 4), math.remainder(-7, 4), math.nextafter(1, 2), math.nextafter(1, 0),
      math.ulp(1), math.ulp(0), math.ulp(1e300), math.cbrt(-8), math.exp2(10), math.exp2(-1))
for bad in (lambda: math.remainder(1, 0), lambda: math.remainder(math.inf, 1), lambda: math.exp2(5000)):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

for seed in (1, 42, 'abc'):
    random.seed(seed)
    print([round(x, 12) for x in (
        random.normalvariate(), random.normalvariate(5, 2), random.lognormvariate(0, 1), random.triangular(),
        random.triangular(1, 5, 2), random.vonmisesvariate(1, 2), random.vonmisesvariate(1, 0),
        random.gammavariate(2.5, 1), random.gammavariate(1, 2), random.gammavariate(0.5, 3),
        random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.paretovariate(3),
        random.weibullvariate(1, 1.5), random.random())], random.triangular(2, 2, 2))
r = random.Random(7)
print(r.normalvariate(mu=1, sigma=0.5), r.triangular(low=0, high=10), r.gammavariate(alpha=3, beta=1))
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(e)

s = 'aA1 ,.中ｱＡ€éאب٣\u200f\u202a\u202b\u202c\u2066\u2069\t\n\u0301~¡\x00\U0001F600\uffff\u0378ÿ‐'
print([unicodedata.east_asian_width(c) for c in s])
print([unicodedata.bidirectional(c) for c in s])

p = argparse.ArgumentParser(prog='x')
p.add_argument('--zeta', default='z')
p.add_argument('alpha')
p.add_argument('-m', '--mid', type=int)
sub = p.add_subparsers(dest='cmd')
s1 = sub.add_parser('go')
s1.add_argument('paths', nargs='*')
s1.add_argument('--fast', action='store_true')
a = p.parse_args(['A', '-m', '3', 'go', 'p1', '--fast'])
print(a, vars(a), list(vars(a).keys()), 'alpha' in a, a == argparse.Namespace(**vars(a)))
print(argparse.Namespace(b=1, a=2), argparse.Namespace(**{'a-b': 1, 'c': 2}), p.parse_args(['B']))

u = uuid.UUID('12345678-1234-5678-9234-567812345678')
print(u.fields, u.time_low, u.variant, u.version, u.int, u.bytes_le, u.clock_seq, u.node, u.time, repr(u.is_safe))
print(uuid.UUID(fields=u.fields), uuid.UUID(int=5, version=4), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(bytes=u.bytes) == u)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(u < uuid.UUID(int=2**127), sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), int(uuid.UUID(int=7)), hash(uuid.UUID(int=7)) == hash(7))
for bad in (lambda: uuid.UUID('xyz'), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: setattr(u, 'x', 1),
            lambda: uuid.UUID(bytes=b'x'), lambda: uuid.uuid5(uuid.NAMESPACE_URL, b'http://x')):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(uuid.UUID(int=5).__getstate__(), {u: 1}[uuid.UUID(str(u))], u.hex, u.urn, uuid.UUID('{12345678-1234-5678-1234-567812345678}'))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
v4 = uuid.uuid4()
print(v4.version, v4.variant, len(str(v4)))
v1 = uuid.uuid1()
print(v1.version, v1.variant, v1 != uuid.uuid1(), type(uuid.getnode()).__name__, uuid.uuid1(node=5, clock_seq=7).node,
      uuid.uuid1(node=5, clock_seq=7).clock_seq)
print(pickle.loads(pickle.dumps(u)) == u, copy.copy(u) == u, copy.deepcopy(u) == u, copy.deepcopy(uuid.SafeUUID.unknown))

t = io.TextIOWrapper(io.BytesIO('é\r\nb\rc\n'.encode('latin-1')), encoding='latin-1')
print(repr(t.read()), t.newlines, t.encoding)
print(list(io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc\nd'), newline='')))
t = io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc\nd'))
print(t.readline(), t.readline(2), t.readlines())
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-8', newline='\r\n')
print(w.write('x\ny€'), w.flush(), b.getvalue())
zb = io.BytesIO()
with zipfile.ZipFile(zb, 'w') as z:
    z.writestr('d.csv', 'a,b\n1,"x y"\n2,é\n')
with zipfile.ZipFile(zb) as z:
    with z.open('d.csv') as f:
        print(list(csv.reader(io.TextIOWrapper(f, encoding='utf-8'))))
big = io.TextIOWrapper(io.BytesIO(('line é\r\n').encode() * 3000), encoding='utf-8')
lines = big.readlines()
print(len(lines), repr(lines[-1]), len(set(lines)))
print(io.TextIOWrapper(io.BytesIO(b'\xffa'), errors='replace').read())
for bad in (lambda: io.TextIOWrapper(io.BytesIO(b'\xff')).read(), lambda: io.TextIOWrapper(io.BytesIO(), newline='x')):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)

print(locale.format_string('%d items', 1234567, grouping=True), locale.format_string('%.2f|%s', (1234.5, 'x')),
      locale.format_string('%(a)s', {'a': 1}))
print(locale.str(1.5), locale.str(1 / 3), locale.atof('1.25'), locale.atoi('42'), locale.delocalize('1.5'),
      locale.localize('2.5'), locale.CHAR_MAX)
try:
    locale.currency(5)
except ValueError as e:
    print(e)
print(platform.architecture(), platform.win32_ver(), platform.mac_ver(), type(platform.freedesktop_os_release()).__name__)
start = time.process_time()
while time.process_time() - start < 0.02:
    pass
print(time.process_time() > start, type(time.thread_time_ns()).__name__, time.process_time_ns() > 0)
