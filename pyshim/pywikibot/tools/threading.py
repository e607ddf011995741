"""Thread helpers that scripts import from pywikibot.tools.threading.

concurrent.futures is imported when BoundedPoolExecutor is used."""
import threading as _threading
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


class ThreadedGenerator(_threading.Thread):
    """A generator whose items are made in a thread of its own, up to
    qsize ahead of their use: target (or the generator attribute of a
    subclass) is a generator function called with args and kwargs, or an
    iterable. Iterating starts the thread; stop() ends it."""

    def __init__(self, group=None, target=None, name='GeneratorThread', args=(), kwargs=None, qsize=65536):
        import queue
        if kwargs is None:
            kwargs = {}
        if target:
            self.generator = target
        if not hasattr(self, 'generator'):
            raise RuntimeError('No generator for ThreadedGenerator to run.')
        self.args, self.kwargs = args, kwargs
        super().__init__(group=group, name=name)
        self.queue = queue.Queue(qsize)
        self.finished = _threading.Event()

    def __iter__(self):
        import queue
        if not self.is_alive() and not self.finished.is_set():
            self.start()
        while not self.finished.is_set():
            try:
                yield self.queue.get(True, 0.25)
            except queue.Empty:
                pass
            except KeyboardInterrupt:
                self.stop()

    def stop(self):
        """Stop the thread."""
        self.finished.set()

    def run(self):
        """Put the generator's items on the queue (waiting while it is
        full), then wait until they are taken."""
        import queue
        gen = self.generator
        iterable = hasattr(gen, '__iter__') or hasattr(gen, '__getitem__')
        items = gen if iterable and not self.args and not self.kwargs else gen(*self.args, **self.kwargs)
        for item in items:
            while True:
                if self.finished.is_set():
                    return
                try:
                    self.queue.put_nowait(item)
                except queue.Full:
                    time.sleep(0.25)
                    continue
                break
        while not self.finished.is_set() and not self.queue.empty():
            time.sleep(0.25)
        self.stop()


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
