# an except* statement re-raises what its handlers left, with its own
# traceback; the uncaught group is printed in its box (stderr kept until exit)
import atexit
import re
import sys


class Capture:
    """sys.stderr, printed to stdout at exit (file names replaced)."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


capture = Capture()
sys.stderr = capture


@atexit.register
def dump():
    print(re.sub(r'File "[^"]*"', 'File "FILE"', ''.join(capture.parts)), end='')


def inner():
    raise ValueError("inner")


def g():
    try:
        inner()
    except ValueError as e:
        ve = e
    try:
        raise ExceptionGroup("outer", [ve, TypeError("t"), KeyError("k")])
    except* KeyError as e:
        print("key handled", repr(e), file=sys.stdout)
        print(sys.exc_info()[0].__name__)
    except* OSError:
        print("no")
    else:
        print("no else")
    finally:
        print("finally")


try:
    g()
except ExceptionGroup as e:
    print(repr(e), e.__traceback__.tb_next.tb_lineno, e.__traceback__.tb_next.tb_next is None)
g()
