# exception groups in the traceback module's output: the numbered boxes,
# nested groups, chains, more than 15 members, more than 10 levels
import re
import sys
import traceback


def show(text):
    print(re.sub(r'File "[^"]*"', 'File "FILE"', text), end='')


def f():
    raise ValueError("inner")
try:
    try:
        f()
    except ValueError as e:
        raise ExceptionGroup("outer", [e, ExceptionGroup("nested", [TypeError("t"), KeyError("k")])] + [OSError(i) for i in range(16)]) from KeyError('c')
except ExceptionGroup:
    show(traceback.format_exc())
    show(''.join(traceback.format_exception(*sys.exc_info())))
show(''.join(traceback.format_exception(ExceptionGroup('x', [ValueError(1)]))))
eg = ExceptionGroup('x', [ValueError(1)])
for i in range(12):
    eg = ExceptionGroup('d%d' % i, [eg])
show(''.join(traceback.format_exception(eg)))
