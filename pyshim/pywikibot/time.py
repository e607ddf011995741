"""pywikibot.time: MediaWiki timestamps and duration shorthands
("300s", "36h", "7d", "2w", "1y")."""
import datetime
import math

import pywikibot  # noqa: F401 (pywikibot.time.pywikibot, as pywikibot's)
from pywikibot import Timestamp  # noqa: F401  (pywikibot.time.Timestamp)
from pywikibot.tools import PYTHON_VERSION, SPHINX_RUNNING, classproperty, deprecated  # noqa: F401 (as pywikibot's)

__all__ = ('parse_duration', 'str2timedelta', 'MW_KEYS', 'Timestamp', 'TZoneFixedOffset')


class _ReadOnlyMapping(dict):
    """A dict that refuses changes (types.MappingProxyType)."""

    def _refuse(self, *args, **kwargs):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = __delitem__ = update = pop = popitem = clear = setdefault = _refuse


#: the duration qualifiers and the timedelta keyword each stands for
MW_KEYS = _ReadOnlyMapping(s='seconds', h='hours', d='days', w='weeks', y='years')


def parse_duration(string):
    """(qualifier, number) of a duration shorthand such as '36h';
    ValueError for a malformed one."""
    if len(string) < 2:
        raise ValueError('Time period should be a numeric value followed by its qualifier')
    key, duration = string[-1], string[:-1]
    if key not in MW_KEYS:
        raise ValueError('Time period qualifier is unrecognized: {}'.format(string))
    if not duration.isdigit():
        raise ValueError("Time period's duration should be numeric: {}".format(string))
    return key, int(duration)


def str2timedelta(string, timestamp=None):
    """The timedelta of a duration shorthand; years count 365.25 days, or
    whole calendar years from timestamp when it is given."""
    key, duration = parse_duration(string)
    if key == 'y':
        if timestamp:
            from pywikibot.date import apply_month_delta
            return apply_month_delta(timestamp.date(), month_delta=duration * 12) - timestamp.date()
        return datetime.timedelta(days=math.ceil(duration * 365.25))
    return datetime.timedelta(**{MW_KEYS[key]: duration})


class TZoneFixedOffset(datetime.tzinfo):
    """A time zone at a fixed offset (in minutes) from UTC, with a name."""

    def __init__(self, offset, name):
        self._offset = datetime.timedelta(minutes=offset)
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        return self._name

    def dst(self, dt):
        return datetime.timedelta(0)

    def __repr__(self):
        return '{}({}, {})'.format(type(self).__name__,
                                   self._offset.days * 86400 + self._offset.seconds, self._name)
