"""pywikibot.logentries.LogEntry is a collections.UserDict: the mapping
methods it inherits (fromkeys cannot make an entry without its data and
site), the hidden and missing keys, copy: the same output from real
pywikibot 9.6.3 (logentry_dict.out) and gowikibot."""
from collections import UserDict
from collections.abc import MutableMapping

from pywikibot.exceptions import HiddenKeyError
from pywikibot.logentries import LogEntry, OtherLogEntry


class FakeSite:
    sitename = 'demo:en'


apidata = {'type': 'delete', 'logid': 5, 'action': 'delete', 'title': 'X', 'commenthidden': ''}
e = OtherLogEntry(apidata, FakeSite())
print(isinstance(e, UserDict), isinstance(e, MutableMapping), len(e), sorted(e), e.type(), e.logid(), repr(e))
print(e.data == apidata, e.data is apidata)
try:
    e['comment']
except HiddenKeyError as err:
    print('HiddenKeyError:', err)
try:
    e['nope']
except KeyError as err:
    print('KeyError:', err)
print(e.get('nope', 1), e.get('comment', 2), 'title' in e, 'comment' in e)
e['extra'] = 1
print('extra' in e, e.pop('extra'), 'extra' in e, e.setdefault('z', 3), sorted(e.keys()))
e.update({'params': {'a': 1}})
print(e.params, sorted(e.items())[:2], list(e.values())[:1])
for args in (['a'], [], ['a', 'b']):
    try:
        LogEntry.fromkeys(*args)
    except TypeError as err:
        print('TypeError:', err)
c = e.copy()
print(type(c).__name__, c is e, c.data == e.data, c.data is e.data, c.site is e.site, c == e)
c.clear()
print(len(c), len(e))
