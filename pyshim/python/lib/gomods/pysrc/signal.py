"""Set handlers for asynchronous events (gowikibot: os/signal underneath).

Python handlers run in the thread holding the interpreter lock at the next
Python call boundary after the signal arrives, as CPython runs them between
bytecodes.
"""

from enum import IntEnum
import _gwb_signal


class Signals(IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPWR = 30
    SIGSYS = 31


class Handlers(IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
NSIG = 65
SIGRTMIN = 34
SIGRTMAX = 64
SIGABRT = Signals.SIGABRT
SIGALRM = Signals.SIGALRM
SIGBUS = Signals.SIGBUS
SIGCHLD = Signals.SIGCHLD
SIGCONT = Signals.SIGCONT
SIGFPE = Signals.SIGFPE
SIGHUP = Signals.SIGHUP
SIGILL = Signals.SIGILL
SIGINT = Signals.SIGINT
SIGIO = Signals.SIGIO
SIGKILL = Signals.SIGKILL
SIGPIPE = Signals.SIGPIPE
SIGPROF = Signals.SIGPROF
SIGPWR = Signals.SIGPWR
SIGQUIT = Signals.SIGQUIT
SIGSEGV = Signals.SIGSEGV
SIGSTOP = Signals.SIGSTOP
SIGSYS = Signals.SIGSYS
SIGTERM = Signals.SIGTERM
SIGTRAP = Signals.SIGTRAP
SIGTSTP = Signals.SIGTSTP
SIGTTIN = Signals.SIGTTIN
SIGTTOU = Signals.SIGTTOU
SIGURG = Signals.SIGURG
SIGUSR1 = Signals.SIGUSR1
SIGUSR2 = Signals.SIGUSR2
SIGVTALRM = Signals.SIGVTALRM
SIGWINCH = Signals.SIGWINCH
SIGXCPU = Signals.SIGXCPU
SIGXFSZ = Signals.SIGXFSZ


def default_int_handler(signalnum, frame):
    """The default handler for SIGINT: raise KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers = {}


def _dispatch(signum):
    handler = _handlers.get(signum)
    if callable(handler):
        handler(signum, None)


def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    if signalnum < 1 or signalnum >= NSIG:
        raise ValueError('signal number out of range')
    return int(signalnum)


def getsignal(signalnum):
    """Return the current handler of signalnum."""
    signalnum = _check(signalnum)
    if signalnum in _handlers:
        return _handlers[signalnum]
    if signalnum == 2:
        return default_int_handler
    return SIG_DFL


def signal(signalnum, handler):
    """Set the handler of signalnum; return the previous one."""
    signalnum = _check(signalnum)
    if handler is default_int_handler:
        mode = -1
    elif callable(handler):
        mode = 2
    elif isinstance(handler, int) and handler in (0, 1):
        mode = int(handler)
        handler = Handlers(mode)
    else:
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    if signalnum in (9, 19):
        raise OSError(22, 'Invalid argument')
    old = getsignal(signalnum)
    _handlers[signalnum] = handler
    _gwb_signal.set(signalnum, mode, _dispatch)
    return old


def raise_signal(signalnum):
    """Send signalnum to this process."""
    _gwb_signal.raise_signal(_check(signalnum))


def alarm(seconds):
    """Arrange for SIGALRM in seconds (0 cancels); return the seconds left of the previous alarm."""
    return _gwb_signal.alarm(seconds)


def pause():
    """Wait until a signal handled by a Python handler arrives."""
    _gwb_signal.pause()


def strsignal(signalnum):
    """The system's description of signalnum."""
    return _gwb_signal.strsignal(_check(signalnum))


def valid_signals():
    """The set of valid signal numbers."""
    return set(range(1, 32)) | set(range(SIGRTMIN, SIGRTMAX + 1))
