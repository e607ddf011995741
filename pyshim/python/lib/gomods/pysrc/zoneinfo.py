"""IANA time zones for datetime (gowikibot: Go's time package and its embedded tzdata)."""

from datetime import tzinfo, timedelta, datetime, timezone
import _gwb_zone

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH',
           'ZoneInfoNotFoundError', 'InvalidTZPathWarning']

TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo', '/etc/zoneinfo')
_EPOCH = datetime(1970, 1, 1)


class ZoneInfoNotFoundError(KeyError):
    """No time zone of that key was found."""


class InvalidTZPathWarning(RuntimeWarning):
    pass


_cache = {}


def _seconds(dt):
    """The wall time of dt as seconds since 1970-01-01 (naive)."""
    d = dt.replace(tzinfo=None) - _EPOCH
    return d.days * 86400 + d.seconds


class ZoneInfo(tzinfo):
    """The time zone of an IANA key, e.g. ZoneInfo('Europe/Berlin')."""

    # No __new__ (so ZoneInfo(key) is a new object each time, unlike
    # CPython's cache): the class layer does not accept tzinfo subclasses
    # whose instances a custom __new__ made as datetime tzinfo arguments.
    def __init__(self, key):
        handle = _cache.get(key)
        if handle is None:
            handle = _gwb_zone.load(key)
            if handle is None:
                raise ZoneInfoNotFoundError('No time zone found with key %s' % key)
            _cache[key] = handle
        self._key = key
        self._zone = handle

    @classmethod
    def no_cache(cls, key):
        return cls(key)

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            _cache.clear()
        else:
            for k in only_keys:
                _cache.pop(k, None)

    @property
    def key(self):
        return self._key

    def __eq__(self, other):
        return isinstance(other, ZoneInfo) and other._key == self._key

    def __hash__(self):
        return hash(self._key)

    def __str__(self):
        return self._key

    def __repr__(self):
        return '%s(key=%r)' % ('zoneinfo.ZoneInfo', self._key)

    def __reduce__(self):
        return (self.__class__, (self._key,))

    def _wall(self, dt):
        return self._zone.wall(_seconds(dt), getattr(dt, 'fold', 0))

    def utcoffset(self, dt):
        if dt is None:
            return None
        return timedelta(seconds=self._wall(dt)[0])

    def dst(self, dt):
        if dt is None:
            return None
        return timedelta(seconds=self._wall(dt)[1])

    def tzname(self, dt):
        if dt is None:
            return None
        return self._wall(dt)[2]

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        off = self._zone.at(_seconds(dt))[0]
        return dt + timedelta(seconds=off)


def available_timezones():
    """The set of IANA keys found in the system's zone database."""
    return set(_gwb_zone.available())


def reset_tzpath(to=None):
    pass
