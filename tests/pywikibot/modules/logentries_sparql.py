"""pywikibot.logentries and the value classes of pywikibot.data.sparql,
without a wiki (a stand-in site object)."""
from pywikibot.logentries import LogEntryFactory, BlockEntry, MoveEntry, OtherLogEntry
from pywikibot.exceptions import Error, HiddenKeyError
from pywikibot.data.sparql import URI, Literal, Bnode, VALUE_TYPES


class FakeSite:
    sitename = 'demo:demo'
    logtypes = {'block', 'move', 'delete', 'patrol', 'newusers'}


site = FakeSite()
factory = LogEntryFactory(site)
entry = factory.create({'logid': 7, 'type': 'delete', 'action': 'delete', 'user': 'Admin',
                        'title': 'Gone', 'comment': 'spam', 'ns': 0, 'pageid': 0,
                        'timestamp': '2024-01-02T03:04:05Z'})
print(type(entry).__name__, isinstance(entry, OtherLogEntry), repr(entry))
print(entry.logid(), entry.type(), entry.action(), entry.user(), entry.comment(), entry['title'], entry.params)
block = factory.create({'logid': 8, 'type': 'block', 'action': 'block', 'title': 'User:X',
                        'params': {'flags': ['nocreate'], 'expiry': '2024-02-01T00:00:00Z'},
                        'timestamp': '2024-01-01T00:00:00Z'})
print(type(block).__name__, block.flags(), block.isAutoblockRemoval, block.duration())
unblock = factory.create({'logid': 9, 'type': 'block', 'action': 'unblock', 'title': 'User:#42'})
print(unblock.flags(), unblock.isAutoblockRemoval, unblock.page())
move = factory.create({'logid': 10, 'type': 'move', 'params': {'target_title': 'New', 'target_ns': 0,
                                                                  'suppressredirect': ''}})
print(type(move).__name__, move.target_title, move.suppressedredirect())
hidden = factory.create({'logid': 11, 'type': 'delete', 'userhidden': ''})
for key in ('user', 'comment'):
    try:
        hidden[key]
    except HiddenKeyError as e:
        print('HiddenKeyError', e)
    except KeyError as e:
        print('KeyError', e)
try:
    factory.create({'logid': 12})
except Error as e:
    print('Error', e)
try:
    BlockEntry({'logid': 13, 'type': 'move'}, site)
except Error as e:
    print('Error', e)
try:
    LogEntryFactory(site, 'nosuchlog')
except KeyError as e:
    print('KeyError', e)
typed = LogEntryFactory(site, 'newusers').create({'logid': 14, 'type': 'newusers'})
print(type(typed).__name__, entry == entry, entry == typed, LogEntryFactory.get_entry_class('thanks').__name__)

u = URI({'value': 'http://www.wikidata.org/entity/Q42'}, entity_url='http://www.wikidata.org/entity/')
print(u.getID(), repr(u), str(u), URI({'value': 'http://x/y'}, 'http://www.wikidata.org/entity/').getID())
print(repr(Literal({'value': '5', 'datatype': 'xsd:int'})), repr(Literal({'value': 'hi', 'xml:lang': 'en'})),
      repr(Literal({'value': 'plain'})), repr(Bnode({'value': 'b1'})), sorted(VALUE_TYPES))
