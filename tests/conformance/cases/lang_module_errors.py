# Missing module attributes and names: CPython 3.11's messages and the
# exceptions' name/obj/path attributes, for getattr(), attribute loads
# (at module level, in functions, through a package attribute chain, in
# closures) and from-imports (with and without __file__, relative).
import json
import os
import shutil
import sys
import tempfile

tmp = tempfile.mkdtemp()
sys.path.insert(0, tmp)
os.makedirs(os.path.join(tmp, "pkg"))
with open(os.path.join(tmp, "helpermod.py"), "w") as f:
    f.write("value = 1\n")
with open(os.path.join(tmp, "pkg", "__init__.py"), "w") as f:
    f.write("")
with open(os.path.join(tmp, "pkg", "sub.py"), "w") as f:
    f.write("try:\n    from . import missing\nexcept ImportError as e:\n    caught = str(e)\n")

import helpermod
import pkg.sub


def show(e):
    msg = str(e).replace(tmp, "TMP")
    extra = ""
    if isinstance(e, AttributeError):
        extra = " name=%r obj=%s" % (e.name, getattr(e.obj, "__name__", e.obj))
    elif isinstance(e, ImportError):
        extra = " name=%r path=%s" % (e.name, (e.path or "None").replace(tmp, "TMP"))
    print("%s: %s%s" % (type(e).__name__, msg, extra))


for mod in (json, sys, helpermod):
    try:
        getattr(mod, "nope")
    except AttributeError as e:
        show(e)
print(hasattr(json, "nope"), getattr(json, "nope", "default"))

try:
    helpermod.missing_attr
except AttributeError as e:
    show(e)

try:
    pkg.sub.nothing_here
except AttributeError as e:
    show(e)


def in_function():
    try:
        return helpermod.other
    except AttributeError as e:
        show(e)


in_function()


def outer():
    m = json

    def inner():
        return m.gone
    return inner


try:
    outer()()
except AttributeError as e:
    show(e)


def escaping():
    return sys.no_such_thing


try:
    escaping()
except AttributeError as e:
    show(e)

try:
    from helpermod import missing
except ImportError as e:
    show(e)

try:
    from helpermod import value, missing2
except ImportError as e:
    show(e)
print("value" in globals())

try:
    from sys import missing
except ImportError as e:
    show(e)

try:
    from json import missing
except ImportError as e:
    print(str(e).split(" (")[0], e.name)

print(pkg.sub.caught.replace(tmp, "TMP"))

shutil.rmtree(tmp)
