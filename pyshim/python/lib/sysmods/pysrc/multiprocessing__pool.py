"""multiprocessing.pool: Pool and ThreadPool, both pools of threads in
gowikibot (see multiprocessing)."""
import queue as _queue
import threading

__all__ = ['Pool', 'ThreadPool', 'AsyncResult', 'ApplyResult', 'MapResult']

RUN, CLOSE, TERMINATE = 0, 1, 2


class ApplyResult:
    """The result of apply_async/map_async."""

    def __init__(self, callback=None, error_callback=None):
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None

    def _set(self, success, value):
        self._success, self._value = success, value
        if success and self._callback is not None:
            self._callback(value)
        if not success and self._error_callback is not None:
            self._error_callback(value)
        self._event.set()

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError('{0!r} not ready'.format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            from multiprocessing import TimeoutError
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value


AsyncResult = ApplyResult
MapResult = ApplyResult


class Pool:
    """A pool of worker threads (processes in CPython)."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        import os
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        self._processes = processes
        self._tasks = _queue.Queue()
        self._state = RUN
        self._workers = []
        for i in range(processes):
            t = threading.Thread(target=self._worker, args=(initializer, initargs),
                                 name='PoolWorker-%d' % (i + 1), daemon=True)
            t.start()
            self._workers.append(t)

    def _worker(self, initializer, initargs):
        if initializer is not None:
            initializer(*initargs)
        while True:
            task = self._tasks.get()
            if task is None:
                break
            func, args, kwds, result = task
            try:
                value = func(*args, **kwds)
            except BaseException as e:
                result._set(False, e)
            else:
                result._set(True, value)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(callback, error_callback)
        self._tasks.put((func, tuple(args), dict(kwds), result))
        return result

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def _submit_all(self, func, iterable, star):
        self._check_running()
        results = []
        for item in iterable:
            r = ApplyResult()
            self._tasks.put((func, tuple(item) if star else (item,), {}, r))
            results.append(r)
        return results

    def map(self, func, iterable, chunksize=None):
        return [r.get() for r in self._submit_all(func, iterable, False)]

    def starmap(self, func, iterable, chunksize=None):
        return [r.get() for r in self._submit_all(func, iterable, True)]

    def imap(self, func, iterable, chunksize=1):
        for r in self._submit_all(func, iterable, False):
            yield r.get()

    def imap_unordered(self, func, iterable, chunksize=1):
        results = self._submit_all(func, iterable, False)
        pending = list(results)
        while pending:
            for r in pending:
                if r.ready():
                    pending.remove(r)
                    yield r.get()
                    break
            else:
                pending[0].wait(0.01)

    def _async_all(self, func, iterable, star, callback, error_callback):
        results = self._submit_all(func, iterable, star)
        out = ApplyResult(callback, error_callback)

        def collect():
            try:
                values = [r.get() for r in results]
            except BaseException as e:
                out._set(False, e)
            else:
                out._set(True, values)
        threading.Thread(target=collect, daemon=True).start()
        return out

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._async_all(func, iterable, False, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._async_all(func, iterable, True, callback, error_callback)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._workers:
                self._tasks.put(None)

    def terminate(self):
        self.close()
        self._state = TERMINATE

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        for t in self._workers:
            t.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *args):
        self.terminate()

    def __repr__(self):
        state = {RUN: 'RUN', CLOSE: 'CLOSE', TERMINATE: 'TERMINATE'}[self._state]
        return '<%s.%s state=%s pool_size=%d>' % (type(self).__module__, type(self).__qualname__,
                                                   state, self._processes)


class ThreadPool(Pool):
    """A pool of threads (the same as Pool in gowikibot)."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)
