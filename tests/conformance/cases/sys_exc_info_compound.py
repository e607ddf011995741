# sys.exc_info(), bare raise and traceback.format_exc() in except bodies
# whose first statement is a compound statement, in finally bodies, in
# __exit__, across generator suspension, and after every way out.
import sys
import traceback


def name():
    t, v, _ = sys.exc_info()
    return "none" if t is None else "%s(%s)" % (t.__name__, v)


def compound_first():
    try:
        raise ValueError("a")
    except ValueError:
        if True:
            print("if:", name())
        for _ in range(1):
            print("for:", name())
        while True:
            print("while:", name())
            break
        with open(__file__) as fh:
            print("with:", name())
        try:
            raise KeyError("k")
        except KeyError:
            print("nested:", name())
        print("after nested:", name())
    print("after handler:", name())


compound_first()


def bare_raise_in_if():
    try:
        raise TypeError("t")
    except TypeError:
        if True:
            raise


try:
    bare_raise_in_if()
except TypeError as e:
    print("reraised:", e, name())


def format_in_with():
    try:
        {}["missing"]
    except LookupError:
        with open(__file__):
            print(traceback.format_exc().splitlines()[-1])


format_in_with()
print("after with handler:", name())


def leaves():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 1:
                break
            print("loop:", name())
    print("after break:", name())
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 0:
                continue
    print("after continue:", name())
    try:
        raise ValueError("r")
    except ValueError:
        if True:
            return name()


print("returned:", leaves(), "then", name())


def in_finally():
    try:
        try:
            raise ValueError("f")
        finally:
            if True:
                print("finally:", name())
    except ValueError:
        pass
    try:
        pass
    finally:
        print("finally without exception:", name())


in_finally()


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("__exit__:", name(), exc[0].__name__ if exc[0] else None)
        return True


with Manager():
    raise KeyError("w")
with Manager():
    pass
print("after with:", name())


def gen():
    try:
        raise ValueError("g")
    except ValueError:
        yield name()
        yield name()
    yield name()


g = gen()
print("gen first:", next(g))
print("outside gen:", name())
try:
    raise TypeError("outer")
except TypeError:
    print("gen resumed:", next(g))
    print("outer handler:", name())
print("gen after handler:", next(g))


def escaping():
    try:
        raise ValueError("inner")
    except ValueError:
        if True:
            {}["x"]


try:
    escaping()
except KeyError as e:
    print("escaped:", name(), repr(e.__context__))
print("at the end:", name())
