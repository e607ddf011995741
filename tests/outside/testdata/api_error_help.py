"""APIError as pywikibot 9.6.3 builds it from the wiki's answer: the help
line ('*' under formatversion 1, kept as 'help'; 'docref' under 2) in
other, str() and repr(), and the 'WARNING: API error' line on stderr
(the wiki's address replaced by WIKI)."""
import re

import pywikibot
from pywikibot.data import api
from pywikibot.exceptions import APIError, OtherPageSaveError


def show(text):
    print(re.sub(r'https?://[^/\s]+', 'WIKI', text))


site = pywikibot.Site()
requests = [site.simple_request(action='nosuchaction'),
            site.simple_request(action='query', prop='revisions', revids='x'),
            site.simple_request(action='parse', page='Does not exist', formatversion=2),
            api.Request(site=site, parameters={'action': 'parse', 'page': 'Does not exist'}),
            api.Request(site=site, parameters={'action': 'parse', 'page': 'Does not exist',
                                               'formatversion': 2})]
for request in requests:
    try:
        request.submit()
    except APIError as e:
        show('{} {!r}'.format(type(e).__name__, str(e)))
        show('{!r} {!r} {}'.format(e.code, e.info, list(e.other)))
        show(repr(e))
page = pywikibot.Page(site, 'MediaWiki:Api error help')
page.text = 'x'
try:
    page.save('probe')
except OtherPageSaveError as e:
    show('{} {!r}'.format(type(e).__name__, str(e)))
    show('{} {!r} {}'.format(type(e.reason).__name__, str(e.reason), list(e.reason.other)))
