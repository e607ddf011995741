"""BaseExceptionGroup and ExceptionGroup (PEP 654), the builtins (gowikibot).

gpython v0.2.0 has neither; these are installed as builtins, with
CPython 3.11's checks, messages and split/subgroup/derive semantics. The
except* statement (the pre-pass rewrites it into calls of ExceptStar
below) matches and re-raises through them.
"""


def _check_args(cls, args, kwargs):
    if kwargs:
        raise TypeError('BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)' % len(args))
    if len(args) != 2:
        raise TypeError('BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)' % len(args))
    message, excs = args
    if not isinstance(message, str):
        raise TypeError('BaseExceptionGroup.__new__() argument 1 must be str, not %s' % type(message).__name__)
    if isinstance(excs, (set, frozenset, dict)) or not hasattr(type(excs), '__getitem__') or not hasattr(type(excs), '__len__'):
        raise TypeError('second argument (exceptions) must be a sequence')
    excs = tuple(excs)
    if not excs:
        raise ValueError('second argument (exceptions) must be a non-empty sequence')
    nested_base = False
    for i, e in enumerate(excs):
        if not isinstance(e, BaseException):
            raise ValueError('Item %d of second argument (exceptions) is not an exception' % i)
        if not isinstance(e, Exception):
            nested_base = True
    return message, excs, nested_base


class BaseExceptionGroup(BaseException):
    """A combination of multiple unrelated exceptions."""

    def __new__(cls, *args, **kwargs):
        message, excs, nested_base = _check_args(cls, args, kwargs)
        if cls is BaseExceptionGroup:
            if not nested_base:
                cls = ExceptionGroup
        elif issubclass(cls, Exception):
            if nested_base:
                if cls is ExceptionGroup:
                    raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
                raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = BaseException.__new__(cls, *args)
        self._gwb_message = message
        self._gwb_excs = excs
        return self

    def __init__(self, *args, **kwargs):
        BaseException.__init__(self, *args)

    @property
    def message(self):
        """exception message"""
        return self._gwb_message

    @property
    def exceptions(self):
        """nested exceptions"""
        return self._gwb_excs

    def __str__(self):
        n = len(self._gwb_excs)
        return '%s (%d sub-exception%s)' % (self._gwb_message, n, '' if n == 1 else 's')

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def derive(self, excs):
        return BaseExceptionGroup(self._gwb_message, excs)

    def _gwb_derive(self, excs):
        eg = self.derive(excs)
        if not isinstance(eg, BaseExceptionGroup):
            raise TypeError('derive must return an instance of BaseExceptionGroup')
        eg.__traceback__ = self.__traceback__
        eg.__context__ = self.__context__
        eg.__cause__ = self.__cause__
        try:
            notes = self.__notes__
        except AttributeError:
            pass
        else:
            if isinstance(notes, (list, tuple)):
                notes = list(notes)
            eg.__notes__ = notes
        return eg

    def _gwb_split(self, match, want_rest):
        # (matched, rest): either may be None
        if match(self):
            return self, None
        matched, rest = [], []
        for e in self._gwb_excs:
            if isinstance(e, BaseExceptionGroup):
                m, r = e._gwb_split(match, want_rest)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            elif want_rest:
                rest.append(e)
        m = self._gwb_derive(matched) if matched else None
        r = self._gwb_derive(rest) if want_rest and rest else None
        return m, r

    def split(self, *args):
        if len(args) != 1:
            raise TypeError('split expected 1 argument, got %d' % len(args))
        match = _matcher(args[0])
        return self._gwb_split(match, True)

    def subgroup(self, *args):
        if len(args) != 1:
            raise TypeError('subgroup expected 1 argument, got %d' % len(args))
        match = _matcher(args[0])
        return self._gwb_split(match, False)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    """A combination of multiple unrelated exceptions."""


BaseExceptionGroup.__module__ = ExceptionGroup.__module__ = 'builtins'


def _is_exc_type(t):
    return isinstance(t, type) and issubclass(t, BaseException)


def _matcher(cond):
    if _is_exc_type(cond) or (isinstance(cond, tuple) and cond and all(_is_exc_type(t) for t in cond)):
        return lambda e: isinstance(e, cond)
    if callable(cond) and not isinstance(cond, type):
        return lambda e: bool(cond(e))
    raise TypeError('expected a function, exception type or tuple of exception types')


# ------------------------------------------------------------ except* (PEP 654)
# The pre-pass rewrites a try statement with except* clauses into a chain of
# with statements whose context managers (__pyshim_exstar__, Go: package
# methods) call these two.

def _check_star_type(typ):
    types = typ if isinstance(typ, tuple) else (typ,)
    for t in types:
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError('catching classes that do not inherit from BaseException is not allowed')
        if issubclass(t, BaseExceptionGroup):
            raise TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.')


def star_match(exc, typ):
    """(match, rest) of the exception exc for the clause "except* typ"."""
    _check_star_type(typ)
    if exc is None:
        return None, None
    if isinstance(exc, typ):
        if isinstance(exc, BaseExceptionGroup):
            return exc, None
        # a naked exception is wrapped
        return BaseExceptionGroup('', (exc,)), None
    if isinstance(exc, BaseExceptionGroup):
        return exc.split(typ)
    return None, exc


def _leaf_ids(excs, ids):
    for e in excs:
        if isinstance(e, BaseExceptionGroup):
            _leaf_ids(e.exceptions, ids)
        else:
            ids.add(id(e))
    return ids


def star_result(orig, raised, reraised, rest):
    """The exception a try statement with except* clauses raises at its
    end (or None): raised are the new exceptions its handlers raised,
    reraised the matches they raised again (bare raise), rest what no
    clause matched."""
    if not isinstance(orig, BaseExceptionGroup):
        # a naked exception was wrapped: one clause at most ran
        for e in raised + reraised:
            return e
        return rest
    keep = list(reraised)
    if rest is not None:
        keep.append(rest)
    projected = None
    if keep:
        ids = _leaf_ids(keep, set())
        projected = orig._gwb_split(lambda e: not isinstance(e, BaseExceptionGroup) and id(e) in ids, False)[0]
    if not raised:
        return projected
    if projected is not None:
        raised = raised + [projected]
    return BaseExceptionGroup('', raised)
