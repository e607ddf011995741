"""Deprecation decorators of pywikibot.tools (gowikibot's own code; pywikibot.tools and
pywikibot.tools._deprecate re-export them).

They behave as pywikibot 9.6.3's: the same warnings (class, text and
stack level), and wrappers that keep the wrapped function's signature
for inspect.signature: each wrapper gets __wrapped__ and __signature__
(deprecated_args adds the deprecated names to it, as pywikibot shows
them: ``old='[deprecated name of new]'``), __full_name__ (module,
class and name, as the warnings give it) and the wrapper-depth
bookkeeping that keeps a warning's stack level right through stacked
decorators.

The signatures are worked out when first asked for (a _LazySignature,
which gowikibot's inspect.signature resolves), not when a function is
decorated: importing pywikibot, whose output functions and Page methods are
decorated, then does not import inspect (about 4 ms)."""
import sys

__all__ = ('add_decorated_full_name', 'add_full_name', 'deprecate_arg', 'deprecate_positionals',
           'deprecated', 'deprecated_args', 'get_wrapper_depth', 'issue_deprecation_warning',
           'manage_wrapping', 'redirect_func', 'remove_last_args')


_function = type(lambda: None)
_missing = object()


class _NotImplementedWarning(RuntimeWarning):
    """A feature that is no longer implemented (the warning of a
    deprecation without a replacement)."""


class _LazySignature:
    """The __signature__ of a wrapper, made on first use: obj's signature,
    with the deprecated names of aliases (old -> new, as deprecated_args
    takes them) added after the positional parameters. Resolved, it
    replaces itself on owner."""

    def __init__(self, obj, aliases=None, owner=None):
        self._obj = obj
        self._aliases = aliases
        self._owner = owner
        self._sig = None

    def _gwb_signature(self):
        if self._sig is None:
            import inspect
            sig = inspect.signature(self._obj)
            if self._aliases is not None:
                sig = _with_aliases(inspect, sig, self._aliases)
            self._sig = sig
            if self._owner is not None and getattr(self._owner, '__signature__', None) is self:
                self._owner.__signature__ = sig
        return self._sig

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        return getattr(self._gwb_signature(), name)

    def __str__(self):
        return str(self._gwb_signature())

    def __repr__(self):
        return repr(self._gwb_signature())


def _with_aliases(inspect, sig, aliases):
    """sig with each old name of aliases a parameter after the positional
    ones, defaulting to '[deprecated name of new]' (NotImplemented when it
    is dropped); an old name already there is replaced in place."""
    params = [p.replace() for p in sig.parameters.values()]
    names = [p.name for p in params]
    for old, new in aliases.items():
        default = ('[deprecated name of {}]'.format(new) if new not in (True, False, None, '')
                   else NotImplemented)
        added = inspect.Parameter(old, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=default)
        if old in names:
            params[names.index(old)] = added
        else:
            params.append(added)
            names.append(old)
    # sorted() is stable: the positional parameters, the deprecated
    # names, *args, the keyword-only ones, **kwargs.
    params = sorted(params, key=lambda p: p.kind)
    result = inspect.Signature()
    result._parameters = dict((p.name, p) for p in params)
    return result


def _own(obj, name, default):
    """getattr(obj, name, default) for the bookkeeping attributes a plain
    function has only once a decorator set them: a function's own dict is
    read instead of failing the lookup (a failed lookup builds the
    AttributeError it drops, about 8 us in gowikibot; `import pywikibot`
    decorates a dozen functions, three lookups each)."""
    if type(obj) is _function:
        return vars(obj).get(name, default)
    return getattr(obj, name, default)


def add_decorated_full_name(obj, stacklevel=1):
    """Set obj.__full_name__ to 'module.Class.name' (or 'module.name'),
    the class being the code object that is running stacklevel frames
    above the caller: the class body being executed when a method is
    decorated."""
    if _own(obj, '__full_name__', _missing) is not _missing:
        return
    # The body of a module imported from gowikibot's embedded package is
    # not on the interpreter layer's frame stack (gpython v0.2.0's frames
    # have no f_back; the layer's stack has the class bodies and functions
    # but not what ModuleInit runs: see pyshim/python/classes/frames.go),
    # so the frame found may be the importer's, or missing: only a frame
    # running in obj's module names its class.
    try:
        frame = sys._getframe(stacklevel + 1)
    except ValueError:
        frame = None
    where = frame.f_code.co_name if frame is not None else ''
    if frame is not None and frame.f_globals.get('__name__') != obj.__module__:
        where = ''
    if where and where != '<module>':
        obj.__full_name__ = '{}.{}.{}'.format(obj.__module__, where, obj.__name__)
    else:
        obj.__full_name__ = '{}.{}'.format(obj.__module__, obj.__name__)


def manage_wrapping(wrapper, obj):
    """Make wrapper stand for obj: its name, doc, module and signature,
    with __wrapped__ naming the innermost function and the depth counts
    that get_wrapper_depth reads."""
    _manage_wrapping(wrapper, obj, None, 3)


