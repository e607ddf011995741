# Implicit exception chaining: __context__ of an exception raised while
# another is handled (in an except or finally body, in the handler's frame
# or a function it calls), nothing chained once a handler is left, cycles
# broken; traceback objects walked by hand and the traceback module's
# functions over them.
import contextlib
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    return text.replace(HERE, '')


def boom():
    raise OSError('from a callee')


def in_handler_call():
    try:
        raise KeyError('first')
    except KeyError:
        boom()


def in_handler_builtin():
    try:
        raise KeyError('first')
    except KeyError:
        return {}['missing']


def in_finally():
    try:
        raise KeyError('propagating')
    finally:
        int('not a number')


def nested():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise ValueError('b')
        except ValueError:
            raise TypeError('c')


class FailingExit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError('while exiting')


def in_exit():
    with FailingExit():
        raise ValueError('body')


def after_suppress():
    for i in range(2):
        with contextlib.suppress(ValueError):
            raise ValueError(i)
    with FailingExit():
        pass


def chain_of(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return out


for fn in (in_handler_call, in_handler_builtin, in_finally, nested, in_exit, after_suppress):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, chain_of(e), e.__suppress_context__)


def left_normally():
    try:
        raise KeyError('handled')
    except KeyError:
        pass
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            if i < 2:
                continue
            break
    with contextlib.suppress(IndexError):
        [][1]
    try:
        raise LookupError('in finally')
    except LookupError:
        pass
    finally:
        pass
    return {}['after']


def returns_from_handler():
    try:
        raise KeyError('x')
    except KeyError:
        return 'returned'


def gen():
    try:
        yield 1
    except GeneratorExit:
        pass


g = gen()
next(g)
g.close()
print(returns_from_handler())
try:
    left_normally()
except KeyError as e:
    print('left_normally', chain_of(e))

# a cycle: a raised again while b, raised while a was handled, is handled
try:
    try:
        raise KeyError('a')
    except KeyError as a:
        try:
            raise ValueError('b')
        except ValueError as b:
            raise a
except KeyError as k:
    print('cycle', repr(k.__context__), repr(k.__context__.__context__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('suppressed') from None
except RuntimeError as r:
    print('from None', repr(r.__context__), r.__suppress_context__, r.__cause__)

# traceback objects and the traceback module
try:
    in_handler_call()
except OSError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename == __file__, tb.tb_lasti >= 0)
        tb = tb.tb_next
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])
    summary = traceback.extract_tb(e.__traceback__)
    print(type(summary).__name__, len(summary), [(fs.lineno, fs.name, fs.line) for fs in summary])
    print([clean(s) for s in traceback.format_tb(e.__traceback__)])
    print([clean(s) for s in traceback.format_tb(e.__traceback__, limit=1)])
    print([clean(s) for s in traceback.format_tb(e.__traceback__, limit=-1)])
    parts = traceback.format_exception(e)
    print(len(parts), [clean(p) for p in parts[:2]])
    print(clean(''.join(traceback.format_exception(type(e), e, e.__traceback__, limit=1))))
    print(clean(traceback.format_exc()))
    print(clean(''.join(traceback.format_exception(e, chain=False))))
    print(clean(''.join(traceback.TracebackException.from_exception(e).format())))
    print(traceback.format_exception_only(type(e), e), [clean(s) for s in traceback.format_exception(type(e), e, None)])
    print(clean(''.join(traceback.format_list(summary))), end='')
    print(clean(''.join(traceback.StackSummary.from_list([('f.py', 3, 'fn', 'x = 1')]).format())), end='')
    traceback.print_exception(e, file=sys.stdout, chain=False) if False else None
    print(clean(''.join(traceback.format_exception(e, limit=0))), end='')
