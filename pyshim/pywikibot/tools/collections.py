"""Collections that scripts import from pywikibot.tools.collections
(gowikibot's own implementation of pywikibot's names and behaviour)."""
import collections
from collections.abc import Iterator, Mapping

__all__ = ['CombinedError', 'DequeGenerator', 'EmptyDefault', 'SizedKeyCollection',
           'EMPTY_DEFAULT', 'GeneratorWrapper', 'RateLimit']


class SizedKeyCollection:
    """Values grouped by a key that each value gives itself (its keyattr
    attribute, or the result of calling it); len() counts the values,
    iteration yields every value."""

    def __init__(self, keyattr):
        self.keyattr = keyattr
        self.data = {}
        self.size = 0

    def __contains__(self, key):
        return key in self.data

    def __getattr__(self, key):
        if key in ('keys', 'values', 'items'):
            return getattr(self.data, key)
        raise AttributeError(key)

    def __getitem__(self, key):
        return self.data[key]

    def __iter__(self):
        for values in self.data.values():
            for value in values:
                yield value

    def __len__(self):
        return self.size

    def __repr__(self):
        return str(self.data).replace('defaultdict', self.__class__.__name__)

    def _key(self, value):
        key = getattr(value, self.keyattr)
        return key() if callable(key) else key

    def append(self, value):
        """Add value under its key."""
        key = self._key(value)
        if key not in self.data:
            self.data[key] = []
        self.data[key].append(value)
        self.size += 1

    def remove(self, value):
        """Remove value (KeyError for an unknown key; nothing for a value
        not there)."""
        values = self.data[self._key(value)]
        if value in values:
            values.remove(value)
            self.size -= 1

    def remove_key(self, key):
        """Remove every value of key."""
        if key in self.data:
            self.size -= len(self.data[key])
            del self.data[key]

    def clear(self):
        """Remove every value."""
        self.data.clear()
        self.size = 0

    def filter(self, key):
        """Yield the values of key."""
        for value in self.data.get(key, ()):
            yield value

    def iter_values_len(self):
        """Yield (key, number of its values) pairs."""
        for key, values in self.data.items():
            yield key, len(values)


class CombinedError(KeyError, IndexError):
    """Both a KeyError and an IndexError."""


class EmptyDefault(str, Mapping):
    """An empty string that is also an empty mapping (for '%' formatting
    with either a tuple or a dict)."""

    def __init__(self):
        self.iteritems = self.items

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0

    def __getitem__(self, key):
        raise CombinedError(key)

    def _empty(self, *args, **kwargs):
        return []

    items = values = keys = _empty


EMPTY_DEFAULT = EmptyDefault()


class DequeGenerator(collections.deque, Iterator):
    """A deque that is its own iterator: iterating pops items from the
    left while more may be appended at the right.

    pywikibot's bases are (Iterator, deque); the interpreter makes no
    deque for an instance whose class names a Python ABC before the Go
    type (deque's methods then refuse it), so deque comes first here, and
    Iterator's mixin __iter__ is not reached through deque's slot either:
    it is named below."""

    def __iter__(self):
        return self

    def __next__(self):
        if self:
            return self.popleft()
        raise StopIteration

    def __repr__(self):
        # listing the items pops them: put them back
        items = list(self)
        self.extend(items)
        return '{}({})'.format(type(self).__name__, items)


class GeneratorWrapper:
    """A generator that wraps the generator its subclass defines as the
    property `generator`; it can be restarted."""

    _started_gen = None

    @property
    def generator(self):
        raise NotImplementedError('generator property must be implemented')

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        if self._started_gen is None:
            self._started_gen = self.generator
        return self._started_gen.send(value)

    def throw(self, *args):
        if self._started_gen is None:
            self._started_gen = self.generator
        return self._started_gen.throw(*args)

    def close(self):
        if self._started_gen is not None:
            self._started_gen.close()

    def restart(self):
        """Start the generator again from its beginning."""
        self._started_gen = None


class RateLimit(collections.namedtuple('RateLimit', 'group hits seconds',
                                       defaults=('unknown', 50, 0))):
    """A rate limit: group, hits per seconds (APISite.ratelimit)."""

    @property
    def delay(self):
        """Seconds to wait between two actions."""
        return self.seconds / self.hits

    def _replace(self, **kwargs):
        # gowikibot's collections.namedtuple._replace returns the base
        # namedtuple, not the subclass (stdlib gap): rebuild as this class.
        values = self._asdict()
        values.update(kwargs)
        return type(self)(**values)

    @property
    def ratio(self):
        """Actions per second."""
        return self.hits / self.seconds if self.seconds else float('inf')


from pywikibot._datarecord import DataRecord  # noqa: E402,F401  (pywikibot 11.6)
