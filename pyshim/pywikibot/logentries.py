"""pywikibot.logentries: the entries of list=logevents as objects
(LogEntryFactory(site).create(apidata)); the keys of the API's entry
are readable as entry['key'] and, for the common ones, as methods
(entry.type(), entry.user(), ...)."""
from collections import UserDict

import pywikibot
from pywikibot.exceptions import Error, HiddenKeyError
from pywikibot.tools import cached  # noqa: F401 (pywikibot.logentries.cached, as pywikibot's)

__all__ = ('BlockEntry', 'DeleteEntry', 'ImportEntry', 'LogEntry', 'LogEntryFactory',
           'MoveEntry', 'NewUsersEntry', 'OtherLogEntry', 'PatrolEntry', 'ProtectEntry',
           'RightsEntry', 'ThanksEntry', 'UploadEntry', 'UserTargetLogEntry')

_HIDDEN = {'actionhidden': ('action', 'logpage', 'ns', 'pageid', 'params', 'title'),
           'commenthidden': ('comment',), 'userhidden': ('user',)}
_METHOD_KEYS = ('action', 'comment', 'logid', 'ns', 'pageid', 'type', 'user')


class LogEntry(UserDict):
    """A log entry of site (apidata: one item of list=logevents): a
    UserDict of the entry's keys, as pywikibot's."""

    _expected_type = None

    def __init__(self, apidata, site):
        super().__init__(apidata)
        self.site = site
        if self._expected_type is not None and self._expected_type != self.type():
            raise Error('Wrong log type! Expecting {}, received {} instead.'.format(
                self._expected_type, self.type()))

    def __missing__(self, key):
        """HiddenKeyError for a key the entry hides from the user,
        KeyError for another missing key."""
        for hidden_key, keys in _HIDDEN.items():
            if hidden_key in self.data and key in keys:
                raise HiddenKeyError("Log entry ({}) has a hidden '{}' key and you don't have "
                                     "permission to view it due to '{}'".format(
                                         self.data.get('type'), key, hidden_key))
        raise KeyError('Log entry ({}) has no {!r} key'.format(self.data.get('type'), key))

    def __getattr__(self, item):
        if item in _METHOD_KEYS:
            return lambda: self[item]
        raise AttributeError("'{}' object has no attribute '{}'".format(type(self).__name__, item))

    def __repr__(self):
        return '<{}({}, logid={})>'.format(type(self).__name__, self.site.sitename, self.logid())

    def __hash__(self):
        return self.logid() ^ hash(self.site)

    def __eq__(self, other):
        if not isinstance(other, LogEntry):
            return False
        return self.logid() == other.logid() and self.site == other.site

    @property
    def params(self):
        """The entry's additional data (params)."""
        return self.data.get('params', {})

    def page(self):
        """The page the action was on."""
        return pywikibot.Page(self.site, self['title'])

    def timestamp(self):
        """The time of the entry."""
        return pywikibot.Timestamp.fromISOformat(self['timestamp'])


class OtherLogEntry(LogEntry):
    """A log entry of another type."""


class UserTargetLogEntry(LogEntry):
    """A log entry whose target is a user."""

    def page(self):
        return pywikibot.User(self.site, self['title'])


class BlockEntry(LogEntry):
    """A block or unblock (or autoblock removal)."""

    _expected_type = 'block'

    def __init__(self, apidata, site):
        super().__init__(apidata, site)
        pos = self.data.get('title', '').find('#')
        self.isAutoblockRemoval = pos > 0
        if self.isAutoblockRemoval:
            self._blockid = int(self['title'][pos + 1:])

    def page(self):
        if self.isAutoblockRemoval:
            return self._blockid
        return super().page()

    def flags(self):
        return [] if self.action() == 'unblock' else self.params.get('flags', [])

    def expiry(self):
        details = self.params.get('expiry')
        return pywikibot.Timestamp.fromISOformat(details) if details else None

    def duration(self):
        return self.expiry() - self.timestamp() if self.expiry() is not None else None


class RightsEntry(LogEntry):
    """A change of a user's groups."""

    _expected_type = 'rights'

    @property
    def oldgroups(self):
        return self.params.get('oldgroups', [])

    @property
    def newgroups(self):
        return self.params.get('newgroups', [])


class UploadEntry(LogEntry):
    """An upload."""

    _expected_type = 'upload'

    def page(self):
        return pywikibot.FilePage(self.site, self['title'])


class MoveEntry(LogEntry):
    """A page move."""

    _expected_type = 'move'

    @property
    def target_ns(self):
        return self.site.namespaces[self.params['target_ns']]

    @property
    def target_title(self):
        return self.params['target_title']

    @property
    def target_page(self):
        return pywikibot.Page(self.site, self.target_title)

    def suppressedredirect(self):
        return 'suppressedredirect' in self.params


class PatrolEntry(LogEntry):
    """A patrol."""

    _expected_type = 'patrol'

    @property
    def current_id(self):
        return int(self.params['curid'])

    @property
    def previous_id(self):
        return int(self.params['previd'])

    @property
    def auto(self):
        return 'auto' in self.params and self.params['auto'] != 0


def _entry_class(logtype, user_target=False):
    name = logtype.capitalize() + 'Entry'
    bases = (UserTargetLogEntry, OtherLogEntry) if user_target else (OtherLogEntry,)
    return type(name, bases, {'__doc__': '{} log entry'.format(logtype.capitalize()),
                              '_expected_type': logtype})


class LogEntryFactory:
    """Makes the LogEntry of the right class for each entry of site."""

    _logtypes = {'block': BlockEntry, 'rights': RightsEntry, 'upload': UploadEntry,
                 'move': MoveEntry, 'patrol': PatrolEntry}

    def __init__(self, site, logtype=None):
        self._site = site
        self._logtype = logtype
        if logtype is not None:
            self._class = self.get_valid_entry_class(logtype)

    def create(self, logdata):
        """The LogEntry of logdata."""
        if self._logtype is not None:
            return self._class(logdata, self._site)
        if 'type' not in logdata:
            raise Error("Log entry has no 'type' key")
        return self.get_entry_class(logdata['type'])(logdata, self._site)

    def get_valid_entry_class(self, logtype):
        """The class of logtype; KeyError when the site has no such log."""
        logtypes = getattr(self._site, 'logtypes', None)
        if logtypes is not None and logtype not in logtypes:
            raise KeyError('{} is not a valid logtype'.format(logtype))
        return self.get_entry_class(logtype)

    @classmethod
    def get_entry_class(cls, logtype):
        """The class of logtype (made for types without their own)."""
        if logtype not in cls._logtypes:
            if logtype is None:
                cls._logtypes[logtype] = OtherLogEntry
            else:
                cls._logtypes[logtype] = _entry_class(logtype, logtype in ('newusers', 'thanks'))
        return cls._logtypes[logtype]


ProtectEntry = LogEntryFactory.get_entry_class('protect')
DeleteEntry = LogEntryFactory.get_entry_class('delete')
ImportEntry = LogEntryFactory.get_entry_class('import')
NewUsersEntry = LogEntryFactory.get_entry_class('newusers')
ThanksEntry = LogEntryFactory.get_entry_class('thanks')
