"""pywikibot.data.memento: archived copies of a web page (Memento,
RFC 7089) through a TimeGate, for weblinkchecker."""
import datetime
import re

import pywikibot
from pywikibot import config
from pywikibot.comms import http

__all__ = ('MementoClient', 'MementoClientException', 'get_closest_memento_url')

DEFAULT_TIMEGATE = 'http://timetravel.mementoweb.org/timegate/'


class MementoClientException(Exception):
    """The TimeGate did not answer as Memento prescribes."""


def _links(header):
    """{rel: [url, ...]} of a Link header."""
    out = {}
    for m in re.finditer(r'<([^>]*)>\s*;([^<]*)', header or ''):
        rel = re.search(r'rel="([^"]*)"', m.group(2))
        if rel:
            for r in rel.group(1).split():
                out.setdefault(r, []).append(m.group(1))
    return out


class MementoClient:
    """Asks a TimeGate for the memento of a URL closest to a time."""

    def __init__(self, timegate_uri=DEFAULT_TIMEGATE):
        self.timegate_uri = timegate_uri

    def get_memento_info(self, url, when):
        """{'mementos': {'closest': {'uri': [...]}, ...}} for url at when."""
        accept = when.strftime('%a, %d %b %Y %H:%M:%S GMT')
        r = http.fetch(self.timegate_uri + url, headers={'Accept-Datetime': accept},
                       allow_redirects=False, default_error_handling=False)
        if isinstance(r, Exception):
            raise r
        location = r.headers.get('location')
        links = _links(r.headers.get('link', ''))
        closest = location or (links.get('memento') or [None])[0]
        if r.status_code >= 400 or not closest:
            raise MementoClientException('TimeGate {} gave no memento for {} (HTTP {})'.format(
                self.timegate_uri, url, r.status_code))
        mementos = {'closest': {'uri': [closest]}}
        for rel in ('first', 'last', 'prev', 'next'):
            for key, value in links.items():
                if rel in key.split() or key == rel + ' memento':
                    mementos[rel] = {'uri': value}
        return {'original_uri': url, 'timegate_uri': self.timegate_uri + url,
                'mementos': mementos}


def get_closest_memento_url(url, when=None, timegate_uri=None):
    """The URL of the archived copy of url closest to when (now)."""
    if not when:
        when = datetime.datetime.now()
    mc = MementoClient()
    if timegate_uri:
        mc.timegate_uri = timegate_uri
    error = None
    for _ in range(config.max_retries + 1):
        try:
            info = mc.get_memento_info(url, when)
            break
        except (ConnectionError, MementoClientException) as e:
            error = e
            pywikibot.sleep(config.retry_wait)
    else:
        raise error
    mementos = info.get('mementos')
    if not mementos:
        raise ValueError('mementos not found for {} via {}'.format(url, timegate_uri))
    if 'closest' not in mementos:
        raise ValueError('closest memento not found for {} via {}'.format(url, timegate_uri))
    if 'uri' not in mementos['closest']:
        raise ValueError('closest memento uri not found for {} via {}'.format(url, timegate_uri))
    return mementos['closest']['uri'][0]
