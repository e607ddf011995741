# inspect.signature of classes: CPython's choice between __new__ and
# __init__, a decorated __init__ (functools.wraps), a deprecation-style
# wrapper with __signature__, namedtuples, builtin subclasses.
import functools
import inspect
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'], defaults=[0])


class Labelled(Point):
    def label(self):
        return '{},{}'.format(self.x, self.y)


class Base:
    def __init__(self, name, size=1):
        self.name = name


class Child(Base):
    pass


def keep(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


def renamed(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    params = list(inspect.signature(f).parameters.values())
    params.append(inspect.Parameter('old', inspect.Parameter.POSITIONAL_OR_KEYWORD, default='[old name]'))
    params.sort(key=lambda p: p.kind)
    wrapper.__signature__ = inspect.Signature(params)
    return wrapper


class Decorated:
    @keep
    def __init__(self, page, *, force=False):
        self.page = page


class Aliased:
    @renamed
    def __init__(self, text, *args, **kwargs):
        self.text = text


class Made:
    def __new__(cls, seed):
        return object.__new__(cls)


class Both(Made):
    def __init__(self, seed, extra=None):
        pass


class Later(Both):
    pass


class Plain:
    pass


class Problem(Exception):
    pass


class Mapping(dict):
    pass


for cls in (Point, Labelled, Base, Child, Decorated, Aliased, Made, Both, Later, Plain, Problem, Mapping):
    try:
        print(cls.__name__, inspect.signature(cls))
    except ValueError as e:
        print(cls.__name__, 'ValueError:', e)
print(inspect.signature(Decorated.__init__))
print(inspect.signature(Aliased.__init__))
print(inspect.signature(Aliased.__init__, follow_wrapped=False))

# an abstract base class adds no parameters
import abc


class Shape(abc.ABC):
    def __init__(self, sides):
        self.sides = sides


class Square(Shape):
    pass


class Loose(abc.ABC):
    pass


print(inspect.signature(Square), inspect.signature(Loose))

# bound methods of decorated methods: the wrapped signature without self
class Holder:
    @keep
    def kept(self, a, b=2):
        return a

    @renamed
    def aliased(self, text):
        return text

    def loose(*args):
        return args

    @classmethod
    @keep
    def made(cls, seed):
        return seed


h = Holder()
print(inspect.signature(h.kept), inspect.signature(h.aliased), inspect.signature(h.loose))
print(inspect.signature(Holder.made), inspect.signature(h.kept, follow_wrapped=False))
