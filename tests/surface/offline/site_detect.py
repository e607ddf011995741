"""pywikibot.site_detect without a wiki: WikiHTMLPageParser on pages of
several shapes and check_response on statuses and texts: the same output
from real pywikibot 9.6.3 (site_detect.out) and gowikibot."""
import pywikibot.site_detect as sd
from pywikibot.site_detect import MIN_VERSION, SERVER_DB_ERROR_MSG, WikiHTMLPageParser, check_response

print(MIN_VERSION, type(MIN_VERSION).__name__, SERVER_DB_ERROR_MSG)
print(sd.fetch.__module__, sd.removesuffix('index.php/$1', '$1'), sd.MediaWikiVersion('1.27') == MIN_VERSION)

PAGES = [
    ('https://wiki.example.org/wiki/Main_Page',
     '<html><head><meta name="generator" content="MediaWiki 1.41.0-wmf.5"/>'
     '<link rel="EditURI" type="application/rsd+xml" href="//wiki.example.org/w/api.php?action=rsd"/>'
     '<link rel="search" href="/w/opensearch_desc.php"/>'
     '<link rel="stylesheet" href="/w/load.php?modules=site.styles"/></head></html>'),
    ('http://example.org/index.php/Main',
     '<meta name="generator" content="MediaWiki 1.35.2">'
     '<script src="http://example.org/load.php?lang=en&amp;modules=startup"></script>'),
    ('http://example.org/wiki/X',
     '<link rel="stylesheet" href="http://cdn.example.net/w/load.php?x=1">'
     '<link rel="EditURI" href="https://example.org/w/api.php?action=rsd">'
     '<link rel="search" href="http://www.example.org/w/opensearch_desc.php">'),
    ('http://example.org/wiki/Y', '<meta name="generator" content="Not MediaWiki"><p>no links</p>'),
    ('http://example.org/wiki/Z', '<link rel="stylesheet" href="/static/site.css"><script src="app.js"></script>'
                                  '<link rel="EditURI" href="api.php">'),
]
for url, html in PAGES:
    p = WikiHTMLPageParser(url)
    try:
        p.feed(html)
    except AssertionError as e:
        print('AssertionError:', e)
    print(url, '->', p.server, repr(p.scriptpath), p.version, p.generator, p.url.netloc)

p = WikiHTMLPageParser('http://example.org/')
p.set_version(sd.MediaWikiVersion('1.30'))
p.set_version(sd.MediaWikiVersion('1.20'))
print(p.version)
p.set_api_url('https://example.org/w/api.php')
p.set_api_url('http://example.org/w/api.php')
print(p.server, p.scriptpath)
try:
    p.set_api_url('https://other.org/w/api.php')
except AssertionError as e:
    print('AssertionError:', e)


class Response:
    def __init__(self, status_code, text=''):
        self.status_code = status_code
        self.text = text


for status, text in ((200, 'fine'), (200, 'x' + SERVER_DB_ERROR_MSG), (302, ''), (400, ''), (403, ''),
                     (404, ''), (414, ''), (429, ''), (499, ''), (500, ''), (502, ''), (503, ''), (504, ''),
                     (599, '')):
    try:
        check_response(Response(status, text))
    except Exception as e:  # noqa: BLE001 -- the class and text are what is compared
        print(status, type(e).__name__, e)
    else:
        print(status, 'ok')
