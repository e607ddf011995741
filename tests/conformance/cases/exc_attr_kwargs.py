# The attributes CPython 3.11 gives AttributeError (name, obj), NameError
# (name) and ImportError (name, path, msg): set by the interpreter where it
# raises them, by keyword arguments, None otherwise.


class C:
    pass


def show(e, *names):
    print(type(e).__name__, "|", e, "|", " ".join("%s=%r" % (n, getattr(e, n)) for n in names))


for action in (lambda: C().zz, lambda: (1).zz, lambda: "s".nope, lambda: C.missing):
    try:
        action()
    except AttributeError as e:
        show(e, "name")
try:
    C().zz
except AttributeError as e:
    print(type(e.obj).__name__)
try:
    (5).zz
except AttributeError as e:
    print(e.obj)
try:
    undefined_name
except NameError as e:
    show(e, "name")
try:
    import no_such_module_here
except ImportError as e:
    show(e, "name", "path")
show(ImportError("m", name="n", path="p"), "name", "path", "msg")
show(ImportError("a", "b"), "name", "path", "msg")
show(AttributeError("x"), "name", "obj")
show(AttributeError("m", name="n", obj=3), "name", "obj")
show(NameError("q", name="n"), "name")
for bad in (lambda: ImportError(foo=1), lambda: AttributeError(path=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
e = ImportError("x")
e.name = "set later"
print(e.name, ImportError.name is not None)
