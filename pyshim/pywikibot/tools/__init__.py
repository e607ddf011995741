"""Helpers that scripts import from pywikibot.tools (gowikibot's own)."""
import sys
import warnings


def issue_deprecation_warning(name, instead='', depth=2, *, warning_class=None, since=''):
    """Warn that name is deprecated (and what to use instead)."""
    msg = '{} is deprecated'.format(name)
    if since:
        msg += ' since release {}'.format(since)
    if instead:
        msg += '; use {} instead'.format(instead)
    warnings.warn(msg + '.', warning_class or FutureWarning, depth + 1)


def deprecated(*args, **kwargs):
    """Decorator marking a function deprecated (it still runs)."""
    def decorator(fn):
        return fn
    if args and callable(args[0]) and not kwargs:
        return args[0]
    return decorator


def deprecated_args(**arg_pairs):
    """Decorator renaming deprecated keyword arguments."""
    def decorator(fn):
        def wrapper(*a, **kw):
            for old, new in arg_pairs.items():
                if old in kw:
                    value = kw.pop(old)
                    if new:
                        kw[new] = value
            return fn(*a, **kw)
        wrapper.__name__ = getattr(fn, '__name__', 'wrapper')
        wrapper.__doc__ = getattr(fn, '__doc__', None)
        return wrapper
    return decorator


class classproperty:
    """A read-only property of the class."""

    def __init__(self, fget):
        self.fget = fget

    def __get__(self, instance, owner):
        return self.fget(owner)


def first_upper(string):
    return string[:1].upper() + string[1:]


def first_lower(string):
    return string[:1].lower() + string[1:]


def strtobool(val):
    val = val.lower()
    if val in ('y', 'yes', 't', 'true', 'on', '1'):
        return True
    if val in ('n', 'no', 'f', 'false', 'off', '0'):
        return False
    raise ValueError('invalid truth value {!r}'.format(val))


def is_ip_address(value):
    import re
    return bool(re.match(r'^\d{1,3}(\.\d{1,3}){3}$', value) or re.match(r'^[0-9a-fA-F:]+:[0-9a-fA-F:]*$', value))


PYTHON_VERSION = sys.version_info[:3]
