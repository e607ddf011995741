"""asyncio (gowikibot): the event loop, futures, tasks, synchronization
primitives and queues of CPython 3.11's asyncio, for scripts.

Coroutines are the interpreter's own (pyshim/python/coro): each Task drives
its coroutine with send() and throw() as CPython's does, and the coroutine
runs on a goroutine of its own that takes turns with the loop, so the order
in which callbacks and tasks run is CPython's. The loop waits for timers and
for other threads (to_thread, run_in_executor, call_soon_threadsafe) on a
condition variable, releasing the interpreter lock meanwhile. Subprocesses
are subprocess.Popen's with their pipes read on worker threads; there are no
sockets or network streams; the running loop is one per process
(get_running_loop answers the same in every thread).
"""
import collections
import contextvars
import functools
import heapq
import inspect
import itertools
import logging
import sys
import threading
import time
import types

__all__ = [
    'AbstractEventLoop', 'BaseEventLoop', 'SelectorEventLoop', 'Handle', 'TimerHandle',
    'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_running_loop',
    'get_event_loop_policy', 'set_event_loop_policy', 'AbstractEventLoopPolicy',
    'DefaultEventLoopPolicy', 'Future', 'wrap_future', 'isfuture', 'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for',
    'as_completed', 'sleep', 'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks', 'to_thread', 'run', 'Runner', 'iscoroutine',
    'iscoroutinefunction', 'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier',
    'Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty', 'QueueFull', 'Timeout', 'timeout',
    'timeout_at', 'TaskGroup', 'CancelledError', 'InvalidStateError', 'TimeoutError',
    'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError',
    'BrokenBarrierError', 'create_subprocess_exec', 'create_subprocess_shell', 'StreamReader',
    'StreamWriter',
]

logger = logging.getLogger('asyncio')

# ----------------------------------------------------------------- exceptions


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available."""


class IncompleteReadError(EOFError):
    """Incomplete read error."""

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        EOFError.__init__(self, '%d bytes read on a total of %s expected bytes' % (len(partial), r_expected))
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    """Reached the buffer limit while looking for a separator."""

    def __init__(self, message, consumed):
        Exception.__init__(self, message)
        self.consumed = consumed


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""


for _c in (CancelledError, InvalidStateError, SendfileNotAvailableError, IncompleteReadError,
           LimitOverrunError, BrokenBarrierError):
    _c.__module__ = 'asyncio.exceptions'


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


QueueEmpty.__module__ = QueueFull.__module__ = 'asyncio.queues'

TimeoutError = TimeoutError  # the builtin, as in 3.11

# ----------------------------------------------------------------- coroutines


async def _probe():
    pass


_p = _probe()
_CoroutineType = type(_p)
_p.close()
del _p


class _IsCoroutine:
    pass


_is_coroutine = _IsCoroutine()


def iscoroutinefunction(func):
    """Return True if func is a coroutine function."""
    return inspect.iscoroutinefunction(func) or getattr(func, '_is_coroutine', None) is _is_coroutine


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return isinstance(obj, (_CoroutineType, types.GeneratorType))


# ----------------------------------------------------------------- handles


def _format_callback(cb, args=()):
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None) or repr(cb)
    if isinstance(cb, functools.partial):
        return _format_callback(cb.func, tuple(cb.args) + tuple(args))
    return '%s(%s)' % (name, ', '.join(repr(a) for a in args))


class Handle:
    """A callback registered with a loop."""

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._context = context
        self._cancelled = False

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return '<%s>' % ' '.join(info)

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return self._context

    def _run(self):
        try:
            if self._context is not None:
                self._context.run(self._callback, *self._args)
            else:
                self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback %s' % _format_callback(self._callback, self._args),
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled for a time."""

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        info.append('when=%s' % self._when)
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return '<%s>' % ' '.join(info)

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)


# ----------------------------------------------------------------- the loop

