"""Utilities for with-statement contexts (gowikibot)."""
import _gwb_sys

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress"]


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    pass


def _throw_unsupported(exc):
    return (_gwb_sys.type_name(exc) == 'NotImplementedError'
            and len(_gwb_sys.exc_args(exc)) == 0)


class _GeneratorContextManager:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield")

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            return exc is not value
        except BaseException as exc:
            if exc is value:
                return False
            if _throw_unsupported(exc):
                # The interpreter cannot resume a generator with an
                # exception: the exception propagates from the with block.
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    helper.__name__ = getattr(func, '__name__', 'helper')
    helper.__doc__ = getattr(func, '__doc__', None)
    helper.__wrapped__ = func
    return helper


class closing:
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream:
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(_gwb_sys.get_sys(self._stream))
        _gwb_sys.set_sys(self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        old = self._old_targets[-1]
        del self._old_targets[-1]
        _gwb_sys.set_sys(self._stream, old)


class redirect_stdout(_RedirectStream):
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    _stream = "stderr"


class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return _gwb_sys.issubclass(exctype, self._exceptions)


class ExitStack:
    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = ExitStack()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        if hasattr(exit, '__exit__'):
            self._exit_callbacks.append((True, exit.__exit__))
        else:
            self._exit_callbacks.append((True, exit))
        return exit

    def enter_context(self, cm):
        result = cm.__enter__()
        self._exit_callbacks.append((True, cm.__exit__))
        return result

    def callback(self, callback, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        received_exc = exc_type is not None
        suppressed = False
        pending = None
        details = (exc_type, exc_value, tb)
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks[-1]
            del self._exit_callbacks[-1]
            try:
                if cb(details[0], details[1], details[2]):
                    suppressed = True
                    pending = None
                    details = (None, None, None)
            except BaseException as e:
                pending = e
                details = (type(e), e, None)
        if pending is not None:
            raise pending
        return received_exc and suppressed
