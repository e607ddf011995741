"""Helpers that scripts import from pywikibot.tools (gowikibot's own).

The deprecation decorators are in tools._deprecate, the less used helpers
(MediaWikiVersion, suppress_warnings, has_module, ...) in tools._more; the
submodules load on first use."""
import sys

import pywikibot  # noqa: F401 (pywikibot.tools has it, as pywikibot's)

from pywikibot.tools._deprecate import (  # noqa: F401 (pywikibot.tools exports them)
    add_decorated_full_name,
    add_full_name,
    deprecate_arg,
    deprecate_positionals,
    deprecated,
    deprecated_args,
    get_wrapper_depth,
    issue_deprecation_warning,
    manage_wrapping,
    remove_last_args,
)
from pywikibot.tools._more import (  # noqa: F401 (pywikibot.tools exports them)
    MediaWikiVersion,
    as_filename,
    has_module,
    is_ip_network,
    merge_unique_dicts,
    suppress_warnings,
)


def redirect_func(target, *, source_module=None, target_module=None, old_name=None, class_name=None,
                  since='', future_warning=True):
    """A function that calls target after warning that it is a deprecated
    alias (old_name, in source_module) of target (in target_module): a
    FutureWarning, or with future_warning false a DeprecationWarning."""
    def call(*a, **kw):
        issue_deprecation_warning(old_name_of, new_name, 2,
                                  warning_class=None if future_warning else DeprecationWarning, since=since)
        return target(*a, **kw)

    name = old_name or target.__name__
    if class_name:
        new_name = class_name + '.' + target.__name__
        old_name_of = class_name + '.' + name
    else:
        new_name = (target_module or getattr(target, '__module__', '') or '') + '.' + target.__name__
        old_name_of = (source_module or sys._getframe(1).f_globals.get('__name__', '')
                       if hasattr(sys, '_getframe') else source_module or '') + '.' + name
        new_name = new_name.lstrip('.')
        old_name_of = old_name_of.lstrip('.')
    call.__name__ = name
    call.__doc__ = getattr(target, '__doc__', None)
    return call


class classproperty:
    """A read-only property of the class: the class method cls_method
    called with the class (usable as a decorator)."""

    def __init__(self, cls_method):
        self.method = cls_method
        self.__doc__ = ':class:`classproperty<tools.classproperty>` {}'.format(cls_method.__doc__)

    def __get__(self, instance, owner):
        return self.method(owner)


def first_upper(string):
    """string with its first character upper-cased as MediaWiki does it: a
    character whose upper case is several characters (ß, ﬀ, ŉ) is kept,
    or title-cased when that is one character (ᾳ -> ᾼ). MediaWiki's own
    exceptions for about 650 rarer characters (pywikibot's
    _first_upper_exception_dict) are not known to gowikibot."""
    first = string[:1]
    upper = first.upper()
    if len(upper) > 1:
        title = first.title()
        upper = title if len(title) == 1 else first
    return upper + string[1:]


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
    """Whether value is an IPv4 or IPv6 address."""
    import ipaddress
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


PYTHON_VERSION = sys.version_info[:3]

# pywikibot's flag for a documentation build (classproperty then returns itself)
SPHINX_RUNNING = False


def cached(*arg):
    """Decorator caching the result of a method in the instance's
    _<name> attribute (pywikibot.tools.cached); the cache is bypassed
    with force=True."""
    def wrapper(obj, *, force=False):
        name = '_' + fn.__name__
        if not force and name in obj.__dict__:
            return obj.__dict__[name]
        value = fn(obj)
        setattr(obj, name, value)
        return value

    fn = arg[0]
    wrapper.__name__ = fn.__name__
    doc = getattr(fn, '__doc__', None)
    if doc:
        wrapper.__doc__ = doc
    return wrapper


