# __slots__: instances take only the declared attributes and have no
# __dict__; a class without __slots__ in the hierarchy, or '__dict__' in
# the slots, gives them one again.


def attempt(label, fn):
    try:
        print(label, fn())
    except (AttributeError, TypeError) as exc:
        print(label, type(exc).__name__, exc)


class Empty:
    __slots__ = ()


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self):
        self.z = 0


class Named:
    __slots__ = 'name'


class Point3(Point):
    __slots__ = ['z']


class Loose(Point):
    pass


class WithDict:
    __slots__ = ('a', '__dict__')


class Managed:
    __slots__ = ('_v',)

    @property
    def value(self):
        return self._v

    @value.setter
    def value(self, v):
        self._v = v * 2


p = Point(1, 2)
print(p.x, p.y, Point.__slots__)
attempt('set undeclared', lambda: setattr(p, 'colour', 'red'))
attempt('set in method', p.move)
attempt('empty', lambda: setattr(Empty(), 'x', 1))
attempt('has __dict__', lambda: (hasattr(p, '__dict__'), hasattr(Empty(), '__dict__')))
attempt('__dict__', lambda: p.__dict__)
attempt('vars', lambda: vars(p))
attempt('unset slot', lambda: Named().name)
n = Named()
n.name = 'n'
attempt('str slots', lambda: n.name)
attempt('str slots other', lambda: setattr(n, 'nam', 1))
q = Point3(1, 2)
q.z = 3
attempt('inherited slots', lambda: (q.x, q.y, q.z))
attempt('inherited other', lambda: setattr(q, 'w', 4))
lo = Loose(5, 6)
lo.extra = 7
attempt('subclass without slots', lambda: (lo.extra, lo.__dict__))
w = WithDict()
w.a = 1
w.b = 2
attempt('__dict__ slot', lambda: (w.a, w.b, w.__dict__))
m = Managed()
m.value = 4
attempt('property', lambda: (m.value, m._v))
attempt('property other', lambda: setattr(m, 'other', 1))
del p.x
attempt('deleted slot', lambda: p.x)
p.x = 10
attempt('set again', lambda: p.x)
attempt('setattr builtin', lambda: (setattr(p, 'y', 20), p.y))

import copy
import pickle

p2 = copy.copy(p)
p3 = copy.deepcopy(Point3(1, [2]))
p3.z = 'z'
p4 = pickle.loads(pickle.dumps(q))
print(p2.x, p2.y, p3.x, p3.y, p3.z, p4.x, p4.y, p4.z, hasattr(p4, '__dict__'))
lo2 = copy.deepcopy(lo)
print(lo2.x, lo2.y, lo2.extra, vars(lo2))

print(Point.x, Point3.z, type(Point.__dict__['y']).__name__)


class Guarded:
    __slots__ = ('v',)

    def __setattr__(self, name, value):
        if name == 'v' and value < 0:
            raise TypeError('negative')
        object.__setattr__(self, name, value)


gd = Guarded()
gd.v = 3
attempt('__setattr__ before the slot', lambda: setattr(gd, 'v', -1))
attempt('slot kept', lambda: gd.v)


def refuse(self, name, value):
    raise KeyError(name)


class Plain:
    pass


Plain.__setattr__ = refuse
Copied = type('Copied', (object,), dict(Plain.__dict__, __slots__=('w',)))
Copied.__qualname__ = 'Renamed'
attempt('copied class', lambda: (Copied.__qualname__, Copied.__name__))
try:
    Copied().w = 1
except KeyError as exc:
    print('KeyError', exc)
