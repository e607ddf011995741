"""APISite's less common methods, as pywikibot 9.6.3 names them.

Kept out of site.py so that a script that only imports pywikibot does not
compile them: pywikibot.site copies these attributes onto APISite when
the first site opens (install()). They use the site's raw API
(site._api, _gowikibot.query); the Go core does the requests.
"""
import _gowikibot as _gw
import _gowikibot_surface as _gs

import pywikibot
from pywikibot import exceptions
from pywikibot._deprecate import _full_name, deprecate_arg
from pywikibot.site import _api_generator


class RateLimit(tuple):
    """(group, hits, seconds) of a rate limit, with delay (seconds per
    hit) and ratio (hits per second), as pywikibot's RateLimit."""

    _fields = ('group', 'hits', 'seconds')

    def __new__(cls, group='unknown', hits=0, seconds=0):
        return tuple.__new__(cls, (group, hits, seconds))

    group = property(lambda self: self[0])
    hits = property(lambda self: self[1])
    seconds = property(lambda self: self[2])

    @property
    def delay(self):
        return self.seconds / self.hits if self.hits else 0.0

    @property
    def ratio(self):
        return self.hits / self.seconds if self.seconds else float('inf')

    def _asdict(self):
        return {'group': self.group, 'hits': self.hits, 'seconds': self.seconds}

    def __repr__(self):
        return 'RateLimit(group={!r}, hits={!r}, seconds={!r})'.format(*self)


class MediaWikiVersion(str):
    """A MediaWiki version ('1.39.17', '1.40.0-wmf.5') that compares as
    versions do, with another MediaWikiVersion or a str."""

    @staticmethod
    def _key(v):
        import re
        main, _, suffix = str(v).partition('-')
        nums = [int(n) for n in re.findall(r'\d+', main)]
        while len(nums) < 3:
            nums.append(0)
        # a development suffix (wmf, alpha, rc) sorts before the release
        return (tuple(nums), 0 if suffix else 1, suffix)

    def __lt__(self, other):
        return self._key(self) < self._key(other)

    def __le__(self, other):
        return self._key(self) <= self._key(other)

    def __gt__(self, other):
        return self._key(self) > self._key(other)

    def __ge__(self, other):
        return self._key(self) >= self._key(other)

    def __eq__(self, other):
        return self._key(self) == self._key(other)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._key(self))


def _titles(pages):
    if isinstance(pages, (str, pywikibot.page.BasePage)):
        pages = [pages]
    return [p.title() if (not isinstance(p, str) and hasattr(p, 'title')) else str(p) for p in pages]


def _page_of(site, item):
    from pywikibot.page import Page
    p = Page(site, item['title'])
    if 'pageid' in item:
        p._pageid = item['pageid']
    return p


class NamespaceMore:
    """The attributes install() puts on Namespace."""

    def _cmpkey(self):
        """The id: what namespaces compare by."""
        return self.id

    #: The canonical (English) names of the built-in namespaces.
    canonical_namespaces = {-2: 'Media', -1: 'Special', 0: '', 1: 'Talk', 2: 'User', 3: 'User talk',
                            4: 'Project', 5: 'Project talk', 6: 'File', 7: 'File talk', 8: 'MediaWiki',
                            9: 'MediaWiki talk', 10: 'Template', 11: 'Template talk', 12: 'Help',
                            13: 'Help talk', 14: 'Category', 15: 'Category talk'}

    @staticmethod
    def default_case(id, default_case=None):
        """The case MediaWiki fixes for namespace id ('first-letter' for
        Special, User, User talk, MediaWiki and MediaWiki talk), else
        default_case."""
        if id in (-1, 2, 3, 8, 9):
            return 'first-letter'
        return default_case

    @classmethod
    def builtin_namespaces(cls, case='first-letter'):
        """The built-in namespaces by id, with their canonical names."""
        out = {}
        for i, name in cls.canonical_namespaces.items():
            out[i] = cls(i, canonical_name=name, custom_name=name, case=cls.default_case(i, case))
        return out

    @staticmethod
    def normalize_name(name):
        """A namespace name as written before its colon ('User_talk:' ->
        'User talk'), '' for '', or False when name is no namespace
        prefix."""
        if name == '':
            return ''
        parts = name.replace('_', ' ').split(':', 4)
        if len(parts) > 3 or (len(parts) == 3 and parts[2]):
            return False
        if len(parts) >= 2 and not parts[0] and parts[1]:
            return parts[1].strip()
        if parts[0]:
            return parts[0].strip()
        return False


