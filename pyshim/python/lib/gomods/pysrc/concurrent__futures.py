"""Execute calls asynchronously in a pool of threads (gowikibot).

ProcessPoolExecutor runs its calls in threads too: gowikibot has no
separate interpreter processes.
"""

import threading
import queue as _queue
from time import monotonic as _time

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ThreadPoolExecutor', 'ProcessPoolExecutor', 'InvalidStateError']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'


class Error(Exception):
    pass


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """The executor cannot be used any more."""


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception:
                    return '<Future at %s state=finished raised %s>' % (hex(id(self)), type(self._exception).__name__)
                return '<Future at %s state=finished returned %s>' % (hex(id(self)), type(self._result).__name__)
            return '<Future at %s state=%s>' % (hex(id(self)), self._state.lower())

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import traceback
                traceback.print_exc()

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)

    def _get_result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            import traceback
            traceback.print_exc()

    def result(self, timeout=None):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == _FINISHED:
                return self._get_result()
            self._condition.wait(timeout)
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == _FINISHED:
                return self._get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_AND_NOTIFIED
                for w in self._waiters:
                    w.add_cancelled(self)
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._result = result
            self._state = _FINISHED
            for w in self._waiters:
                w.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._exception = exception
            self._state = _FINISHED
            for w in self._waiters:
                w.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


class _Waiter:
    def __init__(self, mode, count):
        self.event = threading.Event()
        self.finished_futures = []
        self.mode = mode
        self.count = count
        self.lock = threading.Lock()

    def _note(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            if self.mode == FIRST_COMPLETED or (self.mode == FIRST_EXCEPTION and failed):
                self.event.set()
            else:
                self.count -= 1
                if self.count <= 0:
                    self.event.set()

    def add_result(self, future):
        self._note(future, False)

    def add_exception(self, future):
        self._note(future, True)

    def add_cancelled(self, future):
        self._note(future, False)


def _done_set(fs):
    return [f for f in fs if f._state in (_CANCELLED_AND_NOTIFIED, _FINISHED)]


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they complete (finished or cancelled)."""
    if timeout is not None:
        end_time = timeout + _time()
    fs = list(dict.fromkeys(fs))
    total = len(fs)
    waiter = _Waiter(ALL_COMPLETED, total)
    for f in fs:
        f._condition.acquire()
    try:
        finished = _done_set(fs)
        pending = [f for f in fs if f not in finished]
        waiter.count = len(pending)
        for f in pending:
            f._waiters.append(waiter)
    finally:
        for f in fs:
            f._condition.release()
    try:
        for f in finished:
            yield f
        seen = set(id(f) for f in finished)
        while len(seen) < total:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - _time()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (total - len(seen), total))
            with waiter.lock:
                ready = waiter.finished_futures
                waiter.finished_futures = []
                if not ready:
                    waiter.event.clear()
            if not ready:
                waiter.event.wait(wait_timeout)
                continue
            for f in ready:
                if id(f) not in seen:
                    seen.add(id(f))
                    yield f
    finally:
        for f in fs:
            with f._condition:
                if waiter in f._waiters:
                    f._waiters.remove(waiter)


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of fs; return (done, not_done) sets."""
    fs = set(fs)
    end = None if timeout is None else _time() + timeout
    while True:
        done = set(f for f in fs if f.done())
        not_done = fs - done
        if not not_done:
            break
        if return_when == FIRST_COMPLETED and done:
            break
        if return_when == FIRST_EXCEPTION and any(not f.cancelled() and f.exception() is not None for f in done):
            break
        remaining = None if end is None else end - _time()
        if remaining is not None and remaining <= 0:
            break
        waiter = _Waiter(FIRST_COMPLETED, 1)
        for f in not_done:
            with f._condition:
                f._waiters.append(waiter)
        if not any(f.done() for f in not_done):
            waiter.event.wait(remaining)
        for f in not_done:
            with f._condition:
                if waiter in f._waiters:
                    f._waiters.remove(waiter)
    return DoneAndNotDoneFutures(done, not_done)


class Executor:
    """The base of ThreadPoolExecutor."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _time()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - _time())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


class BrokenThreadPool(BrokenExecutor):
    pass


class ThreadPoolExecutor(Executor):
    """An executor that runs calls in a pool of at most max_workers threads."""

    _counter = [0]

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 5 + 1
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        ThreadPoolExecutor._counter[0] += 1
        self._thread_name_prefix = thread_name_prefix or ('ThreadPoolExecutor-%d' % (ThreadPoolExecutor._counter[0] - 1))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle.acquire(timeout=0):
            return
        if len(self._threads) < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, len(self._threads))
            t = threading.Thread(name=name, target=self._worker, daemon=True)
            t.start()
            self._threads.add(t)

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
                return
        while True:
            item = self._work_queue.get()
            if item is None:
                self._work_queue.put(None)
                return
            item.run()
            del item
            self._idle.release()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()


ProcessPoolExecutor = ThreadPoolExecutor
