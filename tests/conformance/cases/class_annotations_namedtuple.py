from dataclasses import dataclass, field, asdict
from typing import List, NamedTuple, Optional, ClassVar, TypedDict, Dict
x: int = 5
y: 'str'
z: List[int] = [1, 2]


@dataclass
class Page:
    title: str
    size: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0


p = Page('Main', 3)
print(p, asdict(p), Page.__annotations__['title'], x, z, __annotations__)


@dataclass(frozen=True, order=True)
class V:
    major: int
    minor: int = 0


print(V(1, 2) < V(1, 3), V(2), sorted([V(3), V(1, 5)]))


class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    label: Optional[str] = None

    def norm1(self):
        return abs(self.x) + abs(self.y)


pt = Point(1, label='a')
print(pt, pt.x, pt._fields, pt._asdict(), Point._field_defaults, pt.norm1(), Point.__doc__)
print(pt._replace(y=5), Point._make([3, 4, None]), isinstance(pt, tuple), len(pt), pt[0])
Pair = NamedTuple('Pair', [('a', int), ('b', str)])
print(Pair(1, 'x'))
try:
    class Bad(NamedTuple):
        a: int = 0
        b: int
except TypeError as e:
    print('TypeError', e)


class Movie(TypedDict):
    name: str
    year: int


m = Movie(name='Blade Runner', year=1982)
print(m, m['year'], sorted(Movie.__annotations__), Movie.__total__)


class Ann:
    a: int
    b: dict = {}
    c: Dict[str, int] = (
        {'k': 1})

    def method(self):
        local: int = 3
        self.attr: str = 'x'
        return local


print(Ann.__annotations__, Ann().method(), Ann.b, Ann.c)
