"""pywikibot.site_detect: find out about a MediaWiki site from one of its
URLs (generate_family_file uses it). MWSite(url) fetches the page, finds
the wiki's script path in its HTML (the EditURI, search and stylesheet
links, the load.php script) and reads server, scriptpath, articlepath,
lang and generator from the API's siteinfo, as pywikibot 9.6.3 does."""
import json
import re
from html.parser import HTMLParser
from http import HTTPStatus
from urllib.parse import urljoin, urlparse

from requests.exceptions import JSONDecodeError, RequestException  # noqa: F401 (as pywikibot's)

import pywikibot
from pywikibot.backports import removesuffix
from pywikibot.comms.http import fetch
from pywikibot.exceptions import ClientError, ServerError
from pywikibot.tools import MediaWikiVersion

__all__ = ('MIN_VERSION', 'MWSite', 'SERVER_DB_ERROR_MSG', 'WikiHTMLPageParser', 'check_response')

# what a wiki whose database is down answers (with status 200)
SERVER_DB_ERROR_MSG = '<h1>Sorry! This site is experiencing technical difficulties.</h1>'

# the oldest MediaWiki pywikibot works with
MIN_VERSION = MediaWikiVersion('1.27')


class MWSite:
    """What a wiki's page and API tell about the wiki: server, scriptpath,
    articlepath, lang, version (a MediaWikiVersion), api, iwpath, langs
    (its interwiki map's language links) and private_wiki.

    MWSite(fromurl, **kwargs) fetches fromurl (a '$1' at its end dropped;
    kwargs go to http.fetch); a RuntimeError when no API is found, the
    version is older than MIN_VERSION or the article path is unknown, a
    ServerError/ClientError for an HTTP error status."""

    def __init__(self, fromurl, **kwargs):
        fromurl = removesuffix(fromurl, '$1')
        r = fetch(fromurl, **kwargs)
        check_response(r)
        if fromurl != r.url:
            pywikibot.log('{} redirected to {}'.format(fromurl, r.url))
            fromurl = r.url
        self.fromurl = fromurl

        parser = WikiHTMLPageParser(fromurl)
        parser.feed(r.text)
        self.version = parser.version
        self.server = parser.server
        self.scriptpath = parser.scriptpath
        self.articlepath = None

        if self.api:
            try:
                self._parse_site()
            except (ServerError, RequestException):
                raise
            except Exception as e:
                pywikibot.log('MW detection failed: {!r}'.format(e))
            if not self.version:
                self._fetch_old_version()

        if not self.api:
            raise RuntimeError('Unsupported url: {}'.format(self.fromurl))
        if not self.version or self.version < MIN_VERSION:
            raise RuntimeError('Unsupported version: {}'.format(self.version))
        if not self.articlepath:
            if not self.private_wiki:
                raise RuntimeError('Unable to determine articlepath: {}'.format(self.fromurl))
            if self.api == self.fromurl:
                raise RuntimeError('Unable to determine articlepath because the wiki is private. '
                                   'Use the Main Page URL instead of the API.')
            self.articlepath = self.fromurl.rsplit('/', 1)[0] + '/$1'

    def __repr__(self):
        return '{}("{}")'.format(type(self).__name__, self.fromurl)

    @property
    def langs(self):
        """The entries of the wiki's local interwiki map that have a
        language."""
        response = fetch(self.api + '?action=query&meta=siteinfo&siprop=interwikimap&sifilteriw=local'
                                    '&format=json')
        iw = response.json()
        error = iw.get('error')
        if error:
            raise RuntimeError('{} - {}'.format(error['code'], error['info']))
        return [wiki for wiki in iw['query']['interwikimap'] if 'language' in wiki]

    def _fetch_old_version(self):
        """The version from the API's help (?version), for old wikis."""
        if self.version is not None:
            return
        try:
            r = fetch(self.api + '?version&format=json')
            try:
                d = r.json()
            except ValueError:
                d = {'error': {'*': r.text}}
            lines = [line.strip() for line in d['error']['*'].split('\n')]
            version = [line for line in lines if line.startswith('MediaWiki')][0].split()[1]
        except Exception:
            return
        self.version = MediaWikiVersion(version)

    def _parse_site(self):
        """Read server, scriptpath, articlepath, lang and the version from
        the API's siteinfo (for a private wiki, after asking for a user
        name and logging in)."""
        response = fetch(self.api + '?action=query&meta=siteinfo&format=json')
        check_response(response)
        info = json.loads(response.text.strip().lstrip('\ufeff'))
        self.private_wiki = 'error' in info and info['error']['code'] == 'readapidenied'
        if self.private_wiki:
            username = pywikibot.input('Private wiki detected. Login is required.\n'
                                       'Please enter your username?')
            fam = pywikibot.family.AutoFamily('temporary_family', self.server + self.scriptpath)
            site = pywikibot.Site(fam.code, fam, username)
            info = site.siteinfo
        else:
            info = info['query']['general']
        self.version = MediaWikiVersion.from_generator(info['generator'])
        if self.version < MIN_VERSION:
            return
        self.server = urljoin(self.fromurl, info['server'])
        for item in ('scriptpath', 'articlepath', 'lang'):
            setattr(self, item, info[item])

    def __eq__(self, other):
        return self.server + self.scriptpath == other.server + other.scriptpath

    def __hash__(self):
        return hash(self.server + self.scriptpath)

    @property
    def api(self):
        """The URL of the wiki's api.php (None while it is not known)."""
        if self.server is None or self.scriptpath is None:
            return None
        return self.server + self.scriptpath + '/api.php'

    @property
    def iwpath(self):
        """The URL of an article ('$1' for its title)."""
        return self.server + self.articlepath