_running_loop = None
_event_loop = None
_event_loop_set = False


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """Return the running event loop; RuntimeError if there is none."""
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    """Return the running loop, else the current one (made if needed)."""
    global _event_loop, _event_loop_set
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        if _event_loop_set or threading.current_thread() is not threading.main_thread():
            raise RuntimeError("There is no current event loop in thread %r." % threading.current_thread().name)
        _event_loop = new_event_loop()
        _event_loop_set = True
    return _event_loop


def set_event_loop(loop):
    """Make loop the current event loop."""
    global _event_loop, _event_loop_set
    _event_loop_set = True
    _event_loop = loop


def new_event_loop():
    """Return a new event loop."""
    return _UnixSelectorEventLoop()


class AbstractEventLoop:
    """Abstract event loop."""


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The event loop policy: one loop for the main thread."""

    def get_event_loop(self):
        return get_event_loop()

    def set_event_loop(self, loop):
        set_event_loop(loop)

    def new_event_loop(self):
        return new_event_loop()


_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    return _policy


def set_event_loop_policy(policy):
    global _policy
    _policy = policy if policy is not None else DefaultEventLoopPolicy()


class BaseEventLoop(AbstractEventLoop):
    """The event loop: ready callbacks, timers, and wake-ups from threads."""

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._seq = itertools.count()
        self._stopping = False
        self._closed = False
        self._running = False
        self._cond = threading.Condition(threading.Lock())
        self._debug = False
        self._exception_handler = None
        self._default_executor = None
        self._task_factory = None
        self._clock_resolution = 1e-06
        self._asyncgens = set()
        self._executor_shutdown_called = False

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            type(self).__name__, self.is_running(), self.is_closed(), self.get_debug())

    def time(self):
        return time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, self, context)
        self._ready.append(h)
        return h

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        h = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, (when, next(self._seq), h))
        h._scheduled = True
        return h

    def _timer_handle_cancelled(self, handle):
        pass

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, self, context)
        with self._cond:
            self._ready.append(h)
            self._cond.notify()
        return h

    def _write_to_self(self):
        with self._cond:
            self._cond.notify()

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = Task(coro, loop=self, name=name)
        else:
            task = self._task_factory(self, coro)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        for task in [t for t in _unretrieved if t._loop is self]:
            _unretrieved.remove(task)
            if task._log_traceback:
                task._log_traceback = False
                self.call_exception_handler({
                    'message': 'Task exception was never retrieved',
                    'exception': task._exception,
                    'future': task,
                })
        self._closed = True
        self._ready.clear()
        self._scheduled = []
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)

    def run_until_complete(self, future):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        sched = self._scheduled
        while sched and sched[0][2]._cancelled:
            heapq.heappop(sched)[2]._scheduled = False
        if self._ready or self._stopping:
            timeout = 0
        elif sched:
            timeout = max(0, sched[0][0] - self.time())
        else:
            timeout = None
        if timeout != 0:
            with self._cond:
                if not self._ready:
                    self._cond.wait(timeout)
        end = self.time() + self._clock_resolution
        while sched:
            when, _, h = sched[0]
            if when >= end:
                break
            heapq.heappop(sched)
            h._scheduled = False
            self._ready.append(h)
        for _ in range(len(self._ready)):
            h = self._ready.popleft()
            if not h._cancelled:
                h._run()

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def add_signal_handler(self, sig, callback, *args):
        """Run callback(*args) in the loop when the process gets signal sig."""
        import signal
        self._check_closed()
        if not hasattr(self, '_signal_handlers'):
            self._signal_handlers = {}

        def _handler(signum, frame):
            self.call_soon_threadsafe(callback, *args)

        prev = signal.signal(sig, _handler)
        if sig not in self._signal_handlers:
            self._signal_handlers[sig] = prev

    def remove_signal_handler(self, sig):
        """Remove the handler of sig; False if there was none."""
        import signal
        handlers = getattr(self, '_signal_handlers', {})
        if sig not in handlers:
            return False
        prev = handlers.pop(sig)
        if sig == signal.SIGINT:
            prev = signal.default_int_handler
        signal.signal(sig, prev if prev is not None else signal.SIG_DFL)
        return True

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is None:
            return
        self._default_executor = None
        future = self.create_future()

        def _do_shutdown():
            try:
                executor.shutdown(wait=True)
                self.call_soon_threadsafe(_set_result_unless_cancelled, future, None)
            except Exception as ex:
                self.call_soon_threadsafe(future.set_exception, ex)

        t = threading.Thread(target=_do_shutdown)
        t.start()
        try:
            await future
        finally:
            t.join()

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError('A callable object or None is expected, got %r' % (handler,))
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append('%s: %r' % (key, context[key]))
        if exception is not None:
            logger.error('\n'.join(lines), exc_info=(type(exception), exception, exception.__traceback__))
        else:
            logger.error('\n'.join(lines))

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler', exc_info=True)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    logger.error('Exception in default exception handler while handling an unexpected error '
                                 'in custom exception handler', exc_info=True)


class _UnixSelectorEventLoop(BaseEventLoop):
    """The event loop (named as CPython's on Unix)."""


SelectorEventLoop = _UnixSelectorEventLoop
EventLoop = _UnixSelectorEventLoop


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


# ----------------------------------------------------------------- futures

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Check for a Future: an object with _asyncio_future_blocking."""
    return hasattr(type(obj), '_asyncio_future_blocking') and obj._asyncio_future_blocking is not None


class Future:
    """A result that becomes available later (asyncio.Future)."""

    _asyncio_future_blocking = False
    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._callbacks = []

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append('exception=%r' % (self._exception,))
            else:
                info.append('result=%s' % reprlib_repr(self._result))
        if self._callbacks:
            cbs = [_format_callback(cb) for cb, _ in self._callbacks]
            info.append('cb=[%s]' % ', '.join(c[:-2] + '()' for c in cbs))
        return info

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(self._repr_info()))

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            # with the frames it came through (the task's coroutines)
            __pyshim_reraise__(self._exception)  # noqa: F821
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def reprlib_repr(obj):
    r = repr(obj)
    if len(r) > 30:
        r = r[:13] + '...' + r[-14:]
    return r


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(exception)
        else:
            dest.set_result(source.result())


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future in an asyncio Future."""
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()

    def _call_check_cancel(destination):
        if destination.cancelled():
            future.cancel()

    def _call_set_state(source):
        if new_future.cancelled():
            return
        if loop.is_closed():
            return
        loop.call_soon_threadsafe(_copy_future_state, source, new_future)

    new_future.add_done_callback(_call_check_cancel)
    future.add_done_callback(_call_set_state)
    return new_future


# ----------------------------------------------------------------- tasks

_task_counter = itertools.count(1)
_all_tasks = set()
# Tasks that ended with an exception: the loop reports those whose
# exception nobody retrieved when it closes (CPython when it collects
# the task).
_unretrieved = []
_current_tasks = {}


class Task(Future):
    """A coroutine wrapped in a Future, run by the event loop."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        n = next(_task_counter)  # a named task takes a number too, as CPython 3.11's
        self._name = 'Task-%d' % n if name is None else str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        # each task runs in a copy of the context it was made in, so that
        # ContextVar.set in one task is not seen by the others
        self._context = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self._step, context=self._context)
        _all_tasks.add(self)

    def __repr__(self):
        info = [self._state.lower()]
        if self._state == _PENDING and self._num_cancels_requested > 0 and self._must_cancel:
            info[0] = 'cancelling'
        info.append('name=%r' % self._name)
        info.append('coro=<%s>' % _format_coroutine(self._coro))
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append('exception=%r' % (self._exception,))
            else:
                info.append('result=%s' % reprlib_repr(self._result))
        if self._fut_waiter is not None:
            info.append('wait_for=%r' % (self._fut_waiter,))
        return '<%s %s>' % (type(self).__name__, ' '.join(info))

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        return []

    def print_stack(self, *, limit=None, file=None):
        print('No stack for %r' % (self,), file=file if file is not None else sys.stderr)

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError('_step(): already done: %r, %r' % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        coro = self._coro
        _current_tasks[self._loop] = self
        try:
            try:
                if exc is None:
                    result = coro.send(None)
                else:
                    result = coro.throw(exc)
            except StopIteration as e:
                if self._must_cancel:
                    self._must_cancel = False
                    Future.cancel(self, msg=self._cancel_message)
                else:
                    Future.set_result(self, e.value)
            except CancelledError as e:
                self._cancelled_exc = e
                Future.cancel(self)
            except (KeyboardInterrupt, SystemExit) as e:
                Future.set_exception(self, e)
                raise
            except BaseException as e:
                __pyshim_tb_pop__(e)  # noqa: F821 (this frame: not in CPython's tracebacks)
                Future.set_exception(self, e)
                _unretrieved.append(self)
            else:
                self._suspended(result)
        finally:
            if _current_tasks.get(self._loop) is self:
                del _current_tasks[self._loop]
            if self.done():
                _all_tasks.discard(self)

    def _suspended(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result.get_loop() is not self._loop:
                new_exc = RuntimeError('Task %r got Future %r attached to a different loop' % (self, result))
                self._loop.call_soon(self._step, new_exc, context=self._context)
            elif blocking:
                if result is self:
                    new_exc = RuntimeError('Task cannot await on itself: %r' % (self,))
                    self._loop.call_soon(self._step, new_exc, context=self._context)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup, context=self._context)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                new_exc = RuntimeError('yield was used instead of yield from in task %r with %r' % (self, result))
                self._loop.call_soon(self._step, new_exc, context=self._context)
        elif result is None:
            self._loop.call_soon(self._step, context=self._context)
        elif inspect.isgenerator(result):
            new_exc = RuntimeError('yield was used instead of yield from for generator in task %r with %r' % (self, result))
            self._loop.call_soon(self._step, new_exc, context=self._context)
        else:
            new_exc = RuntimeError('Task got bad yield: %r' % (result,))
            self._loop.call_soon(self._step, new_exc, context=self._context)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()

    _wakeup.__qualname__ = 'Task.task_wakeup'  # CPython's name in reprs


def _format_coroutine(coro):
    """A coroutine as a Task's repr shows it: name() running at file:line."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    code = getattr(coro, 'cr_code', None)
    if code is None:
        return '%s()' % name
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        return '%s() done, defined at %s:%s' % (name, code.co_filename, code.co_firstlineno)
    if getattr(coro, '_gwb_state', None) == 'CORO_CREATED':
        return '%s() running at %s:%s' % (name, code.co_filename, code.co_firstlineno)
    return '%s() running at %s:%s' % (name, code.co_filename, frame.f_lineno)


def create_task(coro, *, name=None, context=None):
    """Schedule the execution of a coroutine; return its Task."""
    loop = get_running_loop()
    return loop.create_task(coro, name=name, context=context)


def current_task(loop=None):
    """Return the Task running in loop (the running loop by default)."""
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """Return the set of not yet finished Tasks of loop."""
    if loop is None:
        loop = get_running_loop()
    return {t for t in list(_all_tasks) if t.get_loop() is loop and not t.done()}


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or an awaitable in a Future (a Future is returned as it is)."""
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    called_wrap_awaitable = False
    if not iscoroutine(coro_or_future):
        if inspect.isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            called_wrap_awaitable = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not called_wrap_awaitable:
            coro_or_future.close()
        raise


class _Sleep0:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures or Tasks in fs; return (done, pending)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect a list of futures, not %s' % type(fs).__name__)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Wait for fut to complete, with a timeout (TimeoutError, and fut is cancelled)."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def as_completed(fs, *, timeout=None):
    """Return an iterator of awaitables giving the results of fs as they complete."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect an iterable of futures, not %s' % type(fs).__name__)
    done = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    state = {'handle': None}

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and state['handle'] is not None:
            state['handle'].cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        state['handle'] = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run awaitables concurrently; the result is the list of their results, in order."""
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    state = {'finished': 0, 'outer': None}
    children = []
    arg_to_fut = {}
    loop = None

    def _done_callback(fut):
        state['finished'] += 1
        outer = state['outer']
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] == len(arg_to_fut):
            results = []
            for f in children:
                if f.cancelled():
                    res = CancelledError('' if f._cancel_message is None else f._cancel_message)
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        key = id(arg)
        if key not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            arg_to_fut[key] = (arg, fut)
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[key][1]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state['outer'] = outer
    return outer


def shield(arg):
    """Wait for a future, shielding it from cancellation."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine to loop from another thread; return a concurrent.futures.Future."""
    import concurrent.futures
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def callback():
        try:
            task = ensure_future(coro, loop=loop)

            def _done(t):
                if t.cancelled():
                    future.cancel()
                elif t.exception() is not None:
                    future.set_exception(t.exception())
                else:
                    future.set_result(t.result())
            task.add_done_callback(_done)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


async def to_thread(func, *args, **kwargs):
    """Run func(*args, **kwargs) in a separate thread and await its result."""
    loop = get_running_loop()
    return await loop.run_in_executor(None, functools.partial(func, *args, **kwargs))


# ----------------------------------------------------------------- timeouts


class Timeout:
    """An asynchronous context manager that cancels its task at a deadline (asyncio.timeout)."""

    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'entered':
            raise RuntimeError('Timeout has not been entered' if self._state == 'created'
                               else 'Cannot change state of %s Timeout' % self._state)
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        info = ['']
        if self._state == 'entered':
            info.append('when=%s' % (self._when,))
        return '<Timeout [%s]%s>' % (self._state, ' '.join(info))

    async def __aenter__(self):
        self._state = 'entered'
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() == 0 and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'entered':
            self._state = 'exited'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):
    """Timeout after delay seconds (None: never): async with asyncio.timeout(10): ..."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Timeout at the loop time when."""
    return Timeout(when)


