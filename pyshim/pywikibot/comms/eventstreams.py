"""Server-sent events (SSE) from Wikimedia's EventStreams service, or any
SSE URL, as pywikibot.comms.eventstreams: ``EventStreams(streams=...,
since=..., site=..., url=...)`` yields each event's data (a dict) that
passes the registered filters; ``site_rc_listener(site)`` gives a site's
recent changes.

pywikibot reads the stream with the sseclient package's SSEClient, which
it imports as EventSource; gowikibot's EventSource is its own client of the
same shape over its ``requests`` (Go's net/http), so nothing has to be
installed (and pywikibot's ImportError for a missing sseclient never
happens). A stream the server ends is opened again from the last event id;
a dropped connection too, with a warning.
"""
import json
from functools import partial

import requests

from pywikibot import Site, Timestamp, config, debug, warning
from pywikibot.tools.collections import GeneratorWrapper

__all__ = ('EventSource', 'EventStreams', 'site_rc_listener')


class _Event:
    """One server-sent event: its type, data, id and retry fields."""

    def __init__(self):
        self.event = 'message'
        self.data = ''
        self.id = None
        self.retry = None

    def __repr__(self):
        return '<_Event event={!r} id={!r} data={!r}>'.format(self.event, self.id, self.data[:60])


def _events(response):
    """The events of an SSE response, as the protocol splits them: fields
    up to a blank line; data lines joined with newlines."""
    ev, lines = _Event(), []
    for raw in response.iter_lines(decode_unicode=True):
        line = raw if isinstance(raw, str) else raw.decode('utf-8', 'replace')
        if line == '':
            if lines or ev.id is not None or ev.event != 'message':
                ev.data = '\n'.join(lines)
                yield ev
            ev, lines = _Event(), []
            continue
        if line.startswith(':'):
            continue
        field, _, value = line.partition(':')
        if value.startswith(' '):
            value = value[1:]
        if field == 'data':
            lines.append(value)
        elif field == 'event':
            ev.event = value
        elif field == 'id':
            ev.id = value
        elif field == 'retry':
            ev.retry = value
    if lines:
        ev.data = '\n'.join(lines)
        yield ev


class EventSource:
    """A server-sent events client of sseclient.SSEClient's shape (the
    class pywikibot's EventStreams reads through): made with the url (and
    last_id, retry, chunk_size and requests' keyword arguments), it
    connects at once; iterating gives the events, opening the stream again
    from the last event id when the server ends it. resp is the current
    response."""

    def __init__(self, url, last_id=None, retry=3000, chunk_size=1024, **kwargs):
        self.url = url
        self.last_id = last_id
        self.retry = retry
        self.chunk_size = chunk_size
        self.requests_kwargs = kwargs
        self._connect()

    def _connect(self):
        kwargs = dict(self.requests_kwargs)
        headers = dict(kwargs.pop('headers', None) or {})
        headers.setdefault('Accept', 'text/event-stream')
        headers.setdefault('Cache-Control', 'no-cache')
        if self.last_id is not None:
            headers['Last-Event-ID'] = self.last_id
        self.resp = requests.get(self.url, headers=headers, stream=True, **kwargs)
        self.resp.raise_for_status()
        self._events = _events(self.resp)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            try:
                event = next(self._events)
            except StopIteration:
                self._connect()  # the server ended the stream
                continue
            if event.id is not None:
                self.last_id = event.id
            if event.retry is not None and event.retry.isdigit():
                self.retry = int(event.retry)
            return event


# The hosts of Wikimedia's wikis, which its EventStreams service covers
# (pywikibot's WikimediaFamily.eventstreams_host and eventstreams_path).
_WIKIMEDIA_DOMAINS = ('wikipedia.org', 'wikimedia.org', 'wiktionary.org', 'wikibooks.org',
                      'wikinews.org', 'wikiquote.org', 'wikisource.org', 'wikiversity.org',
                      'wikivoyage.org', 'wikidata.org', 'mediawiki.org', 'wikifunctions.org')


def _eventstreams_service(site):
    """The EventStreams host and path of site's family: a family file's
    own eventstreams_host/eventstreams_path, else Wikimedia's service for
    Wikimedia's wikis; NotImplementedError for other families."""
    fam = site.family
    if hasattr(fam, 'eventstreams_host') and hasattr(fam, 'eventstreams_path'):
        try:
            return fam.eventstreams_host(site.code), fam.eventstreams_path(site.code)
        except NotImplementedError:
            pass  # Family's own (the built-in families' classes are no WikimediaFamily)
    host = site.hostname() or ''
    if any(host == d or host.endswith('.' + d) for d in _WIKIMEDIA_DOMAINS):
        return 'https://stream.wikimedia.org', '/v2/stream'
    raise NotImplementedError('This family does not support EventStreams')


