"""The deprecation decorators of pywikibot.tools (pywikibot 9.6.3's
tools._deprecate): warnings for deprecated functions, renamed, dropped
and formerly positional arguments, and the bookkeeping that lets chained
decorators name the function (__full_name__) and warn at the caller's
line (__depth__, __wrappers__). inspect is imported by the decorators
that use it, so that importing pywikibot.tools does not load it."""
import sys
from warnings import warn

__all__ = ('add_decorated_full_name', 'add_full_name', 'deprecate_arg', 'deprecate_positionals', 'deprecated',
           'deprecated_args', 'get_wrapper_depth', 'issue_deprecation_warning', 'manage_wrapping',
           'remove_last_args')


class _NotImplementedWarning(RuntimeWarning):
    """A feature that is no longer implemented (a deprecation without a
    replacement)."""


def add_decorated_full_name(obj, stacklevel=1):
    """Store obj's module-qualified name, with the class it is defined in
    (read from the calling frames), in obj.__full_name__."""
    if hasattr(obj, '__full_name__'):
        return
    frame = sys._getframe(stacklevel + 1)
    owner = frame.f_code.co_name
    if owner and owner != '<module>':
        obj.__full_name__ = '{}.{}.{}'.format(obj.__module__, owner, obj.__name__)
    else:
        obj.__full_name__ = '{}.{}'.format(obj.__module__, obj.__name__)


def manage_wrapping(wrapper, obj):
    """Give wrapper obj's name, doc, module, signature and full name, and
    count the wrappers around the innermost function."""
    import inspect
    wrapper.__doc__ = obj.__doc__
    wrapper.__name__ = obj.__name__
    wrapper.__module__ = obj.__module__
    wrapper.__signature__ = inspect.signature(obj)
    if not hasattr(obj, '__full_name__'):
        add_decorated_full_name(obj, 2)
    wrapper.__full_name__ = obj.__full_name__
    wrapper.__depth__ = getattr(obj, '__depth__', 0) + 1
    wrapped = getattr(obj, '__wrapped__', obj)
    wrapper.__wrapped__ = wrapped
    wrapped.__wrappers__ = getattr(wrapped, '__wrappers__', 0) + 1


def get_wrapper_depth(wrapper):
    """How many wrappers lie between wrapper and its caller's frame."""
    return wrapper.__wrapped__.__wrappers__ + (1 - wrapper.__depth__)


def add_full_name(obj):
    """Decorate the decorator obj so that the function it decorates gets
    its __full_name__ first (with and without decorator arguments)."""
    def outer_wrapper(*outer_args, **outer_kwargs):
        import inspect

        def inner_wrapper(*args, **kwargs):
            add_decorated_full_name(args[0])
            return obj(*outer_args, **outer_kwargs)(*args, **kwargs)

        inner_wrapper.__doc__ = obj.__doc__
        inner_wrapper.__name__ = obj.__name__
        inner_wrapper.__module__ = obj.__module__
        inner_wrapper.__signature__ = inspect.signature(obj)
        if len(outer_args) == 1 and not outer_kwargs and callable(outer_args[0]):
            add_decorated_full_name(outer_args[0])
            return obj(outer_args[0])
        return inner_wrapper

    outer_wrapper.__name__ = obj.__name__
    outer_wrapper.__doc__ = obj.__doc__
    return outer_wrapper


def _message(instead, since):
    if since and '.' not in since:
        raise ValueError('{} is not a valid release number'.format(since))
    since = ' since release ' + since if since else ''
    if instead:
        return '{0} is deprecated' + since + '; use {1} instead.'
    return '{0} is deprecated' + since + '.'


def issue_deprecation_warning(name, instead=None, depth=2, *, warning_class=None, since=None):
    """Warn that name is deprecated (and what to use instead): a
    FutureWarning, or without a replacement a RuntimeWarning subclass, at
    the stack level depth + 1."""
    msg = _message(instead, since)
    if warning_class is None:
        warning_class = FutureWarning if instead else _NotImplementedWarning
    warn(msg.format(name, instead), warning_class, depth + 1)


def _deprecated(*args, **kwargs):
    """Decorator warning that a function is deprecated (keywords instead,
    since, future_warning; or @deprecated alone, or @deprecated('new'))."""
    since = kwargs.pop('since', '')
    future_warning = kwargs.pop('future_warning', True)
    bare = len(args) == 1 and not kwargs and callable(args[0])
    if 'instead' in kwargs:
        instead = kwargs['instead']
    elif not bare and len(args) == 1:
        instead = args[0]
    else:
        instead = False

    def decorator(obj):
        def wrapper(*args, **kwargs):
            issue_deprecation_warning(obj.__full_name__, instead, get_wrapper_depth(wrapper) + 1, since=since,
                                      warning_class=None if future_warning else DeprecationWarning)
            return obj(*args, **kwargs)

        manage_wrapping(wrapper, obj)
        import re
        notice = re.compile(r'(^|\s)DEPRECATED[.:;,]', re.IGNORECASE)
        doc = wrapper.__doc__
        if not doc or not notice.search(re.match(r'^.*?((?=:param)|$)', doc, re.DOTALL)[0]):
            prefix = 'Deprecated' + ('; use ' + instead + ' instead' if instead else '') + '.\n\n'
            wrapper.__doc__ = prefix + (doc or '')
        return wrapper

    if bare:
        return decorator(args[0])
    return decorator


