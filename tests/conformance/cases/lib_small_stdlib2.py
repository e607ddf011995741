import numbers
import gettext
import sched
import contextvars
import timeit
import filecmp
import codeop
import netrc
import mimetypes
import os
import tempfile
from fractions import Fraction

print(isinstance(3, numbers.Integral), isinstance(2.5, numbers.Real), isinstance(2.5, numbers.Integral),
      isinstance(True, numbers.Number), isinstance('x', numbers.Number))
_ = gettext.gettext
print(_('Hello'), gettext.ngettext('page', 'pages', 1), gettext.ngettext('page', 'pages', 3))
t = gettext.translation('bot', fallback=True)
print(t.gettext('Edit'), type(t).__name__)
try:
    gettext.translation('nosuchdomain', localedir='/nonexistent')
except OSError as e:
    print('OSError', e.errno)

now = [0.0]
s = sched.scheduler(lambda: now[0], lambda d: now.__setitem__(0, now[0] + d))
order = []
s.enter(2, 1, order.append, ('second',))
s.enter(1, 1, order.append, ('first',))
e = s.enter(3, 1, order.append, ('cancelled',))
s.enterabs(1, 0, order.append, ('first-priority',))
s.cancel(e)
print(len(s.queue), s.empty())
s.run()
print(order, now[0], s.empty())

var = contextvars.ContextVar('var', default='dflt')
print(var.get(), var.name)
tok = var.set('set')
print(var.get())
ctx = contextvars.copy_context()
var.reset(tok)
print(var.get(), ctx[var], ctx.run(var.get), var in ctx)

print(timeit.timeit('x = 1 + 1', number=10) >= 0, len(timeit.repeat('pass', repeat=3, number=5)))
print(timeit.Timer(lambda: sum(range(10))).timeit(3) >= 0)

d1, d2 = tempfile.mkdtemp(), tempfile.mkdtemp()
for d, texts in ((d1, {'same': 'x', 'diff': 'a', 'only1': '1'}), (d2, {'same': 'x', 'diff': 'b', 'only2': '2'})):
    for name, text in texts.items():
        with open(os.path.join(d, name), 'w') as f:
            f.write(text)
print(filecmp.cmp(os.path.join(d1, 'same'), os.path.join(d2, 'same'), shallow=False),
      filecmp.cmp(os.path.join(d1, 'diff'), os.path.join(d2, 'diff'), shallow=False))
dc = filecmp.dircmp(d1, d2)
print(dc.left_only, dc.right_only, dc.common, dc.same_files, dc.diff_files)
print(filecmp.cmpfiles(d1, d2, ['same', 'diff', 'missing'], shallow=False))

print(codeop.compile_command('x = 1') is not None, codeop.compile_command('if True:'), codeop.compile_command('foo(1,'))
try:
    codeop.compile_command('x = = 1')
except SyntaxError:
    print('SyntaxError')

rc = os.path.join(d1, 'netrc')
with open(rc, 'w') as f:
    f.write('machine en.wikipedia.org\n  login Bot\n  password s3cret\n# comment\ndefault login anon password x\n')
n = netrc.netrc(rc)
print(n.authenticators('en.wikipedia.org'), n.authenticators('other.org'))

for name in ('page.html', 'data.json', 'img.PNG', 'archive.tar.gz', 'dump.xml.bz2', 'x.unknownext', 'photo.jpg'):
    print(name, mimetypes.guess_type(name))
print(mimetypes.guess_extension('image/png'), mimetypes.guess_type('data:text/plain;base64,AAAA'))
print(mimetypes.guess_all_extensions('text/html'))

print(Fraction(3, 4) + Fraction(1, 4), Fraction('1/3') * 3, Fraction(0.5), Fraction(10, -4), float(Fraction(1, 8)))
print(Fraction(1, 3) < Fraction(1, 2), Fraction(7, 3).limit_denominator(2), repr(Fraction(2, 6)), Fraction(5, 1) == 5)
print(Fraction('3.1415').limit_denominator(100), Fraction(1, 3) ** 2, -Fraction(1, 2), abs(Fraction(-3, 2)), round(Fraction(7, 2)))
