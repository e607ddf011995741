# a handler of an except* clause raises: the new exception and what is left
# make a new group, printed without an entry for the frame re-raising it
import atexit
import re
import sys


class Capture:
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


def g():
    try:
        raise ExceptionGroup("outer", [TypeError("t"), KeyError("k")])
    except* KeyError:
        raise ValueError("new")
    except* OSError:
        pass


def h():
    try:
        g()
    except ExceptionGroup as e:
        names = []
        tb = e.__traceback__
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(repr(e), names)
        raise


h()
