"""The less used helpers of pywikibot.tools (loaded on first use by
tools.__getattr__): MediaWikiVersion, suppress_warnings, has_module,
is_ip_network, as_filename and merge_unique_dicts, as pywikibot 9.6.3
has them."""
import re
import warnings

__all__ = ('MediaWikiVersion', 'as_filename', 'has_module', 'is_ip_network', 'merge_unique_dicts',
           'suppress_warnings')


def is_ip_network(value):
    """Whether value is a range of IPv4 or IPv6 addresses ('10.0.0.0/8';
    a single address is a network of one)."""
    import ipaddress
    try:
        ipaddress.ip_network(value)
    except ValueError:
        return False
    return True


def _version_tuple(text):
    return tuple(int(n) for n in re.findall(r'\d+', text.split('+')[0])[:4])


def has_module(module, version=None):
    """Whether the distribution module is installed (importlib.metadata
    knows it), at version or later (else an ImportWarning and False)."""
    from importlib import metadata
    try:
        found = metadata.version(module)
    except metadata.PackageNotFoundError:
        return False
    if version and _version_tuple(found) < _version_tuple(version):
        warnings.warn('Module version {} is lower than requested version {}'.format(found, version),
                      ImportWarning)
        return False
    return True


def as_filename(string, repl='_'):
    """string with the characters that are bad in file names on some
    systems (: * ? / \\ " and space) replaced by repl (one character, not
    one of them, or '')."""
    bad = ':*?/\\" '
    if len(repl) > 1 or len(repl) == 1 and repl in bad:
        raise ValueError('Invalid repl parameter {!r}'.format(repl))
    return re.sub('[:*?/\\\\" ]', repl, string)


def merge_unique_dicts(*args, **kwargs):
    """The dicts args (and kwargs as one more) merged; a ValueError when
    two have a key in common."""
    result = {}
    conflicts = set()
    for d in list(args) + [dict(kwargs)]:
        conflicts |= set(d.keys()) & set(result.keys())
        result.update(d)
    if conflicts:
        raise ValueError('Multiple dicts contain the same keys: {}'.format(
            ', '.join(sorted(str(k) for k in conflicts))))
    return result


class suppress_warnings(warnings.catch_warnings):
    """Context manager and decorator hiding the warnings whose message
    starts with message (a case-insensitive regex), whose category is
    category or a subclass and whose file name starts with filename; the
    others are shown when it exits."""

    def __init__(self, message='', category=Warning, filename=''):
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
        def suppressed_func(*args, **kwargs):
            with self:
                return func(*args, **kwargs)
        suppressed_func.__name__ = func.__name__
        suppressed_func.__doc__ = func.__doc__
        suppressed_func.__wrapped__ = func
        return suppressed_func


_VERSION = re.compile(r'(\d+(?:\.\d+)+)(-?wmf\.?(\d+)|alpha|beta(\d+)|-?rc\.?(\d+)|.*)?')


class MediaWikiVersion:
    """A MediaWiki version: digits and dots, then an optional suffix
    'wmf<n>', 'alpha', 'beta<n>' or 'rc.<n>'. A suffixed version sorts
    before the plain one, in that order (1.35wmf1 < 1.35alpha < 1.35beta1
    < 1.35-rc.1 < 1.35); compares with a str too."""

    MEDIAWIKI_VERSION = _VERSION

    def __init__(self, version_str):
        self._parse(version_str)

    def _parse(self, version_str):
        m = _VERSION.fullmatch(version_str)
        if not m:
            raise ValueError('Invalid version number "{}"'.format(version_str))
        if m.group(3):
            self._dev_version = (0, int(m.group(3)))
        elif m.group(4):
            self._dev_version = (2, int(m.group(4)))
        elif m.group(5):
            self._dev_version = (3, int(m.group(5)))
        elif m.group(2) in ('alpha', '-alpha'):
            self._dev_version = (1,)
        else:
            for handled in ('wmf', 'alpha', 'beta', 'rc'):
                if handled in (m.group(2) or ''):
                    raise AssertionError('Found "{}" in "{}"'.format(handled, m.group(2)))
            self._dev_version = (4,)
        self.suffix = m.group(2) or ''
        self.version = tuple(int(n) for n in m.group(1).split('.'))

    @staticmethod
    def from_generator(generator):
        """The version of a siteinfo generator string ('MediaWiki 1.39.1')."""
        prefix = 'MediaWiki '
        if not generator.startswith(prefix):
            raise ValueError('Generator string ({!r}) must start with "{}"'.format(generator, prefix))
        return MediaWikiVersion(generator[len(prefix):])

    def __str__(self):
        return '.'.join(str(v) for v in self.version) + self.suffix

    def __eq__(self, other):
        if isinstance(other, str):
            other = MediaWikiVersion(other)
        elif not isinstance(other, MediaWikiVersion):
            return False
        return self.version == other.version and self._dev_version == other._dev_version

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        if isinstance(other, str):
            other = MediaWikiVersion(other)
        elif not isinstance(other, MediaWikiVersion):
            raise TypeError("Comparison between 'MediaWikiVersion' and '{}' unsupported"
                            .format(type(other).__name__))
        if self.version != other.version:
            return self.version < other.version
        return self._dev_version < other._dev_version

    def __gt__(self, other):
        if isinstance(other, str):
            other = MediaWikiVersion(other)
        elif not isinstance(other, MediaWikiVersion):
            raise TypeError("Comparison between 'MediaWikiVersion' and '{}' unsupported"
                            .format(type(other).__name__))
        return other.__lt__(self)

    def __le__(self, other):
        return not self.__gt__(other)

    def __ge__(self, other):
        return not self.__lt__(other)

    __hash__ = None