deprecated = add_full_name(_deprecated)


def deprecated_args(**arg_pairs):
    """Decorator for renamed (old='new') and dropped (old=None, or old=''
    without a warning) keyword arguments: a FutureWarning, and the value
    passed on under the new name."""
    def decorator(obj):
        def wrapper(*__args, **__kw):
            name = obj.__full_name__
            depth = get_wrapper_depth(wrapper) + 1
            for old_arg, new_arg in arg_pairs.items():
                if old_arg not in __kw:
                    continue
                if not isinstance(new_arg, (str, type(None))):
                    raise TypeError('deprecated_arg value for {} of {} must be either str or None, not {}'
                                    .format(old_arg, name, type(new_arg).__name__))
                if new_arg:
                    if new_arg in __kw:
                        warn('{} argument of {} replaces {}; cannot use both.'.format(new_arg, name, old_arg),
                             RuntimeWarning, depth)
                    else:
                        warn('{} argument of {} is deprecated; use {} instead.'.format(old_arg, name, new_arg),
                             FutureWarning, depth)
                        __kw[new_arg] = __kw[old_arg]
                elif new_arg is None:
                    warn('{} argument of {} is deprecated.'.format(old_arg, name), FutureWarning, depth)
                del __kw[old_arg]
            return obj(*__args, **__kw)

        manage_wrapping(wrapper, obj)
        import inspect
        params = list(wrapper.__signature__.parameters.values())
        names = {p.name for p in params}
        for old_arg, new_arg in arg_pairs.items():
            if old_arg in names:
                continue
            default = ('[deprecated name of {}]'.format(new_arg) if new_arg not in (True, False, None, '')
                       else NotImplemented)
            params.append(inspect.Parameter(old_arg, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=default))
        params.sort(key=lambda p: p.kind)
        try:
            wrapper.__signature__ = inspect.Signature(params)
        except ValueError:
            pass  # a parameter without a default after one with: keep obj's
        return wrapper
    return decorator


def deprecate_arg(old_arg, new_arg=None):
    """Decorator for one renamed (or, with new_arg None, dropped) keyword
    argument: deprecated_args(old_arg=new_arg)."""
    return deprecated_args(**{old_arg: new_arg})


def deprecate_positionals(since=''):
    """Decorator accepting, with a FutureWarning, positional arguments for
    the function's keyword-only parameters (in their order)."""
    def decorator(func):
        import inspect
        sig = inspect.signature(func)
        keys = list(sig.parameters)
        positionals = len(keys)
        for i, key in enumerate(keys):
            if sig.parameters[key].kind in (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.VAR_KEYWORD):
                positionals = i
                break

        def wrapper(*args, **kwargs):
            if len(args) > positionals:
                moved = list(zip(keys[positionals:], args[positionals:]))
                issue_deprecation_warning(
                    "Passing '{}' as positional argument(s) to {}()".format(
                        "', '".join(n for n, _ in moved), func.__qualname__),
                    'keyword arguments like {}'.format(', '.join('{}={!r}'.format(n, v) for n, v in moved)),
                    since=since)
                args = args[:positionals]
                kwargs.update(moved)
            return func(*args, **kwargs)

        for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
            try:
                setattr(wrapper, attr, getattr(func, attr))
            except AttributeError:
                pass
        wrapper.__wrapped__ = func
        return wrapper
    return decorator


def remove_last_args(arg_names):
    """Decorator dropping, with a DeprecationWarning, the trailing
    arguments arg_names that the function no longer takes (given by
    position after its own parameters, or by keyword)."""
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
            new_args = tuple(__args[:max(len(spec.args), len(__args) - len(arg_names))])
            new_kwargs = {k: v for k, v in __kw.items() if k not in arg_names}
            if dropped:
                dropped = [a for a in arg_names if a in dropped]
                warn("The trailing arguments ('{}') of {} are deprecated. The value(s) provided for '{}' have "
                     "been dropped.".format("', '".join(arg_names), name, "', '".join(dropped)),
                     DeprecationWarning, depth)
            return obj(*new_args, **new_kwargs)

        manage_wrapping(wrapper, obj)
        return wrapper
    return decorator
