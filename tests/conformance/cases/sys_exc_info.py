# sys.exc_info(), traceback.format_exc() and logging.exception see the
# exception being handled, in every form of except clause.
import logging
import sys
import traceback


def boom(cls=ValueError, msg="boom"):
    raise cls(msg)


try:
    boom()
except ValueError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, v is e)

try:
    boom(KeyError, "k")
except:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))

try:
    1 / 0
except (TypeError, ZeroDivisionError):
    print(traceback.format_exc().splitlines()[-1])

try: boom(TypeError, "inline")
except TypeError: print("inline", sys.exc_info()[1])


def handler():
    try:
        boom(RuntimeError, "in function")
    except RuntimeError:
        return sys.exc_info()[1]


print(repr(handler()))

for i in range(3):
    try:
        boom(IndexError, i)
    except IndexError as err:
        print("loop", sys.exc_info()[1], err.args)



class ShortFormatter(logging.Formatter):
    def formatException(self, ei):
        return "exception: %s: %s" % (ei[0].__name__, ei[1])


handler_ = logging.StreamHandler(sys.stdout)
handler_.setFormatter(ShortFormatter("%(levelname)s %(message)s"))
logging.getLogger().addHandler(handler_)
try:
    boom(OSError, "logged")
except OSError:
    logging.exception("failed")
    print("after logging")

try:
    try:
        boom(ValueError, "inner")
    except ValueError:
        print("inner", sys.exc_info()[1])
        raise LookupError("outer")
except LookupError:
    print("outer", sys.exc_info()[1])

print("after handlers", sys.exc_info())
try:
    boom(ValueError, "outer")
except ValueError:
    try:
        boom(KeyError, "inner")
    except KeyError:
        print("nested inner", repr(sys.exc_info()[1]))
    print("nested outer again", repr(sys.exc_info()[1]))
print("after nested", sys.exc_info()[0])


def returns_from_handler():
    try:
        boom()
    except ValueError:
        return "returned"


print(returns_from_handler(), sys.exc_info()[0])


def raises_from_handler():
    try:
        boom()
    except ValueError:
        raise TypeError("converted")


try:
    raises_from_handler()
except TypeError as e:
    print("caught", e, sys.exc_info()[1])
print("after raise", sys.exc_info()[0])

for i in range(2):
    try:
        boom(IndexError, i)
    except IndexError:
        print("before continue", sys.exc_info()[1])
        continue
print("after continue", sys.exc_info()[0])
try: boom(NameError, "x")
except NameError: print("inline", sys.exc_info()[1])
print("after inline", sys.exc_info()[0])
