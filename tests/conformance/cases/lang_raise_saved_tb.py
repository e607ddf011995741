# raise of an exception object that has a traceback already (saved from an
# earlier handler, given by with_traceback(), re-raised as "raise e") goes
# on from it: the new raise's frames first, then the old ones; a bare
# raise and a fresh exception keep one traceback.
import sys
import traceback


def frames(e):
    return " ".join("%s:%d" % (fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__))


def fail():
    raise ValueError("v")


saved = None
try:
    fail()
except ValueError as e:
    saved = e
print("saved:", frames(saved))


def raise_saved():
    raise saved


try:
    raise_saved()
except ValueError as e:
    print("raised again:", frames(e))


def raise_as_e():
    try:
        fail()
    except ValueError as e:
        raise e


try:
    raise_as_e()
except ValueError as e:
    print("raise e:", frames(e))


def bare_reraise():
    try:
        fail()
    except ValueError:
        raise


try:
    bare_reraise()
except ValueError as e:
    print("bare raise:", frames(e))


def raise_from_saved():
    raise RuntimeError("new") from saved


try:
    raise_from_saved()
except RuntimeError as e:
    print("raise from:", frames(e), "| cause:", frames(e.__cause__))

reused = KeyError("k")
for i in range(3):
    try:
        raise reused
    except KeyError as e:
        print("reused", i, len(traceback.extract_tb(e.__traceback__)))

try:
    raise saved.with_traceback(None)
except ValueError as e:
    print("with_traceback(None):", frames(e))


def in_finally():
    try:
        raise saved
    finally:
        print("finally:", frames(sys.exc_info()[1]))


try:
    in_finally()
except ValueError as e:
    print("after finally:", frames(e))
raise_saved()
