"""pywikibot.comms.eventstreams reads through the module's EventSource
(sseclient's SSEClient in pywikibot 9.6.3, gowikibot's own client): with
it replaced by a stand-in, EventStreams makes it from sse_kwargs on first
use, yields the filtered messages' data, warns on error, unknown and
unreadable events, skips the first empty message, and after a connection
error makes a new one from the last event id. Same output from real
pywikibot 9.6.3 (eventsource.out) and gowikibot."""
import sys
from unittest import mock

import pywikibot
from pywikibot.comms import eventstreams
from pywikibot.comms.eventstreams import EventStreams

made = []


class Ev:
    def __init__(self, data, event='message', id=None):
        self.data, self.event, self.id = data, event, id

    def __repr__(self):
        return 'Ev({!r})'.format(self.data)


SCRIPT = [Ev(''), Ev('{"a": 1, "bot": false}', id='1'), Ev('', 'error'), Ev('x', 'odd', id='2'), Ev(''),
          Ev('{broken', id='3'), Ev('{"a": 2, "bot": true}', id='4'), OSError('dropped'),
          Ev('{"a": 3, "bot": false}', id='5'), Ev('{"a": 4, "bot": false}', id='6')]


class Source:
    chunk_size = 1024

    def __init__(self, **kwargs):
        made.append(sorted(kwargs.items()))
        self.it = iter(SCRIPT if len(made) == 1 else SCRIPT[8:])

    def __next__(self):
        item = next(self.it)
        if isinstance(item, Exception):
            raise item
        return item


class Stand:
    """Stands for the default site (a real one asks the wiki who we are)."""

    def __repr__(self):
        return 'Stand()'


stand = Stand()
pywikibot.config.socket_timeout = 7
with mock.patch('pywikibot.comms.eventstreams.EventSource', new=Source), \
        mock.patch('pywikibot.comms.eventstreams.Site', new=lambda: stand):
    es = EventStreams(url='http://stream.example/x', headers={'X': 'y'})
    print(repr(es), es._url, es.url, sorted(es.sse_kwargs.items()), es._total, es._streams)
    es.register_filter(bot=False)
    es.set_maximum_items(3)
    sys.stderr.flush()
    print([d['a'] for d in es])
    sys.stderr.flush()
    print(made, hasattr(es, 'source'))
    es2 = EventStreams(url='u', timeout=3, site=Stand())
    print(repr(es2), es2.url)
print(isinstance(eventstreams.EventSource, (type, Exception)))
