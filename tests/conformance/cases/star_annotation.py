# *args: *X (PEP 646): the annotation is the one item X unpacks to
class Pack:
    def __init__(self, name):
        self.name = name

    def __iter__(self):
        yield Unpacked(self.name)


class Unpacked:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '*' + self.name


Ts = Pack('Ts')


def f(*args: *Ts): pass


print(f.__annotations__)


def g(x: int, *args: *Pack('Shape'), **kw: str) -> None: pass


print(g.__annotations__)


class C:
    def m(self, *a: *Ts): pass


print(C.m.__annotations__)


def k(*a: *[7]): pass


print(k.__annotations__)
# the starred form elsewhere is a SyntaxError
for src in ['def f(x: *Ts): pass\n', 'def f(**kw: *Ts): pass\n', 'x: *Ts = 1\n', 'def f(*args: *Ts, y: *Ts): pass\n', 'def f() -> *Ts: pass\n', 'def f(*args: *Ts): pass\n', 'def f(*args: *Ts,): pass\n', 'lambda *a: 1\n']:
    try:
        compile(src, 's.py', 'exec')
        print('compiles')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset)
