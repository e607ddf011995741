"""bdb: the debugger base of pdb, as far as gowikibot has one. gowikibot's
interpreter has no tracing hook (sys.settrace), so there is no stepping;
BdbQuit is what a debugger's quit command raises."""

__all__ = ["BdbQuit", "Bdb"]


class BdbQuit(Exception):
    """Exception to give up completely."""


class Bdb:
    """Generic debugger base class: no tracing in gowikibot, so only the
    bookkeeping that subclasses call exists."""

    def __init__(self, skip=None):
        self.skip = set(skip) if skip else None
        self.breaks = {}
        self.quitting = False

    def reset(self):
        self.quitting = False

    def set_quit(self):
        self.quitting = True
        raise BdbQuit

    def set_continue(self):
        pass

    def run(self, cmd, globals=None, locals=None):
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        if isinstance(cmd, str):
            cmd = compile(cmd, "<string>", "exec")
        try:
            exec(cmd, globals, locals)
        except BdbQuit:
            pass

    def runeval(self, expr, globals=None, locals=None):
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        try:
            return eval(expr, globals, locals)
        except BdbQuit:
            pass

    def runcall(self, func, *args, **kwds):
        self.reset()
        try:
            return func(*args, **kwds)
        except BdbQuit:
            pass