class EventStreams(GeneratorWrapper):
    """The events of one or more streams (see the module's docstring).

    Keyword arguments: site (default: pywikibot.Site()), streams (a str of
    comma-separated stream types or an iterable of them; needed without
    url), since (a Timestamp, an ISO 8601 or a MediaWiki timestamp), url,
    canary (keep canary events), timeout (default config.socket_timeout),
    headers and the other keyword arguments of requests.get."""

    def __init__(self, **kwargs):
        self.filter = {'all': [], 'any': [], 'none': []}
        self._total = None
        self._canary = kwargs.pop('canary', False)
        try:
            self._site = kwargs.pop('site')
        except KeyError:
            self._site = Site()
        self._streams = kwargs.pop('streams', None)
        if self._streams and not isinstance(self._streams, str):
            self._streams = ','.join(self._streams)
        self._since = kwargs.pop('since', None)
        if self._since:
            if isinstance(self._since, str) and '-' not in self._since:
                self._since = Timestamp.fromtimestampformat(self._since)
            if isinstance(self._since, Timestamp):
                self._since = self._since.isoformat()
        self._url = kwargs.get('url') or self.url
        kwargs.setdefault('url', self._url)
        kwargs.setdefault('timeout', config.socket_timeout)
        self.sse_kwargs = kwargs

    def __repr__(self):
        kwargs = self.sse_kwargs.copy()
        if self._site != Site():
            kwargs['site'] = self._site
        if self._streams:
            kwargs['streams'] = self._streams
            kwargs.pop('url')
        if self._since:
            kwargs['since'] = self._since
        if kwargs['timeout'] == config.socket_timeout:
            kwargs.pop('timeout')
        return '{}({})'.format(type(self).__name__, ', '.join(
            '{}={!r}'.format(k, v) for k, v in kwargs.items()))

    @property
    def url(self):
        """The stream URL: the url given, else the site family's
        EventStreams host and path, the stream types and since (kept in
        _url, as pywikibot's cached property)."""
        if hasattr(self, '_url'):
            return self._url
        if self._streams is None:
            raise NotImplementedError('No streams specified for class {}'.format(type(self).__name__))
        host, path = _eventstreams_service(self._site)
        self._url = '{}{}/{}{}'.format(host, path, self._streams,
                                       '?since={}'.format(self._since) if self._since else '')
        return self._url

    def set_maximum_items(self, value):
        """Stop after value events (None: no limit)."""
        if value is not None:
            self._total = int(value)
            debug('{}: Set limit (maximum_items) to {}.'.format(type(self).__name__, self._total))

    def register_filter(self, *args, ftype='all', **kwargs):
        """Register filters of type ftype ('all', 'any' or 'none'): callables
        taking the event data, and key=value pairs (value True/False/None:
        data[key] is value; a str or int: equal; else: data[key] in value)."""
        def _is(data, key=None, value=None):
            return key in data and data[key] is value

        def _eq(data, key=None, value=None):
            return key in data and data[key] == value

        def _in(data, key=None, value=None):
            return key in data and data[key] in value

        for func in args:
            if not callable(func):
                raise TypeError('{} is not a callable'.format(func))
            self.filter[ftype].append(func)
        for key, value in kwargs.items():
            if isinstance(value, (bool, type(None))):
                self.filter[ftype].append(partial(_is, key=key, value=value))
            elif isinstance(value, (str, int)):
                self.filter[ftype].append(partial(_eq, key=key, value=value))
            else:
                self.filter[ftype].append(partial(_in, key=key, value=value))

    def streamfilter(self, data):
        """Whether data passes the filters: no 'none' filter matches, every
        'all' filter does, and some 'any' filter does (when there are any);
        canary events are dropped unless canary=True."""
        if not self._canary and data.get('meta', {}).get('domain') == 'canary':
            return False
        if any(function(data) for function in self.filter['none']):
            return False
        if not all(function(data) for function in self.filter['all']):
            return False
        if not self.filter['any']:
            return True
        return any(function(data) for function in self.filter['any'])

    @property
    def generator(self):
        """The filtered events' data, read through EventSource (made on
        first use, again after a connection error)."""
        n = 0
        event = None
        ignore_first_empty_warning = True
        while self._total is None or n < self._total:
            if not hasattr(self, 'source'):
                self.source = EventSource(**self.sse_kwargs)
            try:
                event = next(self.source)
            except (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError, OSError) as e:
                warning('Connection error: {}.\nTry to re-establish connection.'.format(e))
                del self.source
                if event is not None:
                    self.sse_kwargs['last_id'] = event.id
                continue
            if event.event == 'message':
                if event.data:
                    try:
                        element = json.loads(event.data)
                    except ValueError as e:
                        warning('Could not load json data from\n{}\n{}'.format(event, e))
                    else:
                        if self.streamfilter(element):
                            n += 1
                            yield element
                elif not ignore_first_empty_warning:
                    warning('Empty message found.')
                else:
                    ignore_first_empty_warning = False
            elif event.event == 'error':
                warning('Encountered error: {}'.format(event.data))
            else:
                warning('Unknown event {} occurred.'.format(event.event))
        debug('{}: Stopped iterating due to exceeding item limit.'.format(type(self).__name__))
        del self.source


def site_rc_listener(site, total=None):
    """The recent changes of site, from EventStreams (up to total)."""
    stream = EventStreams(streams='recentchange', site=site)
    stream.set_maximum_items(total)
    stream.register_filter(server_name=site.hostname())
    return stream
