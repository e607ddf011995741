# Properties whose getter is only `return self.NAME` (read without running
# the getter, classes/propfast.go): the value, a getter that fails (its
# frame is in the traceback), a getter reading itself (RecursionError), a
# replaced __code__, __getattr__, a data descriptor in the way, a class
# attribute, a property of a subclass, and a property reading another.
import traceback


class Page:
    def __init__(self, site):
        self._site = site

    @property
    def site(self):
        """The page's site."""
        return self._site

    @property
    def missing(self):
        return self._nothing

    @property
    def loop(self):
        return self.loop

    @property
    def outer(self):
        return self.site


print(Page('en').site, Page('en').outer)
print(Page.site.__doc__)
try:
    Page('en').missing
except AttributeError:
    tb = traceback.format_exc().splitlines()
    print(tb[-1])
    print([line.strip() for line in tb if line.strip().startswith('return')])
try:
    Page('en').loop
except RecursionError as e:
    print('RecursionError', type(e).__name__)


def other(self):
    return self._site.upper()


Page.site.fget.__code__ = other.__code__
print(Page('en').site)


class Lazy:
    _a = 'class attribute'

    def __getattr__(self, name):
        return 'getattr ' + name

    @property
    def a(self):
        return self._a

    @property
    def b(self):
        return self._b


print(Lazy().a, '|', Lazy().b)


class Shadow:
    @property
    def _x(self):
        return 'descriptor wins'

    @property
    def x(self):
        return self._x


s = Shadow()
s.__dict__['_x'] = 'instance dict'
print(s.x)


class Sub(Page):
    @property
    def site(self):
        return self._site


print(Sub('de').site, Sub('de').outer)