class APISiteMore:
    """The methods install() puts on APISite (not a base class)."""

    # -- identity and comparison --
    def _cmpkey(self):
        """The key sites compare by: (family name, code)."""
        return (self.family.name, self.code)

    @property
    def _userinfo(self):
        """The user's userinfo as last loaded (loading it when not yet)."""
        return self.userinfo

    @_userinfo.setter
    def _userinfo(self, value):
        # pywikibot's attribute: a subclass (its tests' DrySite) sets the
        # userinfo that userinfo then gives
        self.__dict__['_userinfo_set'] = value

    def is_oauth_token_available(self):
        """Whether requests to this site are OAuth-signed: a 4-tuple in
        authenticate for its host or an OAuth token in gowikibot's
        credential store (and, a gowikibot extension, an OAuth 2.0
        bearer token)."""
        return _gs.auth_kind(self._fam, self.code) in ('oauth1', 'oauth2')

    def dbName(self):
        """The wiki's id (siteinfo wikiid)."""
        return self.siteinfo['wikiid']

    @property
    def mw_version(self):
        """The MediaWiki version, a MediaWikiVersion (compares with
        version strings: site.mw_version >= '1.39')."""
        return MediaWikiVersion(self.version())

    def has_extension(self, name):
        """Whether the wiki has extension name loaded (case-sensitive)."""
        return any(ext.get('name') == name for ext in self.siteinfo['extensions'])

    def server_time(self):
        """The server's current time, as a Timestamp (asked each time)."""
        r = self._api({'action': 'query', 'meta': 'siteinfo', 'siprop': 'general'})
        return pywikibot.Timestamp.fromISOformat(r['query']['general']['time'])

    def getcurrenttimestamp(self):
        """The server time as 'yyyymmddhhmmss'."""
        return self.server_time().strftime('%Y%m%d%H%M%S')

    def sametitle(self, title1, title2):
        """Whether two titles name the same page on this site."""
        from pywikibot.page import Link
        l1, l2 = Link(title1, self), Link(title2, self)
        return (l1._namespace == l2._namespace and l1.title == l2.title
                and (l1.section or '') == (l2.section or ''))

    @property
    def redirect_regex(self):
        """The compiled regex of a redirect on this wiki (group 1: the target)."""
        import re
        words = [w.lstrip('#') for w in self.getmagicwords('redirect')]
        if 'REDIRECT' not in words:
            words.append('REDIRECT')
        return re.compile(r'\s*#(?:{})\s*:?\s*\[\[(.+?)(?:\|.*?)?\]\]'.format(
            '|'.join(re.escape(w) for w in words)), re.IGNORECASE | re.DOTALL)

    @property
    def maxlimit(self):
        """The most pages a list query returns per request (500, or 5000
        with apihighlimits)."""
        p = self._paraminfo.parameter('query+info', 'prop')
        if self.logged_in() and self.has_right('apihighlimits'):
            return int(p['highlimit'])
        return int(p['limit'])

    def ratelimit(self, action):
        """The rate limit of action for the user, as a RateLimit."""
        best = None
        ratio = 0
        limits = (self.userinfo.get('ratelimits') or {}).get(action, {})
        for group, value in limits.items():
            h, s = value['hits'], value['seconds']
            if h / s > ratio:
                best = (group, h, s)
                ratio = h / s
        if best is not None:
            return RateLimit(*best)
        if self.has_right('noratelimit'):
            return RateLimit('noratelimit', self.maxlimit, 0)
        return RateLimit('unknown', self.maxlimit, pywikibot.config.put_throttle)

    @property
    def logtypes(self):
        """The log types of the wiki, as a set."""
        p = self._paraminfo.parameter('query+logevents', 'type')
        return set(p['type']) - {''}

    @property
    def article_path(self):
        """The wiki's article path without '$1', e.g. '/index.php/'."""
        return self.siteinfo['articlepath'].replace('$1', '')

    @property
    def file_extensions(self):
        """The file extensions the wiki accepts, sorted (siteinfo's
        'fileextensions', read with get() as pywikibot 9.6.3 reads it)."""
        return sorted({e['ext'] for e in self.siteinfo.get('fileextensions') or []})

    def is_uploaddisabled(self):
        """Whether uploads are disabled on the wiki."""
        return not self.siteinfo.get('uploadsenabled')

    def nice_get_address(self, title):
        """The path of title's page on the wiki (article path)."""
        return self.siteinfo['articlepath'].replace('$1', title)

    def ns_normalize(self, value):
        """The local name of a namespace given by any of its names."""
        return self.namespaces.lookup_name(value).custom_name

    def list_to_text(self, args):
        """args joined as the wiki's language lists them ('a, b and c'),
        with its messages 'comma-separator', 'and' and 'word-separator'."""
        needed = ('and', 'comma-separator', 'word-separator')
        if not args:
            return ''
        try:
            msgs = self.mediawiki_messages(needed)
        except KeyError:
            raise NotImplementedError('MediaWiki messages missing: {}'.format(needed))
        from pywikibot.page import html2unicode
        msgs = {k: html2unicode(v) for k, v in msgs.items()}
        args = list(args)
        concat = msgs['and'] + msgs['word-separator']
        return msgs['comma-separator'].join(args[:-2] + [concat.join(args[-2:])])

    @property
    def months_names(self):
        """[(long name, abbreviation)] of the twelve months, in the wiki's
        language (its messages)."""
        if getattr(self, '_months_names', None) is None:
            longs = ['january', 'february', 'march', 'april', 'may_long', 'june', 'july', 'august',
                     'september', 'october', 'november', 'december']
            shorts = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
            msgs = self.mediawiki_messages(longs + shorts)
            self._months_names = [(msgs[a], msgs[b]) for a, b in zip(longs, shorts)]
        return self._months_names

    @property
    def codes(self):
        """The codes of the family's sites, a set."""
        return set(self.family.langs.keys())

    @property
    def articlepath(self):
        """The wiki's article path as a format string, e.g. '/index.php/{}'."""
        return self.siteinfo['general']['articlepath'].replace('$1', '{}')

    @property
    def use_hard_category_redirects(self):
        """Whether the wiki uses hard redirects for categories (family setting)."""
        return self.code in self.family.use_hard_category_redirects

    def messages(self):
        """Whether the user has new talk page messages."""
        return bool(self.userinfo.get('messages'))

    def is_blocked(self, force=False):
        """Whether the user is blocked (force: ask the wiki again)."""
        if force:
            del self.userinfo
        return bool(self.userinfo.get('blockid'))

    def get_globaluserinfo(self, user=None, force=False):
        """The global account's info (CentralAuth meta=globaluserinfo)."""
        params = {'action': 'query', 'meta': 'globaluserinfo', 'guiprop': 'groups|rights|editcount'}
        if isinstance(user, int):
            params['guiid'] = user
        elif user:
            params['guiuser'] = user
        return self._api(params)['query']['globaluserinfo']

    @property
    def globaluserinfo(self):
        return self.get_globaluserinfo()

    def is_locked(self, user=None, force=False):
        """Whether the global account is locked (CentralAuth)."""
        return 'locked' in self.get_globaluserinfo(user, force)

    def get_searched_namespaces(self, force=False):
        """The namespaces the user searches by default (user options)."""
        if force or getattr(self, '_useroptions', None) is None or \
                self._useroptions.get('_name') != self.user():
            r = self._api({'action': 'query', 'meta': 'userinfo', 'uiprop': 'options'})
            ui = r['query']['userinfo']
            self._useroptions = dict(ui.get('options') or {})
            self._useroptions['_name'] = None if ui.get('anon') else ui.get('name')
        return {self.namespaces[int(k[len('searchNs'):])] for k, v in self._useroptions.items()
                if k.startswith('searchNs') and k[len('searchNs'):].isdigit() and v
                and int(k[len('searchNs'):]) in self.namespaces}

    @staticmethod
    def assert_valid_iter_params(msg_prefix, start, end, reverse, is_ts=True):
        """AssertionError when start and end are in the wrong order for
        the direction (timestamps go backwards unless reverse)."""
        if not (isinstance(end, type(start)) or isinstance(start, type(end))):
            raise TypeError('start ({!r}) and end ({!r}) must be comparable'.format(start, end))
        if reverse ^ is_ts:
            low, high, order = end, start, 'follow'
        else:
            low, high, order = start, end, 'precede'
        if not low < high:
            raise AssertionError(
                '{}: "start" must {} "end" with reverse={} and is_ts={} but "start" is "{}" and '
                '"end" is "{}".'.format(msg_prefix, order, reverse, is_ts, start, end))

    def lock_page(self, page, block=True):
        """Reserve page for writing by this thread (PageInUseError when it
        is reserved and not block)."""
        if getattr(self, '_locked_pages', None) is None:
            self._locked_pages = set()
        locked = self._locked_pages
        title = page.title(with_section=False)
        if title in locked and not block:
            raise exceptions.PageInUseError(title)
        locked.add(title)

    def unlock_page(self, page):
        """Release page's reservation."""
        if getattr(self, '_locked_pages', None):
            self._locked_pages.discard(page.title(with_section=False))

    def botusers(self, total=None):
        """The users of the bot group, as allusers' dicts."""
        if not getattr(self, '_bots', None):
            self._bots = {}
            for item in self.allusers(group='bot', total=total):
                self._bots.setdefault(item['name'], item)
        return iter(list(self._bots.values()))

    def load_pages_from_pageids(self, pageids):
        """The pages of pageids (ints, or a '|'-separated str), loaded."""
        from pywikibot.page import Page
        if isinstance(pageids, str):
            pageids = pageids.replace('|', ',').split(',')
        ids = []
        for i in pageids:
            if str(i).strip():
                ids.append(int(i))
        for d in self._call('load_pages', ids, True):
            if d.get('missing') or not d.get('pageid'):
                continue
            p = Page(self, d['title'])
            p._apply(d)
            yield p

    def loadimageinfo(self, page, history=False, url_width=None, url_height=None, url_param=None,
                      timestamp=None):
        """Load the file's info (page._file_revisions: Timestamp -> FileInfo)."""
        from pywikibot.page import FileInfo
        params = {'titles': page.title(), 'prop': 'imageinfo',
                  'iiprop': 'timestamp|user|comment|url|size|sha1|mime|metadata|archivename',
                  'iilimit': 'max' if history else '1'}
        if url_width:
            params['iiurlwidth'] = str(url_width)
        if url_height:
            params['iiurlheight'] = str(url_height)
        if url_param:
            params['iiurlparam'] = url_param
        if timestamp:
            params['iistart'] = str(timestamp)
        # Versions loaded before are updated (a FileInfo whose metadata is
        # read loads them so), new ones added, as pywikibot does.
        revisions = getattr(page, '_file_revisions', None) or {}
        for q in _gw.query(self._fam, self.code, params):
            for d in q.get('pages', []):
                if 'imageinfo' not in d:
                    raise exceptions.NoPageError(page)
                for info in d['imageinfo']:
                    ts = pywikibot.Timestamp.fromISOformat(info['timestamp'])
                    if ts in revisions:
                        revisions[ts].update(info)
                    else:
                        revisions[ts] = FileInfo(info, page)
        page._file_revisions = revisions

    def loadpageurls(self, page):
        """Set page._fullurl and page._editurl (prop=info, inprop=url)."""
        self._need('loadpageurls', 'ProofreadPage')  # pywikibot's need_extension
        for q in _gw.query(self._fam, self.code, {'titles': page.title(), 'prop': 'info', 'inprop': 'url'}):
            for d in q.get('pages', []):
                page._fullurl = d.get('fullurl')
                page._canonicalurl = d.get('canonicalurl')
                page._editurl = d.get('editurl')

    def redirects(self):
        """The names of the redirect magic word, without their '#'."""
        return [w.lstrip('#') for w in self.getmagicwords('redirect')]

    def pagename2codes(self):
        """The family's code-to-pagename codes (pywikibot: ['PAGENAMEE'])."""
        return ['PAGENAMEE']

    def pagenamecodes(self):
        """The names of the PAGENAME magic word."""
        return self.getmagicwords('pagename')

    def disambcategory(self):
        """The wiki's disambiguation category (from
        MediaWiki:Disambiguationspage's first category... as pywikibot:
        the family's disambcatname, else an Error)."""
        try:
            name = '{}:{}'.format(self.namespace(14), self.family.disambcatname[self.code])
        except KeyError:
            raise exceptions.Error('No disambiguation category name found in {}_family for {}'
                                   .format(self.family.name, self))
        from pywikibot.page import Category
        return Category(self, name)

    @_api_generator('ListGenerator', 'watchlist')
    def watchlist_revs(self, start=None, end=None, reverse=False, namespaces=None, minor=None, bot=None,
                       anon=None, total=None):
        """Revisions of the pages on the user's watchlist (list=watchlist), as dicts."""
        p = {'wllimit': 'max', 'wlprop': 'user|comment|timestamp|title|ids|flags'}
        if start is not None:
            p['wlstart'] = str(start)
        if end is not None:
            p['wlend'] = str(end)
        if reverse:
            p['wldir'] = 'newer'
        if self._ns_param(namespaces):
            p['wlnamespace'] = self._ns_param(namespaces)
        show = []
        for flag, name in ((minor, 'minor'), (bot, 'bot'), (anon, 'anon')):
            if flag is not None:
                show.append(name if flag else '!' + name)
        if show:
            p['wlshow'] = '|'.join(show)
        return self._query_list_fv1('watchlist', p, total)

    def deletedrevs(self, titles=None, start=None, end=None, reverse=False, content=False, total=None,
                    **kwargs):
        """Deleted revisions of titles (prop=deletedrevisions), a dict
        per page with its 'revisions'."""
        if titles is None:
            raise exceptions.Error('deletedrevs: titles are needed (gowikibot)')
        if isinstance(titles, (str, pywikibot.page.BasePage)):
            titles = [titles]
        p = {'titles': '|'.join(t.title() if (not isinstance(t, str) and hasattr(t, 'title')) else t for t in titles),
             'prop': 'deletedrevisions', 'drvlimit': 'max',
             'drvprop': 'ids|timestamp|user|comment|flags|size|sha1' + ('|content' if content else '')}
        if content:
            p['drvslots'] = 'main'
        if start is not None:
            p['drvstart'] = str(start)
        if end is not None:
            p['drvend'] = str(end)
        if reverse:
            p['drvdir'] = 'newer'
        n = 0
        for q in _gw.query(self._fam, self.code, p):
            for d in q.get('pages', []):
                if d.get('deletedrevisions'):
                    d['revisions'] = d.pop('deletedrevisions')
                    yield d
                    n += 1
                    if total is not None and n >= total:
                        return

    def alldeletedrevisions(self, *, namespaces=None, reverse=False, content=False, total=None, **kwargs):
        """Every deleted revision (list=alldeletedrevisions), a dict per page."""
        p = {'adrlimit': 'max', 'adrprop': 'ids|timestamp|user|comment|flags|size' + ('|content' if content else '')}
        if self._ns_param(namespaces):
            p['adrnamespace'] = self._ns_param(namespaces)
        if reverse:
            p['adrdir'] = 'newer'
        for key in ('start', 'end', 'user', 'excludeuser', 'prefix', 'tag'):
            if kwargs.get(key) is not None:
                p['adr' + key] = str(kwargs[key])
        return self._query_list('alldeletedrevisions', p, total)

    @_api_generator('ListGenerator', 'filearchive')
    def filearchive(self, start=None, end=None, reverse=False, total=None, **kwargs):
        """Deleted files (list=filearchive), as dicts."""
        p = {'falimit': 'max', 'faprop': 'sha1|timestamp|user|size|description|mime'}
        if start is not None:
            p['fafrom'] = start
        if end is not None:
            p['fato'] = end
        if reverse:
            p['fadir'] = 'descending'
        for key in ('prefix', 'sha1', 'sha1base36'):
            if kwargs.get(key):
                p['fa' + key] = kwargs[key]
        return self._query_list('filearchive', p, total)

    def deleterevs(self, targettype, ids, *, hide=None, show=None, reason='', target=None):
        """Hide or show revisions or log entries (action=revisiondelete)."""
        if isinstance(ids, (int, str)):
            ids = [ids]
        req = {'action': 'revisiondelete', 'type': targettype, 'ids': '|'.join(str(i) for i in ids),
               'reason': reason}
        if hide:
            req['hide'] = hide if isinstance(hide, str) else '|'.join(hide)
        if show:
            req['show'] = show if isinstance(show, str) else '|'.join(show)
        if target:
            req['target'] = target.title() if (not isinstance(target, str) and hasattr(target, 'title')) else target
        return self._api(req, True, 'csrf')

    def stash_info(self, file_key, props=None):
        """The upload stash's info on file_key."""
        p = {'action': 'query', 'prop': 'stashimageinfo', 'siifilekey': file_key}
        if props:
            p['siiprop'] = props if isinstance(props, str) else '|'.join(props)
        return self._api(p)['query']['stashimageinfo'][0]

    def thank_revision(self, revid, source=None):
        """Thank the author of revision revid (Thanks extension)."""
        self._need('thank_revision', 'Thanks')  # pywikibot's need_extension
        req = {'action': 'thank', 'rev': str(revid)}
        if source:
            req['source'] = source
        r = self._api(req, True, 'csrf')
        if r.get('result', {}).get('success') != 1:
            raise exceptions.APIError('Thanking unsuccessful', '')
        return r

    def extract(self, page, *, chars=None, sentences=None, intro=True, plaintext=True):
        """The page's extract (TextExtracts extension)."""
        self._need('extract', 'TextExtracts')  # pywikibot's need_extension
        if not page.exists():
            raise exceptions.NoPageError(page)
        p = {'action': 'query', 'prop': 'extracts', 'titles': page.title(with_section=False),
             'exintro': intro, 'explaintext': plaintext}
        if chars:
            p['exchars'] = str(chars)
        if sentences:
            p['exsentences'] = str(sentences)
        for d in self._api(p)['query']['pages']:
            if d.get('invalid') or d.get('missing'):
                raise exceptions.Error(d.get('invalidreason', 'Unknown exception:\n{}'.format(d)))
            return d.get('extract', '')

    def create_short_link(self, url):
        """A short URL of url (UrlShortener extension)."""
        self._need('create_short_link', 'UrlShortener')  # pywikibot's need_extension
        return self._api({'action': 'shortenurl', 'url': url}, True)['shortenurl']['shorturl']

    def linter_pages(self, lint_categories=None, total=None, namespaces=None, pageids=None, lint_from=None):
        """Pages with lint errors (Linter extension)."""
        self._need('linter_pages', 'Linter')  # pywikibot's need_extension
        p = {'lntlimit': 'max'}
        if lint_categories:
            p['lntcategories'] = lint_categories if isinstance(lint_categories, str) else '|'.join(lint_categories)
        if self._ns_param(namespaces):
            p['lntnamespace'] = self._ns_param(namespaces)
        if pageids:
            p['lntpageid'] = pageids if isinstance(pageids, str) else '|'.join(str(i) for i in pageids)
        if lint_from:
            p['lntfrom'] = str(lint_from)
        return self._pages_from_list(self._query_list('linterrors', p), total)

    def notifications(self, **kwargs):
        """The user's notifications (Echo extension), as
        pywikibot.echo.Notification objects."""
        self._need('notifications', 'Echo')  # pywikibot's need_extension
        from pywikibot.echo import Notification
        p = {'action': 'query', 'meta': 'notifications', 'notformat': 'text'}
        for k, v in kwargs.items():
            p['not' + k] = v
        data = self._api(p)['query']['notifications']['list']
        return (Notification.fromJSON(self, n) for n in data)

    def notifications_mark_read(self, **kwargs):
        """Mark notifications read (Echo extension)."""
        self._need('notifications_mark_read', 'Echo')  # pywikibot's need_extension
        r = self._api(dict({'action': 'echomarkread'}, **kwargs), True, 'csrf')
        return r.get('query', {}).get('echomarkread', {}).get('result') == 'success'

    def unconnected_pages(self, total=None):
        """Pages not connected to a Wikibase item (needs a repository)."""
        self._need('unconnected_pages', 'WikibaseClient')  # pywikibot's need_extension
        if not self.data_repository():
            raise ValueError('The given site does not have Wikibase repository.')
        return self.querypage('UnconnectedPages', total)

    def globalusage(self, page, total=None):
        """Pages of all wikis that use the file page (GlobalUsage)."""
        self._need('globalusage', 'Global Usage')
        return self._globalusage(page, total)

    def _globalusage(self, page, total):
        p = {'titles': page.title(), 'prop': 'globalusage', 'gulimit': 'max'}
        n = 0
        for item in self._prop_items(p, 'globalusage'):
            try:
                site = pywikibot.Site(url=item['url'])
            except exceptions.Error:
                continue
            yield pywikibot.Page(site, item['title'])
            n += 1
            if total is not None and n >= total:
                return

    def getSite(self, code):
        """The site of code in this site's family."""
        return pywikibot.Site(code, self.family.name)

    @staticmethod
    def fromDBName(dbname, site=None):
        """The Wikimedia site of a database name (from a site's
        sitematrix, meta.wikimedia.org by default)."""
        if not site:
            site = pywikibot.Site('meta', 'meta')
        data = site._api({'action': 'sitematrix', 'smlangprop': 'site', 'smsiteprop': 'code|dbname'})
        for key, val in data['sitematrix'].items():
            if key == 'count':
                continue
            if isinstance(val, dict) and 'site' in val:
                for m in val['site']:
                    if m['dbname'] == dbname:
                        family = m['code']
                        code = dbname[:-len(family)] if dbname.endswith(family) else dbname
                        return pywikibot.Site(code.replace('_', '-'),
                                              'wikipedia' if family == 'wiki' else family)
            elif isinstance(val, list):
                for m in val:
                    if m['dbname'] == dbname:
                        return pywikibot.Site(url=m['url'] + '/w/index.php')
        raise ValueError('Cannot parse a site out of {}.'.format(dbname))

    def loadpageimage(self, page):
        """Set page._pageimage to the page's image (PageImages), a FilePage."""
        self._need('loadpageimage', 'PageImages')  # pywikibot's need_extension
        from pywikibot.page import FilePage
        for q in _gw.query(self._fam, self.code, {'titles': page.title(), 'prop': 'pageimages',
                                                  'piprop': 'name'}):
            for d in q.get('pages', []):
                name = d.get('pageimage')
                page._pageimage = FilePage(self, name) if name else None

    @_api_generator('PageGenerator', 'images')
    def pageimages(self, page, *, total=None, content=False):
        """The page's images (PageImages), as FilePage objects."""
        from pywikibot.page import FilePage
        p = {'titles': page.title(), 'generator': 'images', 'gimlimit': 'max', 'prop': 'pageimages'}
        n = 0
        for q in _gw.query(self._fam, self.code, p):
            for d in q.get('pages', []):
                yield FilePage(self, d['title'])
                n += 1
                if total is not None and n >= total:
                    return

    def category_redirects(self, fallback='_default'):
        """The names of the family's category redirect templates (without
        namespace); pywikibot's default is 'Category redirect'."""
        templates = getattr(self.family, 'category_redirect_templates', {}) or {}
        return list(templates.get(self.code, templates.get(fallback, ['Category redirect'])))

    def image_repository(self):
        """The site of the shared file repository, or None (gowikibot
        knows the wiki's own files only)."""
        return None

    @property
    def has_image_repository(self):
        return self.image_repository() is not None

    def is_image_repository(self):
        """Whether this wiki is its own file repository."""
        return False

    def is_data_repository(self):
        """Whether this wiki is a Wikibase repository (gowikibot: never)."""
        return False

    @property
    def doc_subpage(self):
        """The documentation subpage suffixes of templates, a tuple: the
        family's doc_subpages for the code, else its default, warning
        (FamilyMaintenanceWarning) when the code or the dict is missing,
        as pywikibot's."""
        cached = self.__dict__.get('_doc_subpage')
        if cached is not None:
            return cached
        from warnings import warn
        try:
            docs = self.family.doc_subpages
        except AttributeError:
            doc = ()
            warn('Site {} has no doc_subpages dict in {}_family.py file'.format(self, self.family.name),
                 exceptions.FamilyMaintenanceWarning, 2)
        else:
            doc, codes = docs.get('_default', ((), []))
            if self.code not in codes:
                if self.code in docs:
                    doc = docs[self.code]
                else:
                    warn('Site {} has no language defined in doc_subpages dict in {}_family.py file'
                         .format(self, self.family.name), exceptions.FamilyMaintenanceWarning, 2)
        self._doc_subpage = doc
        return doc

    # -- messages --
    def mediawiki_messages(self, keys, lang=None):
        """The wiki's messages of keys, a dict by key; KeyError for an
        unknown one."""
        keys = list(keys)
        params = {'meta': 'allmessages', 'ammessages': '|'.join(keys)}
        if lang:
            params['amlang'] = lang
        out = {}
        for q in _gw.query(self._fam, self.code, params):
            for m in q.get('allmessages', []):
                if m.get('missing'):
                    raise KeyError("Site {} has no message '{}'".format(self, m['name']))
                out[m['name']] = m.get('content', m.get('*', ''))
        return out

    def has_mediawiki_message(self, key, lang=None):
        return self.has_all_mediawiki_messages([key], lang)

    def has_all_mediawiki_messages(self, keys, lang=None):
        try:
            self.mediawiki_messages(keys, lang)
        except KeyError:
            return False
        return True

    # -- interwiki --
    @property
    def _interwikimap(self):
        """The site's _InterwikiMap (pywikibot's attribute), made on first use."""
        iwmap = self.__dict__.get('_iwmap')
        if iwmap is None:
            from pywikibot.site._interwikimap import _InterwikiMap
            iwmap = self._iwmap = _InterwikiMap(self)
        return iwmap

    def interwiki(self, prefix):
        """The site an interwiki prefix leads to; KeyError for an unknown
        prefix, SiteDefinitionError when no known family has its URL."""
        return self._interwikimap[prefix].site

    def interwiki_prefix(self, site):
        """The interwiki prefixes leading to site, shortest first."""
        out = []
        for prefix, entry in self._interwikimap._iw_sites.items():
            if entry.site == site:
                out.append(prefix)
        if not out:
            raise KeyError("There is no interwiki prefix to '{}'".format(site))
        return sorted(out, key=lambda p: (len(p), p))

    def local_interwiki(self, prefix):
        """Whether prefix is an interwiki prefix of this same wiki."""
        return self._interwikimap[prefix].local

    def isInterwikiLink(self, text):
        """Whether [[text]] leads to another site (its first prefix a
        language of the family or an interwiki prefix), as pywikibot's."""
        from pywikibot.page import Link
        fam, code = Link(text, self).parse_site()
        return fam != self.family.name or code != self.code

    # -- pages --
    def page_isredirect(self, page):
        """Whether page is a redirect."""
        return page.isRedirectPage()

    def getredirtarget(self, page, *, ignore_section=True):
        """The page a redirect leads to (the wiki resolves it); raises
        IsNotRedirectPageError, CircularRedirectError as pywikibot does."""
        from pywikibot.page import Category, FilePage, Page, User
        if not self.page_isredirect(page):
            raise exceptions.IsNotRedirectPageError(page)
        title = page.title(with_section=False)
        r = self._api({'action': 'query', 'prop': 'info', 'titles': title, 'redirects': True})
        q = r.get('query', {})
        redirects = {item['from']: item for item in q.get('redirects', [])}
        for item in q.get('normalized', []):
            if item['from'] == title:
                title = item['to']
        if title not in redirects:
            raise RuntimeError("getredirtarget: No 'redirects' found for page {}.".format(title))
        item = redirects[title]
        target_title = item['to']
        if item.get('tofragment') and not ignore_section:
            target_title += '#' + item['tofragment']
        if self.sametitle(title, target_title):
            raise exceptions.CircularRedirectError(page)
        for other in redirects.values():
            if other['to'] in redirects and not q.get('pages'):
                raise exceptions.CircularRedirectError(page)
        target = Page(self, target_title)
        ns = int(target.namespace())
        if ns == 2:
            return User(target)
        if ns == 6:
            return FilePage(target)
        if ns == 14:
            return Category(target)
        return target

    @_api_generator('PageGenerator', 'redirects')
    def page_redirects(self, page, *, filter_fragments=None, namespaces=None, total=None,
                       content=False):
        """The redirects to page."""
        p = {'titles': page.title(), 'prop': 'redirects', 'rdlimit': 'max', 'rdprop': 'pageid|title|fragment'}
        if self._ns_param(namespaces):
            p['rdnamespace'] = self._ns_param(namespaces)
        if filter_fragments is True:
            p['rdshow'] = 'fragment'
        elif filter_fragments is False:
            p['rdshow'] = '!fragment'
        return self._pages_from_list(self._prop_items(p, 'redirects'), total, content)

    def pagelanglinks(self, page, *, total=None, include_obsolete=False, include_empty_titles=False):
        """The language links of page, as Link objects."""
        from pywikibot.page import Link
        n = 0
        for item in self._prop_items({'titles': page.title(), 'prop': 'langlinks', 'lllimit': 'max'},
                                     'langlinks'):
            title = item.get('title', item.get('*', ''))
            if not title and not include_empty_titles:
                continue
            try:
                site = pywikibot.Site(item['lang'], self.family.name)
            except exceptions.Error:
                if not include_obsolete:
                    continue
                raise
            yield Link(title, site)
            n += 1
            if total is not None and n >= total:
                return

    def page_extlinks(self, page, *, total=None):
        """The external links of page (URLs)."""
        n = 0
        for item in self._prop_items({'titles': page.title(), 'prop': 'extlinks', 'ellimit': 'max'},
                                     'extlinks'):
            yield item.get('url', item.get('*'))
            n += 1
            if total is not None and n >= total:
                return

    def get_parsed_page(self, page):
        """The page's HTML as the wiki renders it."""
        r = self._api({'action': 'parse', 'page': page.title(), 'prop': 'text', 'disablelimitreport': True})
        text = r['parse']['text']
        return text['*'] if isinstance(text, dict) else text

    def compare(self, old, diff, difftype='table'):
        """The wiki's diff (HTML) between two revisions, titles or pages."""
        def param(kind, value):
            if isinstance(value, int):
                return {kind + 'rev': value}
            if hasattr(value, 'revid'):
                return {kind + 'rev': value.revid}
            return {kind + 'title': value.title() if (not isinstance(value, str) and hasattr(value, 'title')) else value}
        req = {'action': 'compare', 'difftype': difftype}
        req.update(param('from', old))
        req.update(param('to', diff))
        r = self._api(req)
        body = r['compare'].get('body', r['compare'].get('*'))
        return body

    def loadpageprops(self, page):
        """Load the page properties (page._pageprops)."""
        page._pageprops = {}
        for q in _gw.query(self._fam, self.code, {'titles': page.title(), 'prop': 'pageprops'}):
            for d in q.get('pages', []):
                page._pageprops = dict(d.get('pageprops', {}))
        return page._pageprops

    def categoryinfo(self, category):
        """Counts of a category (size, pages, files, subcats)."""
        for q in _gw.query(self._fam, self.code, {'titles': category.title(), 'prop': 'categoryinfo'}):
            for d in q.get('pages', []):
                from pywikibot.page import _catinfo_fv1
                info = _catinfo_fv1(d.get('categoryinfo') or {'size': 0, 'pages': 0, 'files': 0, 'subcats': 0})
                category._catinfo = info
                return info
        return {'size': 0, 'pages': 0, 'files': 0, 'subcats': 0}

    def getcategoryinfo(self, category):
        """Load the category's counts into category._catinfo, as
        pywikibot's: returns None, and sets nothing for a category the API
        gives no counts for (one without members)."""
        from pywikibot.page import _catinfo_fv1
        for q in _gw.query(self._fam, self.code, {'titles': category.title(), 'prop': 'categoryinfo'}):
            for d in q.get('pages', []):
                if d.get('categoryinfo'):
                    category._catinfo = _catinfo_fv1(d['categoryinfo'])

    # -- lists --
    @_api_generator('LogEntryListGenerator', 'logevents')
    def logevents(self, logtype=None, user=None, page=None, namespace=None, start=None, end=None,
                  reverse=False, tag=None, total=None):
        """Log events, newest first (reverse: oldest first), as the
        logentries class of each type."""
        p = {'lelimit': 'max', 'leprop': 'ids|title|type|user|timestamp|comment|details'}
        if logtype is not None:
            p['letype'] = logtype
        if user is not None:
            p['leuser'] = user
        if page is not None:
            p['letitle'] = page.title() if (not isinstance(page, str) and hasattr(page, 'title')) else page
        if start is not None:
            p['lestart'] = str(start)
        if end is not None:
            p['leend'] = str(end)
        if reverse:
            p['ledir'] = 'newer'
        if namespace is not None:
            p['lenamespace'] = self._ns_param(namespace)
        if tag:
            p['letag'] = tag
        # pywikibot's LogEntryListGenerator: an entry of the class of its
        # type (logentries), from the formatversion 1 item
        from pywikibot.logentries import LogEntryFactory
        factory = LogEntryFactory(self, logtype)
        for item in self._query_list_fv1('logevents', p, total):
            yield factory.create(item)

    def alllinks(self, start='', prefix='', namespace=0, unique=False, fromids=False, total=None):
        """Link targets of the wiki (list=alllinks), as Page objects."""
        from pywikibot.page import Page
        if unique and fromids:
            raise exceptions.Error('alllinks: unique and fromids cannot both be True.')
        namespace = self.namespaces.resolve(namespace)[0]
        p = {'alnamespace': str(int(namespace)), 'allimit': 'max', 'alprop': 'title|ids' if fromids else 'title'}
        if start:
            p['alfrom'] = start
        if prefix:
            p['alprefix'] = prefix
        if unique:
            p['alunique'] = True
        for item in self._query_list('alllinks', p, total):
            page = Page(self, item['title'])
            if fromids:
                page._fromid = item['fromid']
            yield page

    @_api_generator('PageGenerator', 'allcategories')
    def allcategories(self, start='!', prefix='', total=None, reverse=False, content=False):
        """Every category of the wiki (list=allcategories)."""
        from pywikibot.page import Category
        p = {'acfrom': start, 'aclimit': 'max'}
        if prefix:
            p['acprefix'] = prefix
        if reverse:
            p['acdir'] = 'descending'
        for item in self._query_list('allcategories', p, total):
            yield Category(self, self.namespace(14) + ':' + item.get('category', item.get('*', '')))

    @_api_generator('ListGenerator', 'allusers')
    def allusers(self, start='!', prefix='', group=None, total=None):
        """Registered users (list=allusers), as dicts (name, editcount, groups, registration)."""
        p = {'aufrom': start, 'aulimit': 'max', 'auprop': 'editcount|groups|registration'}
        if prefix:
            p['auprefix'] = prefix
        if group:
            p['augroup'] = group
        return self._query_list_fv1('allusers', p, total)

    @_api_generator('PageGenerator', 'allimages')
    def allimages(self, start='!', prefix='', minsize=None, maxsize=None, reverse=False, sha1=None,
                  sha1base36=None, total=None, content=False):
        """Every file of the wiki (list=allimages), as FilePage objects."""
        from pywikibot.page import FilePage
        p = {'aifrom': start, 'ailimit': 'max', 'aiprop': 'timestamp|user|comment|url|size|sha1|mime'}
        if prefix:
            p['aiprefix'] = prefix
        if minsize is not None:
            p['aiminsize'] = str(minsize)
        if maxsize is not None:
            p['aimaxsize'] = str(maxsize)
        if reverse:
            p['aidir'] = 'descending'
        if sha1:
            p['aisha1'] = sha1
        if sha1base36:
            p['aisha1base36'] = sha1base36
        for item in self._query_list('allimages', p, total):
            yield FilePage(self, item['title'])

    def imageusage(self, image, *, namespaces=None, filterredir=None, total=None, content=False):
        """Pages that use the file image."""
        p = {'iutitle': image.title(), 'iulimit': 'max'}
        if self._ns_param(namespaces):
            p['iunamespace'] = self._ns_param(namespaces)
        if filterredir is not None:
            p['iufilterredir'] = 'redirects' if filterredir else 'nonredirects'
        return self._list_pages('imageusage', p, total, content)

    def exturlusage(self, url=None, protocol=None, namespaces=None, total=None, content=False):
        """Pages linking to url (list=exturlusage)."""
        p = {'eulimit': 'max'}
        if url:
            if '://' in url:
                protocol, url = url.split('://', 1)
            p['euquery'] = url
        if protocol:
            p['euprotocol'] = protocol
        if self._ns_param(namespaces):
            p['eunamespace'] = self._ns_param(namespaces)
        return self._list_pages('exturlusage', p, total, content)

    @_api_generator('ListGenerator', 'users')
    def users(self, usernames):
        """The wiki's record (list=users) of each user name, as dicts."""
        p = {'ususers': '|'.join(usernames),
             'usprop': 'blockinfo|groups|editcount|registration|emailable|gender|rights'}
        return self._query_list_fv1('users', p)

    @_api_generator('ListGenerator', 'blocks')
    def blocks(self, starttime=None, endtime=None, reverse=False, blockids=None, users=None,
               iprange=None, total=None):
        """Current blocks (list=blocks), as dicts."""
        p = {'bklimit': 'max', 'bkprop': 'id|user|by|timestamp|expiry|reason|range|flags|userid'}
        if starttime is not None:
            p['bkstart'] = str(starttime)
        if endtime is not None:
            p['bkend'] = str(endtime)
        if reverse:
            p['bkdir'] = 'newer'
        if blockids:
            p['bkids'] = '|'.join(str(b) for b in ([blockids] if isinstance(blockids, (int, str)) else blockids))
        if users:
            p['bkusers'] = '|'.join([users] if isinstance(users, str) else users)
        if iprange:
            p['bkip'] = iprange
        return self._query_list_fv1('blocks', p, total)

    @deprecate_arg('type', 'protect_type')  # pywikibot 9.0
    @_full_name('pywikibot.site._generators.GeneratorsMixin.protectedpages')
    @_api_generator('PageGenerator', 'allpages')
    def protectedpages(self, namespace=0, protect_type='edit', level=False, total=None):
        """Protected pages (list=allpages with a protection filter)."""
        namespace = self.namespaces.resolve(namespace)[0]
        p = {'apnamespace': str(int(namespace)), 'apprtype': protect_type, 'aplimit': 'max'}
        if level:
            p['apprlevel'] = level
        return self._pages_from_list(self._query_list('allpages', p), total)

    @_api_generator('PageGenerator', 'watchlistraw')
    def watched_pages(self, force=False, total=None, *, with_talkpage=True):
        """The user's watchlist (list=watchlistraw), as Page objects."""
        n = 0
        # list=watchlistraw answers outside 'query'; its generator form
        # puts the pages in query.pages.
        for page in self._query_pages({'generator': 'watchlistraw', 'gwrlimit': 'max'}):
            if not with_talkpage and int(page.namespace()) % 2:
                continue
            yield page
            n += 1
            if total is not None and n >= total:
                return

    @_api_generator('PageGenerator', 'querypage')
    def querypage(self, special_page, total=None):
        """The pages a special page lists (generator=querypage);
        ValueError for a special page the API does not offer."""
        names = self._paraminfo.parameter('query+querypage', 'page')['type']
        if special_page not in names:
            raise ValueError('{} not in {}'.format(special_page, names))
        return self._query_pages({'generator': 'querypage', 'gqppage': special_page, 'gqplimit': 'max'},
                                 total)

    def _querypage_items(self, special_page, total):
        """The result items of list=querypage (query.querypage.results)."""
        n = 0
        for q in _gw.query(self._fam, self.code, {'list': 'querypage', 'qppage': special_page,
                                                  'qplimit': 'max'}):
            for item in (q.get('querypage') or {}).get('results', []):
                yield item
                n += 1
                if total is not None and n >= total:
                    return

    def longpages(self, total=None):
        """(page, length) of the longest pages."""
        for item in self._querypage_items('Longpages', total):
            yield (_page_of(self, item), int(item['value']))

    def shortpages(self, total=None):
        """(page, length) of the shortest pages."""
        for item in self._querypage_items('Shortpages', total):
            yield (_page_of(self, item), int(item['value']))

    def ancientpages(self, total=None):
        """(page, Timestamp of its last edit) of the oldest pages."""
        for item in self._querypage_items('Ancientpages', total):
            yield (_page_of(self, item), pywikibot.Timestamp.fromISOformat(item['timestamp']))

    def _querypage_gen(name):
        def gen(self, total=None):
            return self.querypage(name, total)
        return gen

    lonelypages = _querypage_gen('Lonelypages')
    deadendpages = _querypage_gen('Deadendpages')
    uncategorizedcategories = _querypage_gen('Uncategorizedcategories')
    uncategorizedimages = _querypage_gen('Uncategorizedimages')
    uncategorizedfiles = uncategorizedimages
    uncategorizedpages = _querypage_gen('Uncategorizedpages')
    uncategorizedtemplates = _querypage_gen('Uncategorizedtemplates')
    unusedcategories = _querypage_gen('Unusedcategories')
    unusedfiles = _querypage_gen('Unusedimages')
    unwatchedpages = _querypage_gen('Unwatchedpages')
    wantedpages = _querypage_gen('Wantedpages')
    wantedcategories = _querypage_gen('Wantedcategories')
    wantedfiles = _querypage_gen('Wantedfiles')
    wantedtemplates = _querypage_gen('Wantedtemplates')
    withoutinterwiki = _querypage_gen('Withoutinterwiki')
    broken_redirects = _querypage_gen('BrokenRedirects')
    double_redirects = _querypage_gen('DoubleRedirects')
    del _querypage_gen

    def get_property_names(self, force=False):
        """The page property names in use on the wiki (list=pagepropnames)."""
        if force or getattr(self, '_property_names', None) is None:
            self._property_names = [p['propname'] for p in self._query_list('pagepropnames', {'ppnlimit': 'max'})]
        return self._property_names

    @_api_generator('PageGenerator', 'pageswithprop')
    def pages_with_property(self, propname, *, total=None):
        """The pages that have page property propname."""
        return self._pages_from_list(self._query_list('pageswithprop', {'pwppropname': propname,
                                                                        'pwplimit': 'max'}), total)

    def redirectpages(self, total=None):
        """Every redirect page (list=allredirects... as pywikibot: Listredirects)."""
        return self.querypage('Listredirects', total)

    # -- actions --
    def watch(self, pages, unwatch=False):
        """Add pages to the watchlist (unwatch: remove them); True when the
        wiki confirms every one."""
        r = self._api({'action': 'watch', 'titles': _titles(pages), 'unwatch': unwatch}, True, 'watch')
        key = 'unwatched' if unwatch else 'watched'
        return all(key in item for item in r['watch'])

    def patrol(self, rcid=None, revid=None, revision=None):
        """Mark changes patrolled; yields the wiki's answer per change. The
        patrol right is checked when called (pywikibot's need_right wraps
        the generator), the rest when iterated."""
        self._require_right('patrol')
        return self._patrol(rcid, revid, revision)

    def _patrol(self, rcid, revid, revision):
        if getattr(self, '_patroldisabled', False):
            return
        if rcid is None and revid is None and revision is None:
            raise exceptions.Error('No rcid, revid or revision provided.')

        def ids(v):
            if v is None:
                return []
            if isinstance(v, (int, str)):
                return [v]
            return list(v)
        todo = [('rcid', i) for i in ids(rcid)]
        revs = ids(revid)
        if revision is not None:
            revs += [r.revid for r in ([revision] if isinstance(revision, (dict, pywikibot.page.Revision)) else revision)]
        todo += [('revid', i) for i in revs]
        for kind, value in todo:
            try:
                r = self._api({'action': 'patrol', kind: str(value)}, True, 'patrol')
            except exceptions.APIError as e:
                if e.code == 'patroldisabled':
                    self._patroldisabled = True
                    return
                if e.code == 'nosuchrcid':
                    raise exceptions.Error('Patrol failed: invalid rcid {}'.format(value))
                if e.code == 'nosuchrevid':
                    raise exceptions.Error('Patrol failed: invalid revid {}'.format(value))
                raise
            yield r['patrol']

    def merge_history(self, source, dest, timestamp=None, reason=None):
        """Merge the revisions of source (up to timestamp) into dest."""
        if not source.exists():
            raise exceptions.NoPageError(
                source, 'Cannot merge revisions from source {} because it does not exist on {}'
                .format(source, self))
        if not dest.exists():
            raise exceptions.NoPageError(
                dest, 'Cannot merge revisions to destination {} because it does not exist on {}'
                .format(dest, self))
        if source == dest:
            raise exceptions.PageSaveRelatedError(
                page=source, message='Cannot merge revisions of {page} to itself')
        req = {'action': 'mergehistory', 'from': source.title(), 'to': dest.title()}
        if reason:
            req['reason'] = reason
        if timestamp:
            req['timestamp'] = str(timestamp)
        r = self._api(req, True, 'csrf')
        if 'mergehistory' not in r:
            raise exceptions.Error('mergehistory: unexpected response')
        source.clear_cache()
        dest.clear_cache()

    def rollbackpage(self, page, **kwargs):
        """Roll back the latest edits of page's last editor."""
        user = kwargs.get('user') or page.latest_revision.user
        req = {'action': 'rollback', 'title': page.title(), 'user': user}
        if kwargs.get('summary'):
            req['summary'] = kwargs['summary']
        if kwargs.get('markbot'):
            req['markbot'] = True
        return self._api(req, True, 'rollback')

    def _require_right(self, right):
        """UserRightsError unless the user has right, judged as pywikibot's
        need_right decorator does: by the userinfo at hand, without logging
        in first (a script that has not logged in is checked as the
        anonymous user "None")."""
        if not self.has_right(right):
            raise exceptions.UserRightsError(
                'User "{}" does not have required user right "{}" on site {}.'
                .format(self.user(), right, self))

    def undelete(self, page, reason, *, revisions=None, fileids=None):
        """Restore a deleted page (all revisions, or the given timestamps).
        Needs the undelete right before anything logs in, as pywikibot's
        (its delete script logs in before deleting, not before undeleting)."""
        self._require_right('undelete')
        req = {'action': 'undelete', 'title': page.title(), 'reason': reason}
        if revisions:
            req['timestamps'] = [str(t) for t in revisions]
        if fileids:
            req['fileids'] = [str(f) for f in fileids]
        return self._api(req, True, 'csrf')

    def blockuser(self, user, expiry, reason, anononly=True, nocreate=True, autoblock=True,
                  noemail=False, reblock=False, allowusertalk=False):
        """Block user (a User or name)."""
        req = {'action': 'block', 'user': user.username if hasattr(user, 'username') else user,
               'expiry': str(expiry), 'reason': reason, 'anononly': anononly, 'nocreate': nocreate,
               'autoblock': autoblock, 'noemail': noemail, 'reblock': reblock,
               'allowusertalk': allowusertalk}
        return self._api(req, True, 'csrf')

    def unblockuser(self, user, reason=None):
        """Lift the block of user."""
        req = {'action': 'unblock', 'user': user.username if hasattr(user, 'username') else user}
        if reason:
            req['reason'] = reason
        return self._api(req, True, 'csrf')

    _upload_warnings = {
        'duplicate-archive': 'The file is a duplicate of a deleted file {msg}.',
        'was-deleted': 'The file {msg} was previously deleted.',
        'empty-file': 'File {msg} is empty.',
        'exists': 'File {msg} already exists.',
        'duplicate': 'Uploaded file is a duplicate of {msg}.',
        'badfilename': 'Target filename is invalid.',
        'filetype-unwanted-type': 'File {msg} type is unwanted type.',
        'exists-normalized': 'File exists with different extension as {msg!r}.',
        'bad-prefix': 'Target filename has a bad prefix {msg}.',
        'page-exists': 'Target filename exists but with a different file {msg}.',
        'no-change': 'The upload is an exact duplicate of the current version of this file.',
        'duplicate-version': 'The upload is an exact duplicate of older version(s) of this file.',
    }

    def upload(self, filepage, **kwargs):
        """Upload a file (source_filename, or source_url) to filepage:
        True when stored, False when stopped at a warning that
        ignore_warnings (a bool, a list of warning codes or a callable
        taking the UploadErrors) does not let pass. With report_success
        (default: ignore_warnings is a bool) a warning raises UploadError
        instead and success is announced. A file larger than chunk_size
        (> 0) goes up in chunks through the upload stash (the Go core's
        UploadChunked; asynchronous: the wiki assembles it in the
        background), else in one request."""
        import os
        source_filename = kwargs.get('source_filename')
        source_url = kwargs.get('source_url')
        comment = kwargs.get('comment')
        text = kwargs.get('text')
        watch = kwargs.get('watch', False)
        ignore_warnings = kwargs.get('ignore_warnings', False)
        report_success = kwargs.get('report_success')
        chunk_size = kwargs.get('chunk_size', 0) or 0
        asynchronous = bool(kwargs.get('asynchronous', False))
        if self.is_uploaddisabled():
            pywikibot.error('Upload error: Local file uploads are disabled on {}.'.format(self))
            return False
        if source_filename and source_url:
            raise ValueError('APISite.upload: must provide either source_filename or source_url, not both.')
        if comment is None:
            comment = filepage.text
        if not comment:
            raise ValueError('APISite.upload: cannot upload file without a summary/description.')
        if text is None:
            text = filepage.text
        if not text:
            text = comment
        if report_success is None:
            report_success = isinstance(ignore_warnings, bool)
        if report_success is True and not isinstance(ignore_warnings, bool):
            raise ValueError('report_success may only be set to True when ignore_warnings is a boolean')
        if not isinstance(ignore_warnings, bool) and not callable(ignore_warnings):
            ignored = list(ignore_warnings)

            def ignore_warnings(warnings):
                return all(w.code in ignored for w in warnings)
        ignore_all = ignore_warnings is True
        params = {'filename': filepage.title(with_ns=False, with_section=False), 'comment': comment,
                  'text': text, 'watch': bool(watch), 'ignorewarnings': ignore_all}
        path = None
        if source_filename:
            if not os.path.isfile(source_filename):
                raise ValueError("File '{}' does not exist.".format(source_filename))
            path = source_filename
        elif source_url:
            if not self.has_right('upload_by_url'):
                raise exceptions.Error("User '{}' is not authorized to upload by URL on site {}."
                                       .format(self.user(), self))
            params['url'] = source_url
        else:
            raise ValueError('APISite.upload: must provide either source_filename or source_url.')
        chunked = bool(path) and 0 < chunk_size < os.path.getsize(path)

        def send(params, offset=0, file_key=None):
            if chunked:
                return _gs.upload_chunked(self._fam, self.code, params, path, int(chunk_size),
                                          int(offset), file_key, asynchronous)['upload']
            return _gs.upload(self._fam, self.code, params, path)['upload']
        result = send(params)
        renamed = {'nochange': 'no-change', 'duplicateversions': 'duplicate-version', 'emptyfile': 'empty-file'}
        while True:
            if 'result' not in result:
                raise exceptions.Error('Upload: unrecognized response: {}'.format(result))
            if result['result'] == 'Success':
                if report_success:
                    pywikibot.info('Upload successful.')
                filepage.clear_cache()
                return True
            if result['result'] != 'Warning':
                raise exceptions.Error('Unrecognized result: {}'.format(result['result']))
            file_key = result.get('filekey')
            warnings = result.get('warnings') or {}
            if not report_success:
                errors = [exceptions.UploadError(renamed.get(w, w),
                                                 self._upload_warnings.get(renamed.get(w, w), '{msg}')
                                                 .format(msg=d), file_key, result.get('offset', bool(path)))
                          for w, d in warnings.items()]
                accepted = callable(ignore_warnings) and ignore_warnings(errors)
                if accepted and chunked and 'offset' in result:
                    # a chunk's warning: go on from the stashed offset (or
                    # from the start when the first chunk was refused)
                    params['ignorewarnings'] = True
                    offset = result['offset']
                    result = send(params, offset, file_key if offset else None)
                    continue
                if accepted and file_key:
                    params2 = {'filename': params['filename'], 'comment': comment, 'text': text,
                               'filekey': file_key, 'ignorewarnings': True, 'watch': bool(watch)}
                    result = _gs.upload(self._fam, self.code, params2, None)['upload']
                    continue
                return False
            if len(warnings) > 1:
                import warnings as _warnings
                _warnings.warn('The upload returned {} warnings: {}'.format(
                    len(warnings), ', '.join(warnings)), UserWarning)
            code = list(warnings)[0]
            message = warnings[code]
            code = renamed.get(code, code)
            raise exceptions.UploadError(code, self._upload_warnings[code].format(msg=message),
                                         file_key=file_key, offset=result.get('offset', False))

    def encoding(self):
        """The character encoding of the wiki: its family's for the code
        (a family file may say), else UTF-8 as every MediaWiki today."""
        of_family = getattr(self.family, 'encoding', None)
        return of_family(self.code) if of_family else 'utf-8'

    def encodings(self):
        """The encodings the wiki's pages may be in, the first preferred."""
        of_family = getattr(self.family, 'encodings', None)
        return tuple(of_family(self.code)) if of_family else (self.encoding(),)

    def validate_tokens(self, types):
        """The token types of types the wiki knows."""
        p = self._paraminfo.parameter('query+tokens', 'type')
        known = set(p['type'])
        return [t for t in types if t in known]

    # -- extensions: Structured Discussions (Flow), ProofreadPage, GeoData --
    # pywikibot's need_extension and need_right decorators, as calls at the
    # top of each method: the user right first where pywikibot checks it
    # first, then the extension.
    def _need(self, method, extension=None, right=None, second_extension=None):
        if right is not None and not self.has_right(right):
            raise exceptions.UserRightsError('User "{}" does not have required user right "{}" on site {}.'
                                             .format(self.user(), right, self))
        for ext in (extension, second_extension):
            if ext is not None and not self.has_extension(ext):
                raise exceptions.UnknownExtensionError(
                    'Method "{}" is not implemented without the extension {}'.format(method, ext))

    def _flow(self, submodule, params, write=False):
        p = {'action': 'flow', 'submodule': submodule}
        p.update({k: v for k, v in params.items() if v is not None})
        if 'page' in p and not isinstance(p['page'], str):
            p['page'] = p['page'].title()
        for k, v in list(p.items()):
            if isinstance(v, bool):
                if v:
                    p[k] = ''
                else:
                    del p[k]
        return self._api(p, write, 'csrf' if write else None)['flow'][submodule]

    @property
    def throttle(self):
        """The site's Throttle (pywikibot.throttle): its delays; the Go core
        does the throttling."""
        if '_gwb_throttle' not in self.__dict__:
            from pywikibot.throttle import Throttle
            self._gwb_throttle = Throttle(self)
        return self._gwb_throttle

    def thank_post(self, post):
        """Thank the author of a Structured Discussions post."""
        self._need('thank_post', 'Flow', second_extension='Thanks')
        r = self._api({'action': 'flowthank', 'postid': post.uuid}, True, 'csrf')
        if r['result']['success'] != 1:
            raise exceptions.APIError('Thanking unsuccessful', '')
        return r

    def load_board(self, page):
        """The topic list data of a board's first topic."""
        self._need('load_board', 'Flow')
        return self._flow('view-topiclist', {'page': page, 'vtllimit': 1})['result']['topiclist']

    def load_topiclist(self, page, *, content_format='wikitext', limit=100, sortby='newest', toconly=False,
                       offset=None, offset_id=None, reverse=False, include_offset=False):
        """The topic list data of a board."""
        self._need('load_topiclist', 'Flow')
        if offset:
            offset = pywikibot.Timestamp.fromtimestampformat(offset)
        return self._flow('view-topiclist', {
            'page': page, 'vtlformat': content_format, 'vtlsortby': sortby, 'vtllimit': limit,
            'vtloffset-dir': 'rev' if reverse else 'fwd', 'vtloffset': offset, 'vtloffset-id': offset_id,
            'vtlinclude-offset': include_offset, 'vtltoconly': toconly})['result']['topiclist']

    def load_topic(self, page, content_format):
        """The data of a topic."""
        self._need('load_topic', 'Flow')
        return self._flow('view-topic', {'page': page, 'vtformat': content_format})['result']['topic']

    def load_post_current_revision(self, page, post_id, content_format):
        """The data of a post's current revision."""
        self._need('load_post_current_revision', 'Flow')
        return self._flow('view-post', {'page': page, 'vppostId': post_id,
                                        'vpformat': content_format})['result']['topic']

    def create_new_topic(self, page, title, content, content_format):
        """Create a topic on a board; its data."""
        self._need('create_new_topic', 'Flow', right='edit')
        return self._flow('new-topic', {'page': page, 'ntformat': content_format, 'nttopic': title,
                                        'ntcontent': content}, True)['committed']['topiclist']

    def reply_to_post(self, page, reply_to_uuid, content, content_format):
        """Reply to a post; the topic's data."""
        self._need('reply_to_post', 'Flow', right='edit')
        return self._flow('reply', {'page': page, 'repreplyTo': reply_to_uuid, 'repcontent': content,
                                    'repformat': content_format}, True)['committed']['topic']

    def lock_topic(self, page, lock, reason):
        """Lock (lock true) or unlock a topic."""
        self._need('lock_topic', 'Flow', right='flow-lock')
        return self._flow('lock-topic', {'page': page, 'cotreason': reason,
                                         'cotmoderationState': 'lock' if lock else 'unlock'},
                          True)['committed']['topic']

    def moderate_topic(self, page, state, reason):
        """Moderate a topic (state: delete, hide, suppress, restore)."""
        self._need('moderate_topic', 'Flow', right='edit')
        return self._flow('moderate-topic', {'page': page, 'mtreason': reason, 'mtmoderationState': state},
                          True)['committed']['topic']

    def summarize_topic(self, page, summary):
        """Set a topic's summary."""
        self._need('summarize_topic', 'Flow')
        params = {'page': page, 'etssummary': summary, 'etsformat': 'wikitext'}
        current = getattr(page.root, '_current_revision', None) or {}
        if 'summary' in current:
            params['etsprev_revision'] = current['summary']['revision']['revisionId']
        return self._flow('edit-topic-summary', params, True)['committed']['topicsummary']

    def delete_topic(self, page, reason):
        """Delete a topic."""
        self._need('delete_topic', 'Flow', right='flow-delete')
        return self.moderate_topic(page, 'delete', reason)

    def hide_topic(self, page, reason):
        """Hide a topic."""
        self._need('hide_topic', 'Flow', right='flow-hide')
        return self.moderate_topic(page, 'hide', reason)

    def suppress_topic(self, page, reason):
        """Suppress a topic."""
        self._need('suppress_topic', 'Flow', right='flow-suppress')
        return self.moderate_topic(page, 'suppress', reason)

    def restore_topic(self, page, reason):
        """Restore a topic."""
        self._need('restore_topic', 'Flow', right='edit')
        return self.moderate_topic(page, 'restore', reason)

    def moderate_post(self, post, state, reason):
        """Moderate a post (state: delete, hide, suppress, restore)."""
        self._need('moderate_post', 'Flow', right='edit')
        return self._flow('moderate-post', {'page': post.page, 'mpreason': reason, 'mpmoderationState': state,
                                            'mppostId': post.uuid}, True)['committed']['topic']

    def delete_post(self, post, reason):
        """Delete a post."""
        self._need('delete_post', 'Flow', right='flow-delete')
        return self.moderate_post(post, 'delete', reason)

    def hide_post(self, post, reason):
        """Hide a post."""
        self._need('hide_post', 'Flow', right='flow-hide')
        return self.moderate_post(post, 'hide', reason)

    def suppress_post(self, post, reason):
        """Suppress a post."""
        self._need('suppress_post', 'Flow', right='flow-suppress')
        return self.moderate_post(post, 'suppress', reason)

    def restore_post(self, post, reason):
        """Restore a post."""
        self._need('restore_post', 'Flow', right='edit')
        return self.moderate_post(post, 'restore', reason)

    # -- requests --
    @staticmethod
    def _request_class(kwargs):
        """data.api.CachedRequest when kwargs (not the API parameters)
        hold an expiry, else data.api.Request."""
        from pywikibot.data import api
        if 'expiry' in kwargs and kwargs['expiry'] is not None:
            return api.CachedRequest
        return api.Request

    def _request(self, **kwargs):
        """A Request of this site from Request's keyword arguments; a
        CachedRequest when they hold an expiry (pywikibot's siteinfo,
        sitematrix and watchlist requests)."""
        if 'expiry' in kwargs and kwargs['expiry'] is None:
            del kwargs['expiry']
        return self._request_class(kwargs)(site=self, **kwargs)

    def _cache_proofreadinfo(self, expiry=False):
        self._need('_cache_proofreadinfo', 'ProofreadPage')
        if not all(hasattr(self, a) for a in ('_proofread_index_ns', '_proofread_page_ns', '_proofread_levels')):
            q = self._api({'action': 'query', 'meta': 'proofreadinfo'})['query']
            self._proofread_index_ns = self.namespaces[q['proofreadnamespaces']['index']['id']]
            self._proofread_page_ns = self.namespaces[q['proofreadnamespaces']['page']['id']]
            self._proofread_levels = {ql['id']: ql['category'] for ql in q['proofreadqualitylevels']}

    @property
    def proofread_index_ns(self):
        """The Index namespace of the ProofreadPage extension."""
        self._cache_proofreadinfo()
        return self._proofread_index_ns

    @property
    def proofread_page_ns(self):
        """The Page namespace of the ProofreadPage extension."""
        self._cache_proofreadinfo()
        return self._proofread_page_ns

    @property
    def proofread_levels(self):
        """Quality level -> category of the ProofreadPage extension."""
        self._cache_proofreadinfo()
        return self._proofread_levels

    def loadcoordinfo(self, page):
        """Load the page's coordinates (GeoData extension) into
        page._coords, as Coordinate objects."""
        self._need('loadcoordinfo', 'GeoData')
        p = {'action': 'query', 'prop': 'coordinates', 'titles': page.title(with_section=False),
             'coprop': 'type|name|dim|country|region|globe', 'coprimary': 'all'}
        pages = self._api(p).get('query', {}).get('pages') or []
        coords = []
        for pg in pages:
            for c in pg.get('coordinates') or []:
                coords.append(pywikibot.Coordinate(
                    site=self, lat=c['lat'], lon=c['lon'], typ=c.get('type', ''), name=c.get('name', ''),
                    dim=int(c['dim']) if c.get('dim') else None, globe=c.get('globe'),
                    primary='primary' in c and c['primary'] is not False))
        page._coords = coords


def install(cls):
    """Put APISiteMore's attributes on cls (APISite), and NamespaceMore's
    on Namespace, in place of their placeholders (and where they have
    none)."""
    from pywikibot.site import Namespace, _Later
    for more, target in ((APISiteMore, cls), (NamespaceMore, Namespace)):
        for name, value in more.__dict__.items():
            if name.startswith('__') or (name in target.__dict__ and not isinstance(target.__dict__[name], _Later)):
                continue
            setattr(target, name, value)
