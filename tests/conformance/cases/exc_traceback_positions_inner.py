# CPython 3.11's position lines in tracebacks through lambdas,
# comprehensions (list, set, dict, generator expressions; the frames are
# named <listcomp>, <setcomp>, <dictcomp>, <genexpr>), assert statements
# and super() calls. (Where this layer cannot tell the node for sure, two
# lambdas alike on one line or a comprehension failing on its second line,
# it prints no position line: not in this corpus, as CPython prints one.)
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(fn):
    try:
        fn()
    except BaseException:
        print(traceback.format_exc().replace(HERE, ''))


def lam():
    f = lambda x: x.nope + 1
    return f(1)


def lam_defaults():
    f = lambda x, y=[1][0], *, z={}.get('a', 0): x[y] / z
    return f([5, 6])


def listcomp():
    d = {}
    return [d[k] for k in range(3)]


def listcomp_nested():
    rows = [[1, 2], [3, 'x']]
    return [a * 2 + 1 for r in rows for a in r if a > 0]


def setcomp():
    return {len(v) for v in [[1], 2]}


def dictcomp():
    return {k: 1 / k for k in range(3)}


def dictcomp_key():
    names = {0: 'a', 1: 'b'}
    return {names[i].upper(): i for i in range(4)}


def genexp():
    return list(int(s) for s in ["1", "x"])


def genexp_sum():
    return sum(v.size for v in [1])


def assert_plain():
    x = 1
    assert x == 2, "bad x"


def assert_bare():
    assert len([]) > 0


def assert_binop():
    a, b = 3, 3
    assert a - b


def assert_boolop():
    x = None
    assert x is not None and x


def assert_not():
    assert not (1 == 1), 'never'


def assert_ifexp(a=1):
    assert (a == 2) if a else a


def assert_fstring():
    x = 1
    assert x == 2, f'x is {x}'


def assert_msg_fails():
    assert False, 1 / 0


class Base:
    def m(self):
        raise ValueError("m")

    def n(self, v):
        return v['key']


class Child(Base):
    def m(self):
        return super().m()

    def n(self, v):
        return super().n(v) + 1

    def missing(self):
        return super().nope()


def two_lambdas():
    fs = [lambda: 1, lambda: 1 / 0]
    return fs[1]()


def sort_key():
    return sorted([3, 1], key=lambda v: v.real.nope)


for fn in [lam, lam_defaults, listcomp, listcomp_nested, setcomp, dictcomp, dictcomp_key, genexp,
           genexp_sum, assert_plain, assert_bare, assert_binop, assert_boolop, assert_not, assert_ifexp,
           assert_fstring, assert_msg_fails,
           lambda: Child().m(),
           lambda: Child().n({}),
           lambda: Child().missing(),
           two_lambdas, sort_key]:
    show(fn)

squares = {n: n * n for n in range(3)}
print(sorted(squares.items()), {n % 2 for n in range(5)})
import sys
print((lambda: 0).__code__.co_name, [sys._getframe().f_code.co_name for _ in [1]],
      {sys._getframe().f_code.co_name for _ in [1]}, {1: sys._getframe().f_code.co_name for _ in [1]},
      next(sys._getframe().f_code.co_name for _ in [1]))
