"""Helpers that scripts import from pywikibot.tools (gowikibot's own)."""
import sys
import warnings

import pywikibot  # noqa: F401 (pywikibot.tools has it, as pywikibot's)


from pywikibot._deprecate import (  # noqa: F401 (pywikibot.tools exports them)
    add_decorated_full_name, add_full_name, deprecate_arg, deprecate_positionals,
    deprecated, deprecated_args, get_wrapper_depth, issue_deprecation_warning, manage_wrapping, redirect_func,
    remove_last_args,
)
from pywikibot.tools._mwversion import MediaWikiVersion  # noqa: F401,E402


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
    """Whether value is an IPv4 or IPv6 address (ipaddress accepts it)."""
    import ipaddress
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def is_ip_network(value):
    """Whether value is an IPv4 or IPv6 network (an address is one too)."""
    import ipaddress
    try:
        ipaddress.ip_network(value)
    except ValueError:
        return False
    return True


def has_module(module, version=None):
    """Whether module is an installed distribution (as pywikibot's: by its
    package metadata, so a standard library module is not), of at least
    version."""
    from importlib import metadata
    try:
        found = metadata.version(module)
    except metadata.PackageNotFoundError:
        return False
    if version:
        def parts(v):
            return tuple(int(p) for p in v.split('.') if p.isdigit())
        if parts(found) < parts(version):
            warnings.warn('Module version {} is lower than requested version {}'.format(found, version),
                          ImportWarning)
            return False
    return True


def as_filename(string, repl='_'):
    """string with the characters file names cannot have on some systems
    (and spaces: ':*?/\\" ') replaced by repl (one character, or none)."""
    import re
    pattern = r':*?/\\" '
    if len(repl) > 1 or len(repl) == 1 and repl in pattern:
        raise ValueError('Invalid repl parameter {!r}'.format(repl))
    return re.sub('[{}]'.format(pattern), repl, string)


def merge_unique_dicts(*args, **kwargs):
    """The dicts (and the keywords) merged; a ValueError naming the keys
    that more than one has."""
    result = {}
    conflicts = set()
    for arg in list(args) + [dict(kwargs)]:
        conflicts |= set(arg) & set(result)
        result.update(arg)
    if conflicts:
        raise ValueError('Multiple dicts contain the same keys: {}'.format(
            ', '.join(sorted(str(key) for key in conflicts))))
    return result


class suppress_warnings(warnings.catch_warnings):  # noqa: N801 (pywikibot's name)
    """Context manager (and decorator) that drops the warnings whose
    message starts with message (a regular expression, any case), of
    category, from a file whose path starts with filename; the others are
    shown when it ends."""

    def __init__(self, message='', category=Warning, filename=''):
        import re
        self.message_match = re.compile(message, re.IGNORECASE).match
        self.category = category
        self.filename_match = re.compile(filename).match
        super().__init__(record=True)

    def __enter__(self):
        self.log = super().__enter__()

    def __exit__(self, exc_type, exc_val, exc_tb):
        super().__exit__(exc_type, exc_val, exc_tb)
        for w in self.log:
            if (not issubclass(w.category, self.category) or not self.message_match(str(w.message))
                    or not self.filename_match(w.filename)):
                warnings.showwarning(w.message, w.category, w.filename, w.lineno, w.file, w.line)

    def __call__(self, func):
        import functools

        @functools.wraps(func)
        def suppressed_func(*args, **kwargs):
            with self:
                return func(*args, **kwargs)
        return suppressed_func


SPHINX_RUNNING = False


PYTHON_VERSION = sys.version_info[:3]


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

    fn = arg and arg[0]
    if not callable(fn):
        raise TypeError('"cached" decorator must be used without arguments.') from None
    wrapper.__name__ = fn.__name__
    doc = getattr(fn, '__doc__', None)
    if doc:
        wrapper.__doc__ = doc
    return wrapper


def open_archive(filename, mode='rb', use_extension=True):
    """Open filename as pywikibot does: a .bz2, .gz, .xz, .lzma or .7z
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
    if ext in ('xz', 'lzma'):
        # .lzma is the legacy container (no magic number: found only by
        # its extension)
        import lzma
        return lzma.open(filename, mode, format=lzma.FORMAT_ALONE if ext == 'lzma' else lzma.FORMAT_XZ)
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
    """username with runs of '_' and ' ' as one space, stripped, and the
    first letter upper-case (None for an empty name)."""
    if not username:
        return None
    import re
    return first_upper(re.sub('[_ ]+', ' ', username).strip())


def compute_file_hash(filename, sha='sha1', bytes_to_read=None):
    """The hex digest of filename's content (sha1 by default)."""
    import hashlib
    h = sha() if callable(sha) else hashlib.new(sha)
    with open(filename, 'rb') as f:
        h.update(f.read() if bytes_to_read is None else f.read(bytes_to_read))
    return h.hexdigest()


def file_mode_checker(filename, mode=0o600, quiet=False, create=False):
    """Set a regular file's permissions to mode when they differ (with a
    warning naming the old mode unless quiet); with create, a missing file
    is created with mode."""
    import os
    import stat
    try:
        st_mode = os.stat(filename).st_mode
    except OSError:
        if not create:
            raise
        os.close(os.open(filename, os.O_CREAT | os.O_EXCL, mode))
        return
    if stat.S_ISREG(st_mode) and st_mode - stat.S_IFREG != mode:
        os.chmod(filename, mode)
        if os.stat(filename).st_mode != st_mode and not quiet:
            import warnings
            warnings.warn('File {} had {:o} mode; converted to {:o} mode.'
                          .format(filename, st_mode - stat.S_IFREG, mode))


def _install_submodules():
    # the submodules pywikibot's `import pywikibot.tools` leaves as
    # attributes: stand-ins that import them on first use (pywikibot._lazy)
    from pywikibot._lazy import _Submodule
    for name in ('_unidata', 'chars', 'collections', 'itertools', 'threading'):
        if name not in globals():
            globals()[name] = _Submodule('pywikibot.tools.' + name)


_install_submodules()


def __getattr__(name):
    """pywikibot 9.6.3's deprecated names of pywikibot.tools (itergroup,
    filter_unique, DequeGenerator, ...): a FutureWarning, then the
    replacement."""
    from pywikibot._deprecated_attrs import lookup
    return lookup('pywikibot.tools', name)