# ----------------------------------------------------------------- locks


class _LoopBound:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError('%r is bound to a different event loop' % (self,))
        return loop


# Waiter deques are scanned by index and the woken waiter, usually the
# first, is taken off with popleft: iterating a deque copies it, and with
# thousands of waiting tasks the copies made every wake-up quadratic.


def _remove_waiter(waiters, fut):
    if waiters and waiters[0] is fut:
        waiters.popleft()
    else:
        waiters.remove(fut)


def _any_live(waiters):
    if waiters:
        for i in range(len(waiters)):
            if not waiters[i].cancelled():
                return True
    return False


def _lock_repr(obj, extra):
    cls = type(obj)
    return '<%s.%s object at %#x [%s]>' % (cls.__module__, cls.__qualname__, id(obj), extra)


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBound):
    """A mutual exclusion lock for coroutines."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return _lock_repr(self, extra)

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not _any_live(self._waiters):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                _remove_waiter(self._waiters, fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBound):
    """An event coroutines can wait for."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return _lock_repr(self, extra)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            _remove_waiter(self._waiters, fut)


class Condition(_ContextManagerMixin, _LoopBound):
    """A condition variable for coroutines."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return _lock_repr(self, extra)

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                _remove_waiter(self._waiters, fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBound):
    """A semaphore for coroutines."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked, value:%d' % self._value
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return _lock_repr(self, extra)

    def locked(self):
        return self._value == 0 or _any_live(self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                _remove_waiter(self._waiters, fut)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        waiters = self._waiters
        for i in range(len(waiters)):
            fut = waiters[i]
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released more often than acquired."""

    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)


class Barrier(_LoopBound):
    """A barrier: parties tasks wait until all of them have arrived (3.11)."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += ', waiters:%d/%d' % (self.n_waiting, self.parties)
        return _lock_repr(self, extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the barrier; return this task's arrival index (0 to parties-1)."""
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = 'draining'
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != 'filling')
                    if self._state in ('broken', 'resetting'):
                        raise BrokenBarrierError('Abort or reset of barrier')
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in ('resetting', 'draining'):
                    self._state = 'filling'
                    self._cond.notify_all()

    async def _block(self):
        await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))
        if self._state == 'broken':
            raise BrokenBarrierError('Barrier aborted')

    async def reset(self):
        """Return the barrier to its empty state; waiting tasks get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                if self._state != 'resetting':
                    self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()

    async def abort(self):
        """Put the barrier into the broken state."""
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 'filling' else 0

    @property
    def broken(self):
        return self._state == 'broken'


for _c in (Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier):
    _c.__module__ = 'asyncio.locks'

# ----------------------------------------------------------------- queues


class Queue(_LoopBound):
    """A FIFO queue for coroutines."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return '<%s at %#x maxsize=%r>' % (type(self).__name__, id(self), self._maxsize)

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A queue that returns the lowest entry first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A queue that returns the most recent entry first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


