# dataclass(slots=True): the class is made again with __slots__ naming its
# fields (not those a base class has slots for); frozen ones still refuse
# assignment.
import dataclasses
@dataclasses.dataclass(slots=True)
class D:
    a: int
    b: int = 2
    c: list = dataclasses.field(default_factory=list)
d = D(1)
print(d, D.__slots__, D.__qualname__, hasattr(d, '__dict__'), d == D(1), dataclasses.asdict(d))
try:
    d.z = 3
except AttributeError as e:
    print(e)
@dataclasses.dataclass(slots=True, frozen=True)
class F:
    x: int
    y: str = 'y'
f = F(1)
print(f, F.__slots__, hash(f) == hash(F(1)))
try:
    f.x = 2
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
@dataclasses.dataclass(slots=True)
class G(D):
    e: int = 5
g = G(1)
print(g, G.__slots__, dataclasses.fields(g)[-1].name, dataclasses.replace(g, e=6))
try:
    @dataclasses.dataclass(slots=True)
    class H:
        __slots__ = ('q',)
        q: int
except TypeError as e:
    print(e)