def open_archive(filename, mode='rb', use_extension=True):
    """Open filename as pywikibot does: a .bz2, .gz, .xz (.lzma) or .7z
    archive (by its extension, or by its first bytes with use_extension
    False) through its decompressor, any other file as it is. Modes are
    binary ('r' means 'rb'); .7z files are read through the 7za program
    and cannot be written."""
    if mode in ('r', 'a', 'w'):
        mode += 'b'
    elif mode not in ('rb', 'ab', 'wb'):
        raise ValueError('Invalid mode: "{}"'.format(mode))
    if use_extension:
        ext = filename.rpartition('.')[2].lower()
        ext = 'xz' if ext == 'lzma' else ext
    elif 'w' in mode:
        raise ValueError('Magic number detection only when reading')
    else:
        with open(filename, 'rb') as f:
            magic = f.read(8)
        ext = ''
        for kind, start in (('bz2', b'BZh'), ('gz', b'\x1f\x8b\x08'),
                            ('7z', b"7z\xbc\xaf'\x1c"), ('xz', b'\xfd7zXZ\x00')):
            if magic.startswith(start):
                ext = kind
    if ext == 'bz2':
        import bz2
        return bz2.open(filename, mode)
    if ext == 'gz':
        import gzip
        return gzip.open(filename, mode)
    if ext == 'xz':
        import lzma
        return lzma.open(filename, mode)
    if ext == '7z':
        if mode != 'rb':
            raise NotImplementedError('It is not possible to write a 7z file.')
        import subprocess
        try:
            process = subprocess.Popen(['7za', 'e', '-bd', '-so', filename],
                                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError:
            raise ValueError('7za is not installed or cannot uncompress "{}"'.format(filename))
        return process.stdout
    return open(filename, mode)


class ComparableMixin:
    """Comparisons by the value of _cmpkey()."""

    def _cmpkey(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self._cmpkey() < other._cmpkey()

    def __le__(self, other):
        return self._cmpkey() <= other._cmpkey()

    def __eq__(self, other):
        return isinstance(other, ComparableMixin) and self._cmpkey() == other._cmpkey()

    def __ge__(self, other):
        return self._cmpkey() >= other._cmpkey()

    def __gt__(self, other):
        return self._cmpkey() > other._cmpkey()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._cmpkey())


class SelfCallMixin:
    """Calling the object returns itself (deprecated in pywikibot)."""

    def __call__(self):
        return self


class ModuleDeprecationWrapper:
    """Stand-in for pywikibot's module wrapper: deprecated names are kept
    as they are."""

    def __init__(self, module):
        self._module = module

    def add_deprecated_attr(self, name, replacement=None, *, replacement_name=None,
                            warning_message=None, since='', future_warning=True):
        pass


def normalize_username(username):
    """username with '_' as ' ' and the first letter upper-case."""
    if not username:
        return None
    username = username.replace('_', ' ').strip()
    return first_upper(username)


def compute_file_hash(filename, sha='sha1', bytes_to_read=None):
    """The hex digest of filename's content (sha1 by default)."""
    import hashlib
    h = hashlib.new(sha)
    with open(filename, 'rb') as f:
        h.update(f.read() if bytes_to_read is None else f.read(bytes_to_read))
    return h.hexdigest()


def file_mode_checker(filename, mode=0o600, quiet=False, create=False):
    """Set filename's permissions to mode when they differ."""
    import os
    if create and not os.path.exists(filename):
        open(filename, 'a').close()
    st = os.stat(filename)
    if st.st_mode & 0o777 != mode:
        os.chmod(filename, mode)
        if not quiet:
            import warnings
            warnings.warn('File {} had no {:o} mode; converted to {:o} mode.'
                          .format(filename, mode, mode))


def _install_submodules():
    # the submodules pywikibot's `import pywikibot.tools` leaves as
    # attributes: stand-ins that import them on first use (pywikibot._lazy)
    from pywikibot._lazy import _Submodule
    for name in ('_unidata', 'chars', 'collections', 'itertools', 'threading'):
        if name not in globals():
            globals()[name] = _Submodule('pywikibot.tools.' + name)


_install_submodules()
