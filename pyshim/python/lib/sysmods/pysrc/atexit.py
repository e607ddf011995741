"""Functions run when the interpreter exits (gowikibot).

The runtime calls _run_exitfuncs after the main script ends, normally or
by an exception or sys.exit, when this module was imported.
"""
import sys

_callbacks = []


def register(func, *args, **kwargs):
    """Run func(*args, **kwargs) at exit; returns func (usable as a decorator)."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Remove every registration of func."""
    _callbacks[:] = [c for c in _callbacks if not _same(c[0], func)]


def _same(a, b):
    # (gpython's == raises TypeError for two plain functions: compare
    # them by identity, other callables such as bound methods by ==)
    if a is b:
        return True
    try:
        return bool(a == b)
    except TypeError:
        return False


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Run the callbacks, last registered first; errors are reported, not raised."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            name = getattr(func, '__qualname__', None) or getattr(func, '__name__', repr(func))
            print('Exception ignored in atexit callback: %r' % (func,), file=sys.stderr)
            # imported here only: every script with an exit function
            # (import pywikibot registers one) imported it at exit, and
            # with it the exception-group classes it names
            import traceback
            traceback.print_exc()
