"""Low-level threading primitives (gowikibot): a view of the threading
module's Go-backed primitives under _thread's names."""
import threading as _threading

error = RuntimeError
TIMEOUT_MAX = _threading.TIMEOUT_MAX
allocate_lock = _threading._allocate_lock
allocate = allocate_lock
LockType = type(allocate_lock())
RLock = _threading.RLock
get_ident = _threading.get_ident
get_native_id = _threading.get_native_id
stack_size = _threading.stack_size
_local = _threading.local
_excepthook = _threading.excepthook
_ExceptHookArgs = _threading.ExceptHookArgs


def start_new_thread(function, args, kwargs=None):
    """Run function(*args, **kwargs) in a new thread; returns its identifier."""
    t = _threading.Thread(target=function, args=args, kwargs=kwargs or {}, daemon=True)
    t.start()
    return t.ident


start_new = start_new_thread


def exit():
    raise SystemExit


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def _count():
    return _threading.active_count() - 1
