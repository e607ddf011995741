"""The match statement at run time (gowikibot).

The pre-pass turns

    match SUBJECT:
        case PATTERN if GUARD:

into

    with __pyshim_match__(SUBJECT, NS, NAMES) as (M, *NAMES):
        if M.case(SPEC) and (GUARD):

where SPEC is the pattern as nested tuples:

    ('w',)                          _
    ('c', name)                     a capture
    ('l', value)                    a literal (None, True, False by identity)
    ('v', value)                    a value pattern (a.b)
    ('s', (spec, ...), star, name)  a sequence; star is the index of *name
                                    (-1: none), name None for *_
    ('m', ((key, spec), ...), rest) a mapping with **rest (or None)
    ('k', cls, (spec, ...), ((attr, spec), ...))   a class pattern
    ('o', (spec, ...))              an or-pattern
    ('a', spec, name)               an as-pattern

NS is the namespace dict at module and class level; in a function it is
None, NAMES are the capture names (the with target makes them variables of
the function) and the captures are bound in the function's frame.
"""
import _gwb_sys

_UNBOUND = object()

# classes whose single positional sub-pattern matches the subject itself
_SELF_MATCH = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)


def _is_sequence(x):
    if isinstance(x, (str, bytes, bytearray)):
        return False
    if isinstance(x, (list, tuple, range)):
        return True
    import collections.abc
    return isinstance(x, collections.abc.Sequence)


def _is_mapping(x):
    if isinstance(x, dict):
        return True
    import collections.abc
    return isinstance(x, collections.abc.Mapping)


class Match:
    """One running match statement."""

    def __init__(self, subject, ns=None, names=()):
        self.subject = subject
        self.ns = ns
        self.names = names
        self.unbound = None

    def __enter__(self):
        if not self.names:
            return self
        # The with target stores every capture name: keep their values,
        # and remember the unbound ones to unbind them again.
        values = [self]
        unbound = []
        for name in self.names:
            bound, value = _gwb_sys.frame_get(1, name)
            if bound:
                values.append(value)
            else:
                values.append(_UNBOUND)
                unbound.append(name)
        self.unbound = unbound
        return tuple(values)

    def __exit__(self, *exc):
        return None

    def case(self, spec):
        """Whether the subject matches spec; binds its captures if so."""
        if self.unbound:
            for name in self.unbound:
                _gwb_sys.frame_set(1, name)
            self.unbound = None
        binds = {}
        if not _match(self.subject, spec, binds):
            return False
        if self.ns is not None:
            for name in binds:
                self.ns[name] = binds[name]
        else:
            for name in binds:
                _gwb_sys.frame_set(1, name, binds[name])
        return True


def _match(x, spec, binds):
    kind = spec[0]
    if kind == 'w':
        return True
    if kind == 'c':
        binds[spec[1]] = x
        return True
    if kind == 'l':
        v = spec[1]
        if v is None or v is True or v is False:
            return x is v
        return x == v
    if kind == 'v':
        return x == spec[1]
    if kind == 'a':
        if not _match(x, spec[1], binds):
            return False
        binds[spec[2]] = x
        return True
    if kind == 'o':
        for alt in spec[1]:
            trial = {}
            if _match(x, alt, trial):
                for k in trial:
                    binds[k] = trial[k]
                return True
        return False
    if kind == 's':
        return _match_sequence(x, spec[1], spec[2], spec[3], binds)
    if kind == 'm':
        return _match_mapping(x, spec[1], spec[2], binds)
    if kind == 'k':
        return _match_class(x, spec[1], spec[2], spec[3], binds)
    raise SystemError("bad match pattern %r" % (kind,))


def _match_sequence(x, items, star, star_name, binds):
    if not _is_sequence(x):
        return False
    n = len(x)
    if star < 0:
        if n != len(items):
            return False
        for i in range(n):
            if not _match(x[i], items[i], binds):
                return False
        return True
    before = star
    after = len(items) - star
    if n < before + after:
        return False
    for i in range(before):
        if not _match(x[i], items[i], binds):
            return False
    for j in range(after):
        if not _match(x[n - after + j], items[star + j], binds):
            return False
    if star_name is not None:
        binds[star_name] = [x[i] for i in range(before, n - after)]
    return True


def _match_mapping(x, pairs, rest, binds):
    if not _is_mapping(x):
        return False
    seen = []
    for key, sub in pairs:
        if key in seen:
            raise ValueError("mapping pattern checks duplicate key (%r)" % (key,))
        seen.append(key)
        value = x.get(key, _UNBOUND)
        if value is _UNBOUND:
            return False
        if not _match(value, sub, binds):
            return False
    if rest is not None:
        d = dict(x)
        for key in seen:
            del d[key]
        binds[rest] = d
    return True


def _match_class(x, cls, args, kwargs, binds):
    if not isinstance(cls, type):
        raise TypeError("called match pattern must be a type")
    if not isinstance(x, cls):
        return False
    attrs = []
    if args:
        if cls in _SELF_MATCH and not hasattr(cls, '__match_args__'):
            if len(args) > 1:
                raise TypeError("%s() accepts 1 positional sub-pattern (%d given)" % (cls.__name__, len(args)))
            if not _match(x, args[0], binds):
                return False
        else:
            margs = getattr(cls, '__match_args__', ())
            if not isinstance(margs, tuple):
                raise TypeError("%s.__match_args__ must be a tuple (got %s)" % (cls.__name__, type(margs).__name__))
            if len(args) > len(margs):
                plural = "" if len(margs) == 1 else "s"
                raise TypeError("%s() accepts %d positional sub-pattern%s (%d given)" % (cls.__name__, len(margs), plural, len(args)))
            for i in range(len(args)):
                attrs.append((margs[i], args[i]))
    for name, sub in kwargs:
        attrs.append((name, sub))
    names = []
    for name, sub in attrs:
        if name in names:
            raise TypeError("%s() got multiple sub-patterns for attribute %r" % (cls.__name__, name))
        names.append(name)
        try:
            value = getattr(x, name)
        except AttributeError:
            return False
        if not _match(value, sub, binds):
            return False
    return True
