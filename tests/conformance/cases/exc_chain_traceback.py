import io
import os
import sys
import traceback


class _Out:
    # tracebacks name this file by its base name, whatever the checkout path
    def write(self, s):
        sys.stdout.write(s.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ''))


OUT = _Out()


def inner():
    raise KeyError('k')


def wrap_from():
    try:
        inner()
    except KeyError as e:
        raise ValueError('wrapped') from e


def wrap_implicit():
    try:
        inner()
    except KeyError:
        raise RuntimeError('while handling')


def wrap_suppressed():
    try:
        inner()
    except KeyError:
        raise TypeError('no context') from None


for fn in (wrap_from, wrap_implicit, wrap_suppressed):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__,
              e.__traceback__ is not None)
        traceback.print_exc(file=OUT)
        print('---')
try:
    inner()
except KeyError as e:
    OUT.write(''.join(traceback.format_exception(type(e), e, e.__traceback__)) + '\n')
    print(traceback.format_exc().splitlines()[-1])
    print(traceback.format_exception_only(type(e), e))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        try:
            raise ValueError('nested') from z
        except ValueError as v:
            print(repr(v.__cause__), v.__cause__ is z)
except Exception:
    pass
wrap_from()