# ----------------------------------------------------------------- task groups

try:
    _BaseExceptionGroup = BaseExceptionGroup  # noqa: F821
except NameError:
    class _BaseExceptionGroup(BaseException):
        """The exception of several (BaseExceptionGroup, for TaskGroup)."""

        def __init__(self, message, exceptions):
            BaseException.__init__(self, message, exceptions)
            self.message = message
            self.exceptions = tuple(exceptions)

        def __str__(self):
            n = len(self.exceptions)
            return '%s (%d sub-exception%s)' % (self.message, n, '' if n == 1 else 's')

    _BaseExceptionGroup.__name__ = _BaseExceptionGroup.__qualname__ = 'BaseExceptionGroup'

    class _ExceptionGroup(_BaseExceptionGroup, Exception):
        """The exception of several Exceptions (ExceptionGroup, for TaskGroup)."""

    _ExceptionGroup.__name__ = _ExceptionGroup.__qualname__ = 'ExceptionGroup'
    _BaseExceptionGroup.__module__ = _ExceptionGroup.__module__ = 'builtins'
else:
    _ExceptionGroup = ExceptionGroup  # noqa: F821


class TaskGroup:
    """An asynchronous context manager holding tasks: its exit waits for all of them."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        return '<TaskGroup tasks=%d>' % len(self._tasks)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup %r has been already entered' % (self,))
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError('TaskGroup %r cannot determine the parent task' % (self,))
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and isinstance(exc, (SystemExit, KeyboardInterrupt)) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            if all(isinstance(e, Exception) for e in errors):
                raise _ExceptionGroup('unhandled errors in a TaskGroup', errors)
            raise _BaseExceptionGroup('unhandled errors in a TaskGroup', errors)

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError('TaskGroup %r has not been entered' % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError('TaskGroup %r is finished' % (self,))
        if self._aborting:
            raise RuntimeError('TaskGroup %r is shutting down' % (self,))
        task = self._loop.create_task(coro, name=name, context=context)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks.add(task)
            task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if isinstance(exc, (SystemExit, KeyboardInterrupt)) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# ----------------------------------------------------------------- run


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


class Runner:
    """A context manager running coroutines in one event loop (asyncio.Runner)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError('a coroutine was expected, got %r' % (coro,))
        if _get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        try:
            return self._loop.run_until_complete(task)
        except KeyboardInterrupt:
            # Ctrl-C: as CPython's Runner, the main task is cancelled (its
            # finally clauses run) and KeyboardInterrupt is raised after.
            if task.done():
                raise
            task.cancel()
            try:
                self._loop.run_until_complete(task)
            except (CancelledError, KeyboardInterrupt):
                pass
            raise KeyboardInterrupt()

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'initialized'


