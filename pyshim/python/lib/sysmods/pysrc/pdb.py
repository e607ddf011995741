"""pdb, as far as gowikibot's interpreter allows: set_trace(),
breakpoint(), post_mortem() and pm() open a command prompt in the caller's
namespace, where expressions and statements run and p/pp print values;
c(ontinue) goes on and q(uit) stops the program with bdb.BdbQuit.
gowikibot's interpreter has no tracing hook (sys.settrace), so there is no
stepping (n, s) and no breakpoints: those commands say so."""

import pprint
import sys
import traceback
from bdb import Bdb, BdbQuit

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace",
           "post_mortem", "help"]


class Restart(Exception):
    """Causes a debugger to be restarted for the debugged program."""


_NO_TRACE = ("n", "next", "s", "step", "r", "return", "unt", "until", "j", "jump",
             "b", "break", "tbreak", "cl", "clear", "disable", "enable", "ignore",
             "condition", "commands", "u", "up", "d", "down", "w", "where", "bt")


class Pdb(Bdb):
    """The debugger's command prompt (see the module's docstring for what
    gowikibot's version can do)."""

    prompt = "(Pdb) "

    def __init__(self, completekey="tab", stdin=None, stdout=None, skip=None,
                 nosigint=False, readrc=True):
        Bdb.__init__(self, skip=skip)
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout

    def _namespace(self, frame):
        if frame is not None:
            return frame.f_globals, frame.f_locals
        import __main__
        return __main__.__dict__, __main__.__dict__

    def _readline(self):
        if self.stdin is sys.stdin:
            return input(self.prompt)
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            raise EOFError
        return line.rstrip("\n")

    def interaction(self, frame, traceback):
        """Read and run commands in frame's namespace (the main module's
        when frame is None) until continue or quit."""
        if frame is None:
            import __main__
            globals = locals = __main__.__dict__
        else:
            globals, locals = frame.f_globals, frame.f_locals
        self._commands(globals, locals)

    def _commands(self, globals, locals):
        while True:
            try:
                line = self._readline().strip()
            except EOFError:
                self.stdout.write("\n")
                return
            cmd, _, arg = line.partition(" ")
            if not line:
                continue
            if cmd in ("c", "cont", "continue"):
                return
            if cmd in ("q", "quit", "exit"):
                self.set_quit()
            if cmd in ("h", "help"):
                self.stdout.write(__doc__ + "\n")
                continue
            if cmd in _NO_TRACE:
                self.stdout.write("*** %s: not available (gowikibot has no tracing hook)\n" % cmd)
                continue
            if cmd in ("p", "pp") and arg:
                try:
                    value = eval(arg, globals, locals)
                except Exception:
                    self._error()
                    continue
                if cmd == "p":
                    self.stdout.write(repr(value) + "\n")
                else:
                    self.stdout.write(pprint.pformat(value) + "\n")
                continue
            if line.startswith("!"):
                line = line[1:]
            try:
                code = compile(line + "\n", "<stdin>", "single")
                exec(code, globals, locals)
            except Exception:
                self._error()

    def _error(self):
        exc_type, exc, _ = sys.exc_info()
        self.stdout.write("*** " + "".join(traceback.format_exception_only(exc_type, exc)).strip() + "\n")

    def set_trace(self, frame=None):
        if frame is None:
            frame = _caller(2)
        globals, locals = self._namespace(frame)
        self._commands(globals, locals)


def run(statement, globals=None, locals=None):
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    return Pdb().runcall(*args, **kwds)


def set_trace(*, header=None):
    """Open the debugger's prompt here (see the module's docstring)."""
    pdb = Pdb()
    if header is not None:
        pdb.stdout.write(str(header) + "\n")
    pdb.set_trace(_caller(2))


def _caller(depth):
    """The frame depth levels up, or None where sys._getframe is not
    available (then the main module's namespace is used)."""
    try:
        return sys._getframe(depth)
    except (AttributeError, NotImplementedError, ValueError):
        return None


def post_mortem(t=None):
    """Show the traceback t (default: the exception being handled) and open
    the prompt in the main module's namespace."""
    if t is None:
        exc = sys.exc_info()[1]
        t = exc.__traceback__ if exc is not None else None
    if t is None:
        raise ValueError("A valid traceback must be passed if no exception is being handled")
    traceback.print_tb(t)
    Pdb().interaction(None, t)


def pm():
    """Post-mortem of the last uncaught exception (sys.last_traceback)."""
    tb = getattr(sys, "last_traceback", None)
    if tb is None:
        raise RuntimeError("No last traceback")
    post_mortem(tb)


def help():
    print(__doc__)
