def f():
    try:
        (1).foo
    except AttributeError as e:
        print(e)
    for obj in (1, "s", 1.5, [], {}, (), None, b"x", True, 1j, object(), f):
        try:
            obj.nope
        except AttributeError as e:
            print(e)
    for obj in (1, "s", [], None, object()):
        try:
            setattr(obj, "zz", 1)
        except AttributeError as e:
            print("set", e)
        try:
            obj.zz = 1
        except AttributeError as e:
            print("set2", e)
        try:
            delattr(obj, "zz")
        except AttributeError as e:
            print("del", e)
        try:
            del obj.zz
        except AttributeError as e:
            print("del2", e)
        try:
            getattr(obj, "gg")
        except AttributeError as e:
            print("get", e)
f()
try:
    (1).foo
except AttributeError as e:
    print(e)


class D:
    pass


def g(obj, name):
    try:
        return getattr(obj, name)
    except AttributeError as e:
        return "%s | %r | %s" % (e, e.name, type(e.obj).__name__)


print(g(D(), "missing"), g(D, "missing"), g(3, "real2"), g("", "q"))


def h():
    x = 5
    try:
        x.nope
    except AttributeError as e:
        print(e, e.name, e.obj)
    try:
        D.nope
    except AttributeError as e:
        print(e, e.name, e.obj.__name__)
    try:
        "abc".nope()
    except AttributeError as e:
        print(e, e.name, e.obj)
    try:
        D().nope
    except AttributeError as e:
        print(e, e.name, type(e.obj).__name__)


h()