def run(main, *, debug=None):
    """Run the coroutine main in a new event loop and return its result (asyncio.run)."""
    if _get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


# ----------------------------------------------------------------- subprocesses
# Processes are subprocess.Popen's; their pipes are read and written on
# worker threads (to_thread), so the loop runs meanwhile.


class StreamReader:
    """The reading end of a subprocess pipe (asyncio.StreamReader's reading methods)."""

    def __init__(self, f):
        self._f = f
        self._eof = False

    async def read(self, n=-1):
        data = await to_thread(self._f.read) if n is None or n < 0 else await to_thread(self._f.read, n)
        if not data:
            self._eof = True
        return data

    async def readline(self):
        line = await to_thread(self._f.readline)
        if not line:
            self._eof = True
        return line

    async def readexactly(self, n):
        data = await self.read(n)
        if len(data) < n:
            raise IncompleteReadError(data, n)
        return data

    def at_eof(self):
        return self._eof

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line


class StreamWriter:
    """The writing end of a subprocess pipe (asyncio.StreamWriter's writing methods)."""

    def __init__(self, f):
        self._f = f

    def write(self, data):
        self._f.write(data)

    def writelines(self, data):
        for d in data:
            self._f.write(d)

    async def drain(self):
        await to_thread(self._f.flush)

    def can_write_eof(self):
        return True

    def write_eof(self):
        self._f.close()

    def close(self):
        self._f.close()

    def is_closing(self):
        return self._f.closed

    async def wait_closed(self):
        pass


