"""multiprocessing.dummy: multiprocessing's API over threads (what
gowikibot's multiprocessing is anyway)."""
from multiprocessing import (Array, Barrier, BoundedSemaphore, Condition, Event, JoinableQueue,  # noqa: F401
                             Lock, Manager, Pipe, Process, Queue, RLock, Semaphore, Value,
                             active_children, current_process, freeze_support)
from multiprocessing.pool import ThreadPool as Pool  # noqa: F401

DummyProcess = Process