class WikiHTMLPageParser(HTMLParser):
    """Reads a wiki page's HTML for the generator meta tag (the version)
    and the links to api.php, load.php and opensearch_desc.php (the
    server and script path)."""

    def __init__(self, url):
        super().__init__(convert_charrefs=True)
        self.url = urlparse(url)
        self.generator = None
        self.version = None
        self._parsed_url = None
        self.server = None
        self.scriptpath = None

    def set_version(self, value):
        """Keep value as the version unless a higher one is known."""
        if self.version and value < self.version:
            return
        self.version = value

    def set_api_url(self, url):
        """Take server and script path from the URL of one of the wiki's
        scripts (api.php, load.php, opensearch_desc.php)."""
        url = url.split('.php', 1)[0]
        if '/' not in url:
            return
        value, script = url.rsplit('/', 1)
        if script not in ('api', 'load', 'opensearch_desc'):
            return
        if script == 'load':
            self.set_version(MediaWikiVersion('1.17.0'))
            if self._parsed_url:
                return  # load.php may be another site's: the other links win
        new = urlparse(value)
        if self._parsed_url:
            assert new.path == self._parsed_url.path
        if not new.scheme or not new.netloc:
            new = urlparse('{}://{}{}'.format(new.scheme or self.url.scheme, new.netloc or self.url.netloc,
                                              new.path))
        elif self._parsed_url:
            if self._parsed_url.scheme == 'https' and new.scheme != 'https':
                return  # no downgrade from https
            if new.netloc in self._parsed_url.netloc or self._parsed_url.netloc in new.netloc:
                return  # www.example.org and example.org
            assert new == self._parsed_url, '{} != {}'.format(self._parsed_url, new)
        self._parsed_url = new
        self.server = '{}://{}'.format(new.scheme, new.netloc)
        self.scriptpath = new.path

    def handle_starttag(self, tag, attrs):
        """Look at meta generator, link (EditURI, stylesheet, search) and
        script src."""
        attrs = dict(attrs)
        if tag == 'meta':
            if attrs.get('name') == 'generator':
                self.generator = attrs['content']
                try:
                    self.version = MediaWikiVersion.from_generator(self.generator)
                except ValueError:
                    pass
        elif tag == 'link' and 'rel' in attrs and 'href' in attrs:
            if attrs['rel'] in ('EditURI', 'stylesheet', 'search'):
                self.set_api_url(attrs['href'])
        elif tag == 'script' and 'src' in attrs:
            self.set_api_url(attrs['src'])


def check_response(response):
    """Raise ServerError for a status of 500 or more, ClientError for one
    of 400 or more ('(404) Nothing matches the given URI', or 'Generic
    Client Error (499)' for a code HTTPStatus does not know), and
    ServerError when a 200 page says the database is down."""
    for floor, err_class, kind in ((500, ServerError, 'Server'), (400, ClientError, 'Client')):
        if response.status_code >= floor:
            try:
                status = HTTPStatus(response.status_code)
            except ValueError as err:
                m = re.search(r'\d{3}', err.args[0], flags=re.ASCII)
                if not m:
                    raise
                msg = 'Generic {} Error ({})'.format(kind, m.group())
            else:
                msg = '({}) {}'.format(int(status), status.description)
            raise err_class(msg)
    if response.status_code == 200 and SERVER_DB_ERROR_MSG in response.text:
        raise ServerError('Server cannot access the database')