class Process:
    """A subprocess started by create_subprocess_exec or create_subprocess_shell."""

    def __init__(self, popen):
        self._popen = popen
        self.pid = popen.pid
        self.stdin = StreamWriter(popen.stdin) if popen.stdin is not None else None
        self.stdout = StreamReader(popen.stdout) if popen.stdout is not None else None
        self.stderr = StreamReader(popen.stderr) if popen.stderr is not None else None

    def __repr__(self):
        return '<Process %s>' % self.pid

    @property
    def returncode(self):
        return self._popen.returncode

    async def wait(self):
        return await to_thread(self._popen.wait)

    async def communicate(self, input=None):
        if self.stdin is not None and input is None:
            self._popen.stdin.close()
            self.stdin = None
            self._popen.stdin = None
        return await to_thread(self._popen.communicate, input)

    def send_signal(self, signal):
        self._popen.send_signal(signal)

    def terminate(self):
        self._popen.terminate()

    def kill(self):
        self._popen.kill()


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None, limit=None, **kwds):
    """Start program with args; return its Process."""
    import subprocess
    return Process(subprocess.Popen([program] + list(args), stdin=stdin, stdout=stdout, stderr=stderr, **kwds))


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=None, **kwds):
    """Start the shell command cmd; return its Process."""
    import subprocess
    return Process(subprocess.Popen(cmd, shell=True, stdin=stdin, stdout=stdout, stderr=stderr, **kwds))