def _manage_wrapping(wrapper, obj, aliases, stacklevel):
    """manage_wrapping, the signature showing the deprecated names of
    aliases (deprecated_args's old -> new); stacklevel is the one
    add_decorated_full_name is given to find the class body that runs the
    decorator."""
    wrapper.__doc__ = obj.__doc__
    wrapper.__name__ = obj.__name__
    wrapper.__module__ = obj.__module__
    wrapper.__signature__ = _LazySignature(obj, aliases, wrapper)
    if _own(obj, '__full_name__', _missing) is _missing:
        add_decorated_full_name(obj, stacklevel)
    wrapper.__full_name__ = obj.__full_name__
    wrapper.__depth__ = _own(obj, '__depth__', 0) + 1
    innermost = _own(obj, '__wrapped__', obj)
    wrapper.__wrapped__ = innermost
    innermost.__wrappers__ = _own(innermost, '__wrappers__', 0) + 1


def get_wrapper_depth(wrapper):
    """How many wrappers stand between wrapper and the caller."""
    return wrapper.__wrapped__.__wrappers__ + (1 - wrapper.__depth__)


def add_full_name(obj):
    """Decorate the decorator obj so that what it decorates gets its
    __full_name__ first (used with and without arguments)."""
    def outer_wrapper(*outer_args, **outer_kwargs):
        def inner_wrapper(*args, **kwargs):
            add_decorated_full_name(args[0])
            return obj(*outer_args, **outer_kwargs)(*args, **kwargs)

        inner_wrapper.__doc__ = obj.__doc__
        inner_wrapper.__name__ = obj.__name__
        inner_wrapper.__module__ = obj.__module__
        inner_wrapper.__signature__ = _LazySignature(obj, owner=inner_wrapper)
        if len(outer_args) == 1 and not outer_kwargs and callable(outer_args[0]):
            add_decorated_full_name(outer_args[0])
            return obj(outer_args[0])
        return inner_wrapper

    return outer_wrapper


def _deprecation_text(instead, since):
    """The warning's format string: {0} the old name, {1} the new one."""
    if since and '.' not in since:
        raise ValueError('{} is not a valid release number'.format(since))
    text = '{0} is deprecated'
    if since:
        text += ' since release ' + since
    if instead:
        text += '; use {1} instead'
    return text + '.'


def _warnings():
    """The warnings module, imported when pywikibot warns; once pywikibot's
    logging is set up, its warnings are shown as pywikibot shows them
    (pywikibot._capture_warnings)."""
    import warnings
    pwb = sys.modules.get('pywikibot')
    if pwb is not None and getattr(pwb, '_logging_set_up', False) and not pwb._warnings_captured:
        pwb._capture_warnings()
    return warnings


def issue_deprecation_warning(name, instead=None, depth=2, *, warning_class=None, since=None):
    """Warn that name is deprecated: a FutureWarning when instead names a
    replacement, else a _NotImplementedWarning (or warning_class)."""
    if warning_class is None:
        warning_class = FutureWarning if instead else _NotImplementedWarning
    _warnings().warn(_deprecation_text(instead, since).format(name, instead), warning_class, depth + 1)


def deprecated(*args, **kwargs):
    """Decorator warning on each call that the function is deprecated:
    @deprecated, @deprecated('replacement'), or with the keywords
    instead, since and future_warning (False: a DeprecationWarning)."""
    def decorator(obj):
        def wrapper(*args, **kwargs):
            issue_deprecation_warning(obj.__full_name__, instead, get_wrapper_depth(wrapper) + 1,
                                      since=since,
                                      warning_class=None if future_warning else DeprecationWarning)
            return obj(*args, **kwargs)

        manage_wrapping(wrapper, obj)
        doc = wrapper.__doc__ or ''
        if not _mentions_deprecation(doc.split(':param', 1)[0]):
            notice = 'Deprecated'
            if instead:
                notice += '; use ' + instead + ' instead'
            wrapper.__doc__ = notice + '.\n\n' + doc
        return wrapper

    since = kwargs.pop('since', '')
    future_warning = kwargs.pop('future_warning', True)
    bare = len(args) == 1 and not kwargs and callable(args[0])
    if 'instead' in kwargs:
        instead = kwargs['instead']
    elif not bare and len(args) == 1:
        instead = args[0]
    else:
        instead = False
    if bare:
        return decorator(args[0])
    return decorator


def _mentions_deprecation(doc):
    """Whether doc already says DEPRECATED (any case) followed by . : ; or
    ',', at its start or after white space."""
    import re
    return re.search(r'(^|\s)DEPRECATED[.:;,]', doc, re.IGNORECASE) is not None


deprecated = add_full_name(deprecated)


def deprecate_arg(old_arg, new_arg=None):
    """Decorator renaming one keyword argument (deprecated_args with one
    pair: None drops it with a warning)."""
    return deprecated_args(**{old_arg: new_arg})


