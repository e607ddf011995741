"""multiprocessing, with threads in place of processes.

gowikibot runs one interpreter in one process, so a Process is a thread and
a Pool is a pool of threads (CPython's multiprocessing.dummy). The API is
CPython's: Process, Pool, Queue, Lock, Event, Value, Array, Manager,
cpu_count, current_process. What runs in a "process" shares the script's
memory, and CPU-bound work does not run in parallel (one interpreter lock);
work that waits on the network or the disk does overlap, as with threads.
"""
import os
import queue as _queue
import threading

from multiprocessing.pool import Pool, ThreadPool  # noqa: F401

__all__ = [
    'Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore', 'BufferTooShort', 'Condition',
    'Event', 'JoinableQueue', 'Lock', 'Manager', 'Pipe', 'Pool', 'Process', 'ProcessError', 'Queue',
    'RLock', 'Semaphore', 'SimpleQueue', 'TimeoutError', 'Value', 'active_children', 'cpu_count',
    'current_process', 'freeze_support', 'get_context', 'get_start_method', 'parent_process',
    'set_start_method',
]


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_children = set()
_counter = [0]


class Process:
    """A unit of work run by a thread (see the module's docstring)."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        _counter[0] += 1
        self._identity = (_counter[0],)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or 'Process-%d' % _counter[0]
        self.daemon = bool(daemon)
        self._thread = None
        self._exitcode = None

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        global _current
        _local.process = self
        try:
            self.run()
            self._exitcode = 0
        except SystemExit as e:
            code = e.code
            self._exitcode = code if isinstance(code, int) else (0 if code is None else 1)
        except BaseException:
            import traceback
            import sys
            print('Process %s:' % self._name, file=sys.stderr)
            traceback.print_exc()
            self._exitcode = 1
        finally:
            _children.discard(self)

    def start(self):
        if self._thread is not None:
            raise AssertionError('cannot start a process twice')
        self._thread = threading.Thread(target=self._bootstrap, name=self._name, daemon=self.daemon)
        _children.add(self)
        self._thread.start()

    def join(self, timeout=None):
        if self._thread is None:
            raise AssertionError('can only join a started process')
        self._thread.join(timeout)

    def is_alive(self):
        return self._thread is not None and self._thread.is_alive()

    def terminate(self):
        """Threads cannot be stopped from outside: this does nothing."""

    kill = terminate

    def close(self):
        pass

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    @property
    def exitcode(self):
        return self._exitcode

    @property
    def pid(self):
        return os.getpid() if self._thread is not None else None

    ident = pid

    @property
    def authkey(self):
        return b''

    @property
    def sentinel(self):
        raise ValueError('process not started' if self._thread is None else 'no sentinel for a thread')

    def __repr__(self):
        if self._thread is None:
            status = 'initial'
        elif self.is_alive():
            status = 'started'
        else:
            status = 'stopped exitcode=%s' % self._exitcode
        return '<%s name=%r %s%s>' % (type(self).__name__, self._name, status, ' daemon' if self.daemon else '')


class _MainProcess(Process):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self.daemon = False
        self._thread = threading.current_thread()
        self._exitcode = None
        self._target = None

    def is_alive(self):
        return True


_main = _MainProcess()
_local = threading.local()


def current_process():
    return getattr(_local, 'process', _main)


def parent_process():
    return None if current_process() is _main else _main


def active_children():
    return [p for p in list(_children) if p.is_alive()]


def cpu_count():
    n = os.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


def freeze_support():
    pass


_start_method = ['fork']


def get_start_method(allow_none=False):
    return _start_method[0]


def set_start_method(method, force=False):
    if method not in ('fork', 'spawn', 'forkserver'):
        raise ValueError('cannot find context for %r' % method)
    _start_method[0] = method


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


def get_context(method=None):
    import sys
    return sys.modules[__name__]


Lock = threading.Lock
RLock = threading.RLock
Semaphore = threading.Semaphore
BoundedSemaphore = threading.BoundedSemaphore
Event = threading.Event
Condition = threading.Condition
Barrier = threading.Barrier


class Queue(_queue.Queue):
    """A FIFO queue shared by the "processes"."""

    def __init__(self, maxsize=0, *, ctx=None):
        _queue.Queue.__init__(self, maxsize)

    def close(self):
        pass

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    pass


class SimpleQueue:
    def __init__(self, *, ctx=None):
        self._q = _queue.Queue()

    def put(self, obj):
        self._q.put(obj)

    def get(self):
        return self._q.get()

    def empty(self):
        return self._q.empty()

    def close(self):
        pass


class _Connection:
    def __init__(self, inbox, outbox):
        self._in, self._out = inbox, outbox
        self.closed = False

    def send(self, obj):
        self._out.put(obj)

    def recv(self):
        return self._in.get()

    def poll(self, timeout=0.0):
        if not self._in.empty():
            return True
        if timeout:
            import time
            time.sleep(timeout)
        return not self._in.empty()

    def close(self):
        self.closed = True


def Pipe(duplex=True):
    a, b = _queue.Queue(), _queue.Queue()
    return _Connection(a, b), _Connection(b, a)


class _Synchronized:
    """The lock of a shared Value or Array (a with-block holds it)."""

    def _init_lock(self, lock):
        self._lock = threading.RLock() if lock is True or lock is None else lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)


class _Value(_Synchronized):
    def __init__(self, typecode, value, lock):
        self._typecode_or_type = typecode
        self.value = value
        self._init_lock(lock)

    def __repr__(self):
        return '<Synchronized wrapper for c_%s(%r)>' % (self._typecode_or_type, self.value)


def Value(typecode_or_type, *args, lock=True):
    return _Value(typecode_or_type, args[0] if args else 0, lock)


class _Array(_Synchronized, list):
    def __init__(self, typecode, items, lock):
        list.__init__(self, items)
        self._init_lock(lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    if isinstance(size_or_initializer, int):
        items = [0] * size_or_initializer
    else:
        items = list(size_or_initializer)
    return _Array(typecode_or_type, items, lock)


class _Manager:
    """Manager(): shared objects are plain objects (memory is shared)."""

    def start(self):
        pass

    def shutdown(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.shutdown()

    def dict(self, *args, **kwargs):
        return dict(*args, **kwargs)

    def list(self, *args):
        return list(*args)

    def Queue(self, maxsize=0):
        return Queue(maxsize)

    JoinableQueue = Queue

    def Lock(self):
        return threading.Lock()

    def RLock(self):
        return threading.RLock()

    def Event(self):
        return threading.Event()

    def Semaphore(self, value=1):
        return threading.Semaphore(value)

    def Condition(self, lock=None):
        return threading.Condition(lock)

    def Value(self, typecode, value, lock=True):
        return Value(typecode, value, lock=lock)

    def Array(self, typecode, sequence, lock=True):
        return Array(typecode, sequence, lock=lock)

    def Namespace(self):
        import types
        return types.SimpleNamespace()

    def Pool(self, processes=None, initializer=None, initargs=()):
        return Pool(processes, initializer, initargs)


def Manager():
    return _Manager()