# ----------------------------------------------------------------- submodules
# CPython's asyncio is a package whose submodules hold these names; the
# common ones are views of this module, as attributes and in sys.modules.

def _submodules():
    spec = {
        'exceptions': ['CancelledError', 'InvalidStateError', 'TimeoutError', 'IncompleteReadError',
                       'LimitOverrunError', 'SendfileNotAvailableError', 'BrokenBarrierError'],
        'events': ['AbstractEventLoop', 'AbstractEventLoopPolicy', 'Handle', 'TimerHandle', 'get_event_loop',
                   'set_event_loop', 'new_event_loop', 'get_running_loop', '_get_running_loop',
                   '_set_running_loop', 'get_event_loop_policy', 'set_event_loop_policy'],
        'base_events': ['BaseEventLoop'],
        'futures': ['Future', 'wrap_future', 'isfuture'],
        'tasks': ['Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for',
                  'as_completed', 'sleep', 'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
                  'current_task', 'all_tasks'],
        'coroutines': ['iscoroutine', 'iscoroutinefunction'],
        'locks': ['Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier'],
        'queues': ['Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty'],
        'runners': ['Runner', 'run'],
        'threads': ['to_thread'],
        'timeouts': ['Timeout', 'timeout', 'timeout_at'],
        'taskgroups': ['TaskGroup'],
        'subprocess': ['Process', 'create_subprocess_exec', 'create_subprocess_shell'],
        'streams': ['StreamReader', 'StreamWriter'],
    }
    g = globals()
    for name, names in spec.items():
        m = types.ModuleType('asyncio.' + name)
        for n in names:
            setattr(m, n, g[n])
        m.__all__ = [n for n in names if not n.startswith('_')]
        sys.modules['asyncio.' + name] = m
        g[name] = m
    import subprocess
    for n in ('PIPE', 'STDOUT', 'DEVNULL'):
        setattr(g['subprocess'], n, getattr(subprocess, n))


_submodules()
del _submodules
