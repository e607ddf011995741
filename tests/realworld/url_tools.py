"""URL utilities: extract links from HTML, resolve and normalise them,
rewrite query strings, and group by host."""
import re
from urllib.parse import urljoin, urlparse, urlunparse, parse_qsl, urlencode, quote, unquote
from itertools import groupby
from operator import itemgetter
import html

PAGE = """<html><head><base href="https://en.wikipedia.org/wiki/Main_Page"></head>
<body>
<a href="/wiki/Python_(programming_language)">Python</a>
<a href='Special:Random' class="x">Random</a>
<a href="//commons.wikimedia.org/wiki/File:Example.jpg?uselang=en&amp;foo=1">File</a>
<a href="https://EN.Wikipedia.org:443/w/index.php?title=Go&action=edit&utm_source=x#top">Edit Go</a>
<a href="mailto:info@example.org">Mail</a>
<a href="../w/api.php?action=query&amp;format=json&amp;titles=A%20B">API</a>
<a href="#section">Anchor</a>
<A HREF="http://example.com/a/./b/../c?b=2&a=1">Example</A>
</body></html>"""

LINK = re.compile(r'<a\s[^>]*?href\s*=\s*(?P<q>["\'])(?P<url>.*?)(?P=q)[^>]*>(?P<text>.*?)</a>', re.I | re.S)
BASE = re.compile(r'<base\s+href="([^"]+)"', re.I)
TRACKING = ('utm_source', 'utm_medium', 'utm_campaign')
DEFAULT_PORTS = {'http': 80, 'https': 443}


def extract(page):
    m = BASE.search(page)
    base = m.group(1) if m else ''
    links = []
    for m in LINK.finditer(page):
        url = html.unescape(m.group('url'))
        links.append((m.group('text'), urljoin(base, url)))
    return links


def remove_dot_segments(path):
    out = []
    for seg in path.split('/'):
        if seg == '.':
            continue
        if seg == '..':
            if len(out) > 1:
                out.pop()
            continue
        out.append(seg)
    return '/'.join(out)


def normalise(url):
    p = urlparse(url)
    scheme = p.scheme.lower()
    host = (p.hostname or '').lower()
    netloc = host
    if p.port and DEFAULT_PORTS.get(scheme) != p.port:
        netloc += ':%d' % p.port
    path = quote(unquote(remove_dot_segments(p.path)), safe='/():')
    query = [(k, v) for k, v in parse_qsl(p.query, keep_blank_values=True) if k not in TRACKING]
    query.sort()
    return urlunparse((scheme, netloc, path or '/', p.params, urlencode(query), ''))


def classify(url):
    p = urlparse(url)
    if p.scheme == 'mailto':
        return 'mail'
    if p.path.startswith('/wiki/'):
        return 'article'
    if p.path.startswith('/w/'):
        return 'script'
    return 'other'


if __name__ == '__main__':
    links = extract(PAGE)
    for text, url in links:
        print('%-8s %s' % (text, url))
    print()
    normal = []
    for text, url in links:
        if url.startswith('mailto:'):
            continue
        n = normalise(url)
        normal.append((urlparse(n).netloc, n))
        print(n)
    print()
    for host, group in groupby(sorted(normal), key=itemgetter(0)):
        print(host, len(list(group)))
    print()
    print([(t, classify(u)) for t, u in links])
    q = dict(parse_qsl(urlparse(links[5][1]).query))
    print(sorted(q.items()))
    q['format'] = 'xml'
    print(urlencode(sorted(q.items())))


# --- Part 2: wiki URL builder and parser -----------------------------------

class WikiSite:
    def __init__(self, host, script_path='/w', article_path='/wiki/$1', protocol='https'):
        self.host = host
        self.script_path = script_path
        self.article_path = article_path
        self.protocol = protocol

    def base(self):
        return '%s://%s' % (self.protocol, self.host)

    def article_url(self, title, **params):
        encoded = quote(title.replace(' ', '_'), safe=':/()!*,;@$')
        if params:
            query = urlencode(sorted([('title', title.replace(' ', '_'))] + list(params.items())))
            return '%s%s/index.php?%s' % (self.base(), self.script_path, query)
        return self.base() + self.article_path.replace('$1', encoded)

    def api_url(self, **params):
        params.setdefault('format', 'json')
        return '%s%s/api.php?%s' % (self.base(), self.script_path, urlencode(sorted(params.items())))

    def title_from_url(self, url):
        p = urlparse(url)
        if p.hostname != self.host:
            return None
        prefix = self.article_path.split('$1')[0]
        if p.path.startswith(prefix):
            return unquote(p.path[len(prefix):]).replace('_', ' ')
        if p.path == self.script_path + '/index.php':
            q = dict(parse_qsl(p.query))
            if 'title' in q:
                return q['title'].replace('_', ' ')
        return None


def split_api_list(value, limit=50):
    items = [v for v in value.split('|') if v]
    return ['|'.join(items[i:i + limit]) for i in range(0, len(items), limit)]


def query_diff(a, b):
    qa = dict(parse_qsl(urlparse(a).query, keep_blank_values=True))
    qb = dict(parse_qsl(urlparse(b).query, keep_blank_values=True))
    added = sorted(k for k in qb if k not in qa)
    removed = sorted(k for k in qa if k not in qb)
    changed = sorted(k for k in qa if k in qb and qa[k] != qb[k])
    return added, removed, changed


def part2():
    site = WikiSite('en.wikipedia.org')
    for t in ['Main Page', 'C++', 'Café au lait', 'Talk:Foo/Archive 1', 'AT&T', '100% (song)']:
        url = site.article_url(t)
        print('%-20s %-55s %s' % (t, url, site.title_from_url(url)))
    edit = site.article_url('Sandbox', action='edit', section='2')
    print(edit, site.title_from_url(edit))
    api = site.api_url(action='query', titles='A|B|C', prop='info|revisions')
    print(api)
    print(site.title_from_url('https://de.wikipedia.org/wiki/X'), site.title_from_url('https://en.wikipedia.org/w/load.php'))
    print(split_api_list('|'.join('T%d' % i for i in range(7)), 3))
    print(query_diff(api, site.api_url(action='parse', titles='A|B|C', redirects='1')))
    for rel in ['../index.php?title=X', '//upload.wikimedia.org/a.png', 'Special:Search?q=a+b', '#cite_note-1']:
        print(rel, '->', urljoin(site.article_url('Main Page'), rel))


if __name__ == '__main__':
    print()
    part2()
