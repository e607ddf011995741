log = []
class L(list):
    def __getitem__(self, i):
        log.append(("get", i)); return 0
def idx(v):
    log.append(("idx", v)); return v
class O:
    pass
def obj():
    log.append("obj"); return O()
def T():
    log.append("T"); return int
x = L([1, 2])
x[idx(0)]: T()
obj().a: T()
print(log)
def f():
    y = O()
    y.b: int
    z = {}
    z[idx("k")]: str
    return "ok"
print(f(), log)
try:
    undefined_thing.attr: int
except NameError as e:
    print("NameError", e)
try:
    undefined_two[0]: int
except NameError as e:
    print("NameError", e)
print(__annotations__)
del log[:]


class K:
    store = {}
    store[idx("in class")]: T()
    cls_attr: int = 3
    print(sorted(__annotations__), log)


grid = L([0])
grid[idx(1):idx(2), idx(3)]: T()
grid[idx(
    4)]: T()
obj(
).b: T()
(plain): int
print(log, __annotations__)


def g():
    w = {}
    w[idx(5)]: undefined_name_is_not_evaluated
    w[idx(6):]: str
    return sorted(log[-2:], key=str)


print(g())
