"""Thread helpers that scripts import from pywikibot.tools.threading.

The standard modules threading and concurrent.futures are imported when
a helper is used, not when this module is imported."""
import time

import pywikibot

__all__ = ('BoundedPoolExecutor', 'RLock', 'ThreadedGenerator', 'ThreadList')


def RLock(*args, **kwargs):
    """threading.RLock()."""
    import threading
    return threading.RLock(*args, **kwargs)


class ThreadList(list):
    """A list of threads that starts each thread appended to it, waiting
    (wait_time seconds at a time) while limit threads are alive."""

    def __init__(self, limit=128, wait_time=2, *args):
        import threading
        self.limit = limit
        self.wait_time = wait_time
        super().__init__(*args)
        for item in self:
            if not isinstance(item, threading.Thread):
                raise TypeError("Cannot add '{}' to ThreadList".format(type(item)))

    def active_count(self):
        """The number of alive threads (the others are removed)."""
        count = 0
        for item in self[:]:
            if item.is_alive():
                count += 1
            else:
                self.remove(item)
        return count

    def append(self, thd):
        """Add thd and start it (after waiting for a free place)."""
        import threading
        if not isinstance(thd, threading.Thread):
            raise TypeError("Cannot append '{}' to ThreadList".format(type(thd)))
        while self.active_count() >= self.limit:
            time.sleep(self.wait_time)
        super().append(thd)
        thd.start()
        pywikibot.debug("thread {} ('{}') started".format(len(self), type(thd)))


def ThreadedGenerator(*args, **kwargs):
    """A generator run in a thread of its own: gowikibot runs it in the
    calling thread (the items and their order are the same)."""
    target = kwargs.pop('generator', None) or (args[1] if len(args) > 1 else None)
    gen_args = kwargs.pop('args', ())
    gen_kwargs = kwargs.pop('kwargs', {})
    return iter(target(*gen_args, **gen_kwargs))


class BoundedPoolExecutor:
    """A concurrent.futures executor (class or its name) whose submit()
    blocks while max_bound items are queued."""

    def __new__(cls, executor, max_bound=None, *args, **kwargs):
        import concurrent.futures as futures
        base = getattr(futures, executor) if isinstance(executor, str) else executor
        if base is futures.Executor or not issubclass(base, futures.Executor):
            raise TypeError("expected a real subclass of 'concurrent.futures.Executor' or the "
                            "class name for executor parameter, not {!r}".format(base.__name__))
        if max_bound is not None and max_bound < 1:
            raise ValueError('max_bound must be at least 1')
        import threading
        pool = base(*args, **kwargs)
        bound = max_bound or getattr(pool, '_max_workers', 1)
        semaphore = threading.BoundedSemaphore(bound)
        submit = pool.submit

        def bounded_submit(fn, *a, **kw):
            semaphore.acquire()
            future = submit(fn, *a, **kw)
            future.add_done_callback(lambda _: semaphore.release())
            return future

        pool.submit = bounded_submit
        return pool