def deprecated_args(**arg_pairs):
    """Decorator accepting old keyword names: old='new' passes the value
    as new with a FutureWarning, old=None drops it with a FutureWarning,
    old='' drops it silently. The signature lists each old name after
    the positional parameters with the default '[deprecated name of
    new]' (NotImplemented when it is dropped)."""
    def decorator(obj):
        def wrapper(*__args, **__kw):
            if not __kw:
                return obj(*__args)  # no keyword: nothing to rename
            name = obj.__full_name__
            depth = get_wrapper_depth(wrapper) + 1
            for old, new in arg_pairs.items():
                if old not in __kw:
                    continue
                if new is not None and not isinstance(new, str):
                    raise TypeError('deprecated_arg value for {} of {} must be either str or None, not {}'
                                    .format(old, name, type(new).__name__))
                if new:
                    if new in __kw:
                        _warnings().warn('{} argument of {} replaces {}; cannot use both.'.format(new, name, old),
                                      RuntimeWarning, depth)
                    else:
                        _warnings().warn('{} argument of {} is deprecated; use {} instead.'.format(old, name, new),
                                      FutureWarning, depth)
                        __kw[new] = __kw[old]
                elif new is None:
                    _warnings().warn('{} argument of {} is deprecated.'.format(old, name), FutureWarning, depth)
                del __kw[old]
            return obj(*__args, **__kw)

        _manage_wrapping(wrapper, obj, arg_pairs, 2)
        return wrapper
    return decorator


def deprecate_positionals(since=''):
    """Decorator for a function whose later parameters became keyword-only:
    positional values for them are still accepted, passed by keyword, with
    a FutureWarning."""
    def decorator(func):
        import inspect
        parameters = inspect.signature(func).parameters
        keys = list(parameters)
        positionals = len(keys)
        for i, key in enumerate(keys):
            if parameters[key].kind in (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.VAR_KEYWORD):
                positionals = i
                break

        def wrapper(*args, **kwargs):
            if len(args) > positionals:
                moved = list(zip(keys[positionals:], args[positionals:]))
                issue_deprecation_warning(
                    "Passing '{}' as positional argument(s) to {}()".format(
                        "', '".join(name for name, _ in moved), func.__qualname__),
                    'keyword arguments like {}'.format(', '.join(
                        '{}={!r}'.format(name, value) for name, value in moved)),
                    since=since)
                args = args[:positionals]
                kwargs.update(moved)
            return func(*args, **kwargs)

        import functools
        return functools.wraps(func)(wrapper)
    return decorator


def remove_last_args(arg_names):
    """Decorator dropping trailing arguments that the function no longer
    takes (positional ones beyond its parameters, or by keyword when named
    in arg_names), with a DeprecationWarning."""
    def decorator(obj):
        def wrapper(*__args, **__kw):
            name = obj.__full_name__
            depth = get_wrapper_depth(wrapper) + 1
            import inspect
            spec = inspect.getfullargspec(wrapper.__wrapped__)
            if spec.varargs is not None and spec.varkw is not None:
                raise ValueError('{} may not have * or ** args.'.format(name))
            dropped = set(__kw) & set(arg_names)
            if len(__args) > len(spec.args):
                dropped.update(arg_names[:len(__args) - len(spec.args)])
            args = tuple(__args[:max(len(spec.args), len(__args) - len(arg_names))])
            kwargs = dict((k, v) for k, v in __kw.items() if k not in arg_names)
            if dropped:
                _warnings().warn("The trailing arguments ('{}') of {} are deprecated. "
                              "The value(s) provided for '{}' have been dropped."
                              .format("', '".join(arg_names), name,
                                      "', '".join(a for a in arg_names if a in dropped)),
                              DeprecationWarning, depth)
            return obj(*args, **kwargs)

        manage_wrapping(wrapper, obj)
        return wrapper
    return decorator


def redirect_func(target, *, source_module=None, target_module=None, old_name=None, class_name=None,
                  since='', future_warning=True):
    """A function calling target after warning that it is a deprecated
    alias: 'source_module.old_name is deprecated; use
    target_module.name instead.' (a FutureWarning, or with future_warning
    false a DeprecationWarning). As pywikibot's, the function is named
    'call' and has the signature (*a, **kw)."""
    def call(*a, **kw):
        issue_deprecation_warning(old, new, since=since,
                                  warning_class=None if future_warning else DeprecationWarning)
        return target(*a, **kw)

    if target_module is None:
        target_module = target.__module__
    if target_module and not target_module.endswith('.'):
        target_module += '.'
    if source_module == '.':
        source_module = target_module
    elif source_module and not source_module.endswith('.'):
        source_module += '.'
    else:
        # as pywikibot: also a source_module given with its final dot is
        # replaced by the caller's module
        source_module = sys._getframe(1).f_globals['__name__'] + '.'
    if class_name:
        target_module += class_name + '.'
        source_module += class_name + '.'
    old = source_module + (old_name or target.__name__)
    new = target_module + target.__name__
    return call


def _full_name(name):
    """Decorator setting __full_name__, the name the deprecation warnings
    give, where gowikibot's module layout differs from pywikibot's (Page
    methods live in pywikibot.page, pywikibot's in pywikibot.page._page):
    the warnings then read as pywikibot's. Put it below the deprecation
    decorators."""
    def decorator(obj):
        obj.__full_name__ = name
        return obj
    return decorator
