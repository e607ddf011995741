"""Weak references (gowikibot).

gpython's objects live in Go's garbage-collected heap with no reference
counts and no finalizer hooks, so a reference here is strong: ref(obj)()
returns obj for as long as the ref lives, callbacks never run on their own,
and the Weak* containers keep their entries. Code that uses weak references
for caches and back-links (mwparserfromhell's SmartList, functools-style
memoizers) works unchanged; it only keeps objects alive longer.
"""
import sys

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class ref:
    """A reference to obj (kept alive here; see the module doc)."""

    __slots__ = ('_obj', '__callback__')

    def __init__(self, obj, callback=None):
        self._obj = obj
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if isinstance(other, ref):
            return self._obj == other._obj
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, ref):
            return not (self._obj == other._obj)
        return NotImplemented

    def __repr__(self):
        return '<weakref at %#x; to %r at %#x>' % (id(self), type(self._obj).__name__, id(self._obj))


ReferenceType = ref


class WeakMethod(ref):
    """A reference to a bound method."""
    __slots__ = ()


def proxy(obj, callback=None):
    """The object itself (a proxy would forward every operation to it)."""
    return obj


class ProxyType:
    pass


class CallableProxyType:
    pass


ProxyTypes = (ProxyType, CallableProxyType)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):
    """A dict (values are kept alive here)."""

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def itervaluerefs(self):
        return iter(self.valuerefs())


class WeakKeyDictionary(dict):
    """A dict (keys are kept alive here)."""

    def keyrefs(self):
        return [ref(k) for k in self.keys()]


class WeakSet(set):
    """A set (members are kept alive here)."""


class finalize:
    """Call func(*args, **kwargs) once, when called (or at exit if atexit is true)."""

    _registered = []

    def __init__(self, obj, func, /, *args, **kwargs):
        self._info = (ref(obj), func, args, kwargs)
        self.atexit = True
        finalize._registered.append(self)
        if len(finalize._registered) == 1:
            import atexit
            atexit.register(finalize._exitfunc)

    def __call__(self, _=None):
        info = self._info
        if info is None:
            return None
        self._info = None
        return info[1](*info[2], **info[3])

    def detach(self):
        info = self._info
        if info is None:
            return None
        self._info = None
        return (info[0](), info[1], info[2], info[3])

    def peek(self):
        info = self._info
        if info is None:
            return None
        return (info[0](), info[1], info[2], info[3])

    @property
    def alive(self):
        return self._info is not None

    @staticmethod
    def _exitfunc():
        for f in reversed(finalize._registered):
            if f.atexit and f._info is not None:
                try:
                    f()
                except Exception:
                    sys.excepthook(*sys.exc_info()) if hasattr(sys, 'excepthook') else None
