"""Pages: Page, Category, User, FilePage, Link, and the revision record."""
import re
from collections.abc import Mapping

from pywikibot import exceptions
from pywikibot._deprecate import _full_name, deprecated, deprecated_args


def _first_upper(s):
    return s[:1].upper() + s[1:] if s else s


_illegal = []


def _illegal_titles():
    """Link.illegal_titles_pattern, compiled on first use (Link parses
    with it; the class attribute comes with the less common methods)."""
    if not _illegal:
        _illegal.append(re.compile(
            r'[\x00-\x1f\x23\x3c\x3e\x5b\x5d\x7b\x7c\x7d\x7f]|%[0-9A-Fa-f]{2}'
            r'|&[A-Za-z0-9\x80-\xff]+;|&#[0-9]+;|&#x[0-9A-Fa-f]+;'))
    return _illegal[0]


_APISite = []


def _apisite_class():
    """pywikibot.site.APISite (imported on first use: the site package
    imports this module; an import statement per page costs)."""
    if not _APISite:
        from pywikibot.site import APISite
        _APISite.append(APISite)
    return _APISite[0]


class Revision(Mapping):
    """A revision as pywikibot has it: the API's revision values, by key or
    as attributes (a missing one is an AttributeError either way, as in
    pywikibot); timestamp a Timestamp; anon, minor, userhidden and
    commenthidden booleans; comment and user '' when missing; text (and
    contentmodel) from the main slot, sha1 worked out from the text when
    not given. gowikibot's own loads give the slots as formatversion 2
    does ('content' for '*'), which is taken too, and a text given as such
    is kept."""

    def __init__(self, **kwargs):
        self._data = kwargs
        self._upcast_dict(self._data)

    @classmethod
    def _loaded(cls, d):
        """The revision d of a page dict given to BasePage._apply, taken as
        it is (no copy). The Go core's loads give it upcast already (with
        the keys _upcast_dict adds, in its order; 'slots' None), as
        _upcast_dict would leave it; another is upcast here."""
        r = cls.__new__(cls)
        r._data = d
        if d.get('slots', 0) is not None:
            # not upcast yet (an API answer's revision)
            cls._upcast_dict(d)
        return r

    @staticmethod
    def _upcast_dict(d):
        # the timestamp (a string) becomes a Timestamp on first read
        # (__getitem__, __repr__): parsing it is a large part of loading a
        # page, and most scripts never read it
        for flag in ('anon', 'minor', 'userhidden', 'commenthidden'):
            # formatversion 1 has the flag ('') or not; 2 has true or false
            d[flag] = flag in d and d[flag] is not False and d[flag] is not None
        d.setdefault('comment', '')
        d.setdefault('user', '')
        slots = d.get('slots')
        if isinstance(slots, dict):
            main = slots.get('main', {})
            d['text'] = main.get('*', main.get('content'))
            d['contentmodel'] = main.get('contentmodel')
        else:
            d['slots'] = None
            d['text'] = d.get('*', d.get('text'))
        d.setdefault('sha1')
        if d['sha1'] is None and d['text'] is not None:
            import hashlib
            d['sha1'] = hashlib.sha1(d['text'].encode('utf8')).hexdigest()

    def __len__(self):
        return len(self._data)

    def __getitem__(self, name):
        d = self._data
        if name in d:
            v = d[name]
            if name == 'timestamp' and isinstance(v, str) and v:
                from pywikibot import Timestamp
                v = d[name] = Timestamp.fromISOformat(v)
            return v
        raise AttributeError("'{}' object has no attribute '{}'".format(type(self).__name__, name))

    def __getattr__(self, name):
        if name.startswith('__') or name == '_data':
            raise AttributeError(name)
        return self[name]

    def __iter__(self):
        return iter(self._data)

    def __repr__(self):
        self._timestamp_now()
        return '{}({})'.format(type(self).__name__, self._data)

    def __str__(self):
        self._timestamp_now()
        return str(self._data)

    def _timestamp_now(self):
        if 'timestamp' in self._data:
            self['timestamp']


class BaseLink:
    """A link to a page of a site, known by its title and namespace
    (pywikibot's base of Link and SiteLink). The namespace (a number, a
    name or a Namespace; an unknown one is the main namespace) is looked
    up on first use. Links compare by site, namespace and title."""

    # what repr shows
    _items = ('title', 'namespace', '_sitekey')

    def __init__(self, title, namespace=None, site=None):
        import pywikibot
        self._title = title
        self._nskey = namespace
        self._site = site if site is not None else pywikibot.Site()

    @property
    def _namespace(self):
        """The namespace's number (looked up on first use)."""
        if not isinstance(self._nskey, int) or isinstance(self._nskey, bool):
            self._nskey = int(self.lookup_namespace())
        return self._nskey

    @_namespace.setter
    def _namespace(self, value):
        self._nskey = value

    @property
    def _sitekey(self):
        return self._site.dbName()

    @property
    def site(self):
        """The site the link points to."""
        return self._site

    @property
    def title(self):
        """The title without namespace and section."""
        return self._title

    @property
    def namespace(self):
        """The link's Namespace."""
        return self._site.namespaces[self._namespace]

    def __repr__(self):
        return 'pywikibot.page.{}({})'.format(type(self).__name__,
                                              ', '.join(repr(getattr(self, a)) for a in self._items))

    def __str__(self):
        return self.astext()

    def __hash__(self):
        return hash((self.site.sitename, self.canonical_title()))

    def __eq__(self, other):
        if not hasattr(other, '_cmpkey'):
            return NotImplemented
        return self._cmpkey() == other._cmpkey()

    def __ne__(self, other):
        if not hasattr(other, '_cmpkey'):
            return NotImplemented
        return self._cmpkey() != other._cmpkey()

    def __lt__(self, other):
        return self._cmpkey() < other._cmpkey()

    def __le__(self, other):
        return self._cmpkey() <= other._cmpkey()

    def __gt__(self, other):
        return self._cmpkey() > other._cmpkey()

    def __ge__(self, other):
        return self._cmpkey() >= other._cmpkey()


class Link(BaseLink):
    """A wiki link [[title]] parsed against a site, as pywikibot's: the
    text between [[ and ]] (an anchor after '|' kept aside), with
    interwiki prefixes of the source wiki's interwiki map leading to
    other sites, a namespace prefix, then the title and '#section'."""

    # The characters Link folds into the title delimiter (besides the
    # family's delimiter and its aliases).
    _SPACES = '\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000'

    _items = ('title', 'site')

    def __init__(self, text, source=None, default_namespace=0):
        import pywikibot
        source_is_page = isinstance(source, BasePage)
        if source_is_page:
            self._source = source.site
        else:
            self._source = source if source is not None else pywikibot.Site()
        self._text = text
        self._defaultns = int(default_namespace)
        if '|' in text:
            text, self._anchor = text.split('|', 1)
        else:
            self._anchor = None
        text = text.strip()
        if '%' in text:
            from pywikibot.tools.chars import url2string
            text = url2string(text, encodings=self._source.encodings())
        if '&' in text:
            text = html2unicode(text)
        if not text.isascii():
            import unicodedata
            text = unicodedata.normalize('NFC', text)
            if '\ufffd' in text:
                raise exceptions.InvalidTitleError(
                    '{!r} contains illegal replacement char \\ufffd'.format(text))
        delims = self._source.family.title_delimiter_and_aliases
        if delims == ' _' and text.isascii():
            # the common case without compiling the pattern below
            if '_' in text:
                text = text.replace('_', ' ')
            while '  ' in text:
                text = text.replace('  ', ' ')
            text = text.strip()
        else:
            text = re.sub('[' + re.escape(delims) + self._SPACES + ']+', delims[0], text).strip()
            text = text.replace('\u200e', '').replace('\u200f', '')
        if source_is_page:
            text = source.title(with_section=False) + text
        self._text = text

    def __getattr__(self, name):
        # What parse() sets is parsed on first use, as pywikibot's Link:
        # making a link asks no site anything.
        if name in ('_site', '_namespace', '_title', '_section', '_is_interwiki'):
            self.parse()
            return object.__getattribute__(self, name)
        raise AttributeError("'{}' object has no attribute '{}'".format(type(self).__name__, name))

    def parse(self):
        """Parse the link text: interwiki prefixes (each moving to the
        site the source wiki's interwiki map names), a namespace prefix,
        the title and section; InvalidTitleError for what MediaWiki
        refuses, SiteDefinitionError for a prefix no family knows."""
        text = self._text
        self._site = self._source
        ns = self._defaultns
        self._is_interwiki = False
        ns_prefix = False
        pos = int(text.startswith(':'))
        colon = text.find(':', pos)
        first_other_site = None
        while colon >= 0:
            prefix = text[pos:colon].lower()
            colon += 1
            while colon < len(text) and text[colon] == ' ':
                colon += 1
            found = self._site.namespaces.lookup_name(prefix)
            if found is not None:
                if colon >= len(text):
                    raise exceptions.InvalidTitleError("'{}' has no title.".format(text))
                ns = found.id
                ns_prefix = True
                pos = colon
                break
            try:
                newsite = self._site.interwiki(prefix)
            except KeyError:
                break
            except exceptions.SiteDefinitionError as e:
                raise exceptions.SiteDefinitionError(
                    '{} is not a local page on {}, and the interwiki prefix {} is not supported '
                    'by Pywikibot!\n{}'.format(text, self._site, prefix, e))
            if first_other_site:
                if not self._site.local_interwiki(prefix):
                    raise exceptions.InvalidTitleError(
                        '{} links to a non local site {} via an interwiki link to {}.'
                        .format(text, newsite, first_other_site))
            elif newsite != self._source:
                first_other_site = newsite
            self._site = newsite
            self._is_interwiki = True
            pos = colon
            colon = text.find(':', pos)
        t = text[pos:]
        if '#' in t:
            t, sec = t.split('#', 1)
            t, self._section = t.rstrip(), sec.lstrip()
        else:
            self._section = None
        if ns_prefix and not t:
            raise exceptions.InvalidTitleError("'{}' has no title.".format(text))
        if ns_prefix and ':' in t and ns >= 0:
            # Talk:File:X would be the talk page of the main namespace's
            # File:X, which is a file's title: MediaWiki refuses it
            try:
                other = self._site.namespaces[ns - 1 if ns % 2 else ns + 1]
            except KeyError:
                other = None
            if other is not None and '' in other and self._site.namespaces.lookup_name(t[:t.index(':')]):
                raise exceptions.InvalidTitleError(
                    "The (non-)talk page of '{}' is a valid title in another namespace.".format(text))
        self._namespace = ns
        m = _illegal_titles().search(t)
        if m:
            raise exceptions.InvalidTitleError('{!r} contains illegal char(s) {!r}'.format(t, m.group(0)))
        if '.' in t and (t in ('.', '..') or t.startswith(('./', '../')) or '/./' in t
                         or '/../' in t or t.endswith(('/.', '/..'))):
            raise exceptions.InvalidTitleError("(contains . / combinations): '{}'".format(text))
        if '~~~' in t:
            raise exceptions.InvalidTitleError("(contains ~~~): '{}'".format(text))
        if ns != -1 and len(t) > 255:
            raise exceptions.InvalidTitleError("(over 255 bytes): '{}'".format(t))
        if not t.strip(' ') and not self._is_interwiki:
            raise exceptions.InvalidTitleError(
                'The link [[{}]] does not contain a page title'.format(text))
        if ns in (2, 3) and (':' in t or '.' in t):
            from pywikibot.tools import is_ip_address
            if is_ip_address(t):
                t = t.upper()
        if self._site.namespaces[ns].case == 'first-letter':
            t = _first_upper(t)
        self._title = t

    @property
    def section(self):
        """The section part (after '#'), or None."""
        return self._section

    def canonical_title(self):
        ns = self._namespace
        if ns:
            return self._site.namespaces[ns].custom_name + ':' + self._title
        return self._title


    def ns_title(self, onsite=None):
        return self.canonical_title()

    def astext(self, onsite=None):
        """The link as wikitext seen from onsite (default: the wiki the
        link was found on): [[Title#section]], or with the code or site
        name before it when it leads to another wiki."""
        if onsite is None:
            onsite = self._source
        title = self.title
        if self._namespace:
            title = onsite.namespace(self._namespace) + ':' + title
        site = self.site
        if onsite == site:
            text = '[[{}]]'.format(title)
        elif onsite.family == site.family or site.family.name == site.code:
            text = '[[{}:{}]]'.format(site.code, title)
        else:
            text = '[[{}:{}]]'.format(site.sitename, title)
        if self.section:
            text = '{}#{}]]'.format(text.rstrip(']'), self.section)
        return text

    def __hash__(self):
        return hash((self.site.sitename, self.canonical_title()))

    @classmethod
    def langlinkUnsafe(cls, lang, title, source):
        return cls(title, source)


class BasePage:
    """A page of a wiki."""

    # The attributes holding loaded page data; a subclass extends the tuple
    # (pywikibot's scripts read super()._cache_attrs).
    _cache_attrs = ('_loaded', '_text', '_revision', '_pageid', '_exists', '_isredir',
                    '_starttimestamp', '_lastrevid', '_raw_text', '_applicable_protections')

    # the batch (pywikibot._pagebatch) that loads this page on first read
    _batch = None

    def __init__(self, source, title='', ns=0):
        APISite = _apisite_class()
        if isinstance(source, BasePage):
            self._site = source.site
            self._link = source._link
            self._copy_state(source)
            return
        if isinstance(source, Link):
            self._site = source.site
            self._link = source
        elif isinstance(source, APISite):
            self._site = source
            if not title:
                raise ValueError('Title must be specified and not empty if source is a Site.')
            self._link = Link(title, source, default_namespace=int(ns))
        else:
            raise exceptions.Error('Invalid argument type {!r} in Page initializer: {!r}'.format(
                type(source).__name__, source))
        self._reset()

    @property
    def site(self):
        """The page's site."""
        return self._site

    def _cmpkey(self):
        """(site, namespace, title): what pages compare and sort by."""
        return (self.site, self.namespace(), self.title())

    def _reset(self):
        self._loaded = False
        self._text = None
        self._revision = None
        self._pageid = 0
        self._exists = None
        self._isredir = False
        self._starttimestamp = ''
        self._lastrevid = 0
        self._raw_text = None

    def _copy_state(self, other):
        for k in ('_loaded', '_text', '_revision', '_pageid', '_exists', '_isredir', '_starttimestamp',
                  '_lastrevid', '_raw_text'):
            setattr(self, k, getattr(other, k, None))

    def _apply(self, d):
        """Take the page data loaded by the Go core."""
        self._loaded = True
        self._pageid = d.get('pageid') or 0
        self._exists = not (d.get('missing') or d.get('invalid')) and bool(self._pageid)
        self._isredir = bool(d.get('redirect'))
        self._starttimestamp = d.get('starttimestamp') or ''
        self._lastrevid = d.get('lastrevid') or 0
        rev = d.get('revision')
        self._revision = Revision._loaded(rev) if rev else None
        if rev is not None:
            self._raw_text = rev.get('text', '')
            if self._text is None:
                self._text = self._raw_text
        else:
            self._raw_text = None

    def _ensure_loaded(self):
        if not self._loaded:
            if self._batch is not None:
                self._batch.load()
                if self._loaded:
                    return
            self.site.loadpageinfo(self)

    # -- titles --
    def namespace(self):
        return self.site.namespaces[self._link._namespace]

    def section(self):
        """The section part of the title (after '#'), or None."""
        return self._link.section or None

    def title(self, *, underscore=False, with_ns=True, with_section=True, as_url=False, as_link=False,
              allow_interwiki=True, force_interwiki=False, textlink=False, as_filename=False,
              insite=None, without_brackets=False):
        """The title, in the forms pywikibot offers (keywords as pywikibot's)."""
        link = self._link
        if not (as_link or underscore or as_url or as_filename or without_brackets):
            # the common forms (what the code below gives for them, with
            # fewer lookups: scripts ask for titles several times a page)
            section = link._section
            if not with_ns and link._namespace != 0:
                title = link._title
            else:
                title = link.canonical_title()
            if with_section and section:
                title += '#' + section
            return title
        label = link.title
        nsid = link._namespace
        title = link.canonical_title()
        section = '#' + link.section if with_section and link.section else ''
        if as_link:
            import pywikibot
            if insite is not None:
                code, fam = insite.code, insite.family.name
            else:
                code = pywikibot.config.__dict__.get('mylang')
                fam = pywikibot.config.__dict__.get('family')
                fam = getattr(fam, 'name', fam)
            if force_interwiki or (allow_interwiki and (self.site.family.name != fam
                                                        or self.site.code != code)):
                if self.site.family.name not in (fam, self.site.code):
                    title = '{}:{}:{}'.format(self.site.family.name, self.site.code, title)
                else:
                    title = '{}:{}'.format(self.site.code, title)
            elif textlink and nsid in (6, 14):
                title = ':' + title
            elif nsid == 0 and not section:
                with_ns = True
            if with_ns:
                return '[[{}{}]]'.format(title, section)
            return '[[{}{}|{}]]'.format(title, section, label)
        if not with_ns and nsid != 0:
            title = label + section
        else:
            title += section
        if without_brackets:
            title = re.sub(r'\s+\([^()]+?\)$', '', title)
        if underscore or as_url:
            title = title.replace(' ', '_')
        if as_url:
            from urllib.parse import quote
            title = quote(title, safe='')
        if as_filename:
            for c in '/:\\"?*':
                title = title.replace(c, '_')
            title = title.replace(' ', '_')
        return title

    def __str__(self):
        return self.title(as_link=True, force_interwiki=True)

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self.title())

    def __eq__(self, other):
        if not isinstance(other, BasePage):
            return NotImplemented
        return self.site == other.site and self.title() == other.title()

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        return (str(self.site), self.title()) < (str(other.site), other.title())

    def __hash__(self):
        return hash((str(self.site), self.title()))

    def isTalkPage(self):
        ns = int(self.namespace())
        return ns >= 0 and ns % 2 == 1

    def toggleTalkPage(self):
        ns = int(self.namespace())
        if ns < 0:
            return None
        other = ns - 1 if ns % 2 else ns + 1
        return Page(self.site, self.title(with_ns=False), other)

    def is_categorypage(self):
        return self.namespace() == 14

    def is_filepage(self):
        return self.namespace() == 6

    # -- content --
    @property
    def pageid(self):
        self._ensure_loaded()
        return self._pageid

    def exists(self):
        self._ensure_loaded()
        return bool(self._exists)

    def isRedirectPage(self):
        self._ensure_loaded()
        return self._isredir

    def get(self, force=False, get_redirect=False):
        if force:
            self._loaded = False
            self._text = None
        self._ensure_loaded()
        if not self._exists:
            raise exceptions.NoPageError(self)
        if self._isredir and not get_redirect:
            raise exceptions.IsRedirectPageError(self)
        text = self._raw_text if force else (self._raw_text or '')
        self._check_section(text)
        return text

    def _check_section(self, text):
        """SectionError when the title names a section the text has no
        heading for (pywikibot 9.6.3's get(), and so its text property)."""
        section = self._link.section
        if section:
            from pywikibot import textlib
            headings = {s.heading for s in textlib.extract_sections(text or '', self.site).sections}
            if section not in headings:
                raise exceptions.SectionError('{!r} is not a valid section of {}'.format(
                    section, self.title(with_section=False)))

    @property
    def text(self):
        if self._text is None:
            self._ensure_loaded()
            if self._text is None:
                self._text = self._raw_text if self._raw_text is not None else ''
        if self._link.section and self._exists and self._text is self._raw_text:
            # the wiki's text of a title with a section: pywikibot's text
            # comes from get(), which checks the section on every read
            self._check_section(self._text)
        return self._text

    @text.setter
    def text(self, value):
        self._ensure_loaded()
        self._text = None if value is None else str(value)

    @text.deleter
    def text(self):
        self._text = None

    def getRedirectTarget(self, *, ignore_section=True):
        """The page this redirect leads to, read from its loaded text (no
        request). The target keeps the link's section whatever
        ignore_section says, as pywikibot 9.6.3's (its getredirtarget builds
        the target from the API's 'tofragment'; ignore_section only skips
        loading the target)."""
        self._ensure_loaded()
        if not self._isredir:
            raise exceptions.IsNotRedirectPageError(self)
        m = re.match(r'\s*#\w+\s*:?\s*\[\[([^\]|]+)', self._raw_text or '')
        if not m:
            raise exceptions.IsNotRedirectPageError(self)
        link = m.group(1)
        target = Page(self.site, link)
        if target.title() == self.title():
            raise exceptions.CircularRedirectError(self)
        return target

    def _redirect_words(self):
        """The redirect magic words, when the text may be a redirect."""
        if not (self._text or '').lstrip().startswith('#'):
            return []
        try:
            return self.site.getmagicwords('redirect')
        except Exception:
            return []

    def botMayEdit(self):
        """Whether {{bots}}/{{nobots}} in the loaded text allow this bot
        (no extra request: the text is in the preload batch)."""
        import pywikibot
        if pywikibot.config.__dict__.get('ignore_bot_templates'):
            return True
        text = self.text or ''
        user = self.site.username() or ''
        if not re.search(r'\{\{\s*(bots|nobots)\s*[|}]', text, re.I):
            return True
        # As pywikibot: only the templates the saved page uses count (none
        # for a page that does not exist yet), read with the parameters of
        # the current text. The saved text tells which it uses, without
        # asking the wiki for the page's templates.
        if not self.exists():
            return True
        used = {k.lower() for k in re.findall(r'\{\{\s*(bots|nobots)\s*[|}]', self._raw_text or '', re.I)}
        if not used:
            return True
        for kind in {'bots', 'nobots'} - used:
            text = re.sub(r'\{\{\s*' + kind + r'\s*[|}]', '', text, flags=re.I)
        if re.search(r'\{\{\s*nobots\s*\}\}', text, re.I):
            return False
        for m in re.finditer(r'\{\{\s*(bots|nobots)\s*\|([^}]*)\}\}', text, re.I):
            kind = m.group(1).lower()
            for part in m.group(2).split('|'):
                key, _, value = part.partition('=')
                names = [n.strip() for n in value.split(',')]
                key = key.strip().lower()
                if kind == 'bots' and key == 'allow':
                    return 'all' in names or user in names
                if kind == 'bots' and key == 'deny':
                    return not ('all' in names or user in names)
                if kind == 'nobots' and key in ('deny', ''):
                    return not ('all' in names or user in names)
        if re.search(r'\{\{\s*bots\s*\}\}', text, re.I):
            return True
        return True

    # -- revisions --
    @property
    def latest_revision_id(self):
        self._ensure_loaded()
        return self._lastrevid

    @property
    def latest_revision(self):
        self._ensure_loaded()
        if self._revision is None:
            raise exceptions.NoPageError(self)
        return self._revision

    @property
    def oldest_revision(self):
        for r in self.site.loadrevisions(self, rvdir=True, total=1):
            return Revision(**r)
        raise exceptions.NoPageError(self)

    def revisions(self, reverse=False, total=None, content=False, starttime=None, endtime=None):
        """The page's revisions, newest first (oldest with reverse), at most
        total. As pywikibot's: what is loaded joins the page's revision
        cache and the cache is what is listed, sorted by timestamp, so
        revisions saved in the same second keep the order in which they
        were first loaded (a time range lists only what the wiki returned
        for it)."""
        loaded = [Revision(**r) for r in self.site.loadrevisions(
            self, content=content, rvdir=reverse, total=total, starttime=starttime, endtime=endtime)]
        cache = self.__dict__.setdefault('_revisions', {})
        for rev in loaded:
            if rev.revid not in cache or content:
                cache[rev.revid] = rev
        revs = [cache[rev.revid] for rev in loaded] if (starttime or endtime) else list(cache.values())
        revs = sorted(revs, reverse=not reverse, key=lambda rev: rev.timestamp)
        return iter(revs if total is None else revs[:total])

    @deprecated('latest_revision.timestamp', since='8.0.0')
    @_full_name('pywikibot.page._basepage.BasePage.editTime')
    def editTime(self):
        return self.latest_revision.timestamp

    @deprecated('latest_revision.user', since='9.3.0')
    @_full_name('pywikibot.page._basepage.BasePage.userName')
    def userName(self):
        return self.latest_revision['user']

    # getVersionHistory and canBeEdited are gone (neither 7.7.3 nor 9.6.3
    # has them): revisions() and has_permission()

    def getVersionHistoryTable(self, reverse=False, total=None):
        """The page history as a wikitable: a row per revision with its
        id, timestamp, user and summary (in nowiki), newest first unless
        reverse."""
        rows = ['{| class="wikitable"', '! oldid || date/time || username || edit summary']
        for rev in self.revisions(reverse=reverse, total=total):
            rows.append('|----')
            rows.append('| {} || {} || {} || <nowiki>{}</nowiki>'.format(
                rev.revid, rev.timestamp, rev.user, rev.comment))
        rows.append('|}')
        return '\n'.join(rows) + '\n'

    # -- links --
    def categories(self, with_sort_key=False, total=None, content=False):
        return self.site.pagecategories(self, with_sort_key=with_sort_key, total=total, content=content)

    def templates(self, *, content=False, namespaces=None):
        return list(self.site.pagetemplates(self, namespaces=namespaces, content=content))

    def itertemplates(self, total=None, *, content=False, namespaces=None):
        return self.site.pagetemplates(self, namespaces=namespaces, total=total, content=content)

    def templatesWithParams(self):
        """The templates the text calls, as (template page, parameters):
        consecutive numbered parameters first, in order, then the others
        as 'name=value'; only templates the wiki lists for the page."""
        from pywikibot import textlib
        titles = set(t.title() for t in self.templates(namespaces=10))
        out = []
        for name, args in textlib.extract_templates_and_params(self.text, True, True):
            try:
                link = Link(name, self.site, default_namespace=10)
                if link.canonical_title() not in titles:
                    continue
            except exceptions.Error:
                continue
            numbered = {}
            named = {}
            for key in sorted(args):
                try:
                    numbered[int(key)] = args[key]
                except ValueError:
                    named[key] = args[key]
            positional = []
            for i in range(1, len(numbered) + 1):
                if i in numbered:
                    positional.append(numbered[i])
                    continue
                for k, v in numbered.items():
                    if k < 1 or k >= i:
                        named[str(k)] = v
                break
            positional.extend('{}={}'.format(k, v) for k, v in named.items())
            out.append((Page(link), positional))
        return out

    def linkedPages(self, *args, **kwargs):
        """The pages this page links to (site.pagelinks's keyword arguments:
        namespaces, follow_redirects, total, content). As in pywikibot,
        positional arguments are deprecated and stand for namespaces,
        total and content, in that order."""
        import pywikibot
        from pywikibot._deprecate import issue_deprecation_warning
        keys = ('namespaces', 'total', 'content')
        for i, arg in enumerate(args):
            key = keys[i]
            issue_deprecation_warning('Positional argument {} ({})'.format(i + 1, arg),
                                      'keyword argument "{}={}"'.format(key, arg), since='7.0.0')
            if key in kwargs:
                pywikibot.warning('{!r} is given as keyword argument {!r} already; ignoring {!r}'.format(
                    key, arg, kwargs[key]))
            else:
                kwargs[key] = arg
        return self.site.pagelinks(self, **kwargs)

    def backlinks(self, follow_redirects=True, filter_redirects=None, namespaces=None, total=None,
                  content=False):
        return self.site.pagebacklinks(self, follow_redirects=follow_redirects, filter_redirects=filter_redirects,
                                       namespaces=namespaces, total=total, content=content)

    def embeddedin(self, filter_redirects=None, namespaces=None, total=None, content=False):
        return self.site.page_embeddedin(self, filter_redirects=filter_redirects, namespaces=namespaces,
                                         total=total, content=content)

    def getReferences(self, follow_redirects=True, with_template_inclusion=True,
                      only_template_inclusion=False, filter_redirects=False, namespaces=None,
                      total=None, content=False):
        return self.site.pagereferences(self, follow_redirects=follow_redirects, filter_redirects=filter_redirects,
                                        with_template_inclusion=with_template_inclusion,
                                        only_template_inclusion=only_template_inclusion,
                                        namespaces=namespaces, total=total, content=content)

    def protection(self):
        return self.site.page_restrictions(self)

    def has_permission(self, action='edit'):
        """Whether the bot's user may do action on this page (its
        protection level against the user's rights)."""
        return self.site.page_can_be_edited(self, action)

    def applicable_protections(self):
        """The protection types the wiki allows on this page, as a set
        (e.g. {'edit', 'move'}; {'create'} for a missing page)."""
        if getattr(self, '_applicable_protections', None) is None:
            self._applicable_protections = self.site._restriction_types(self)
        return set(self._applicable_protections)

    # -- writing --
    @deprecated_args(botflag='bot')  # pywikibot 9.3.0
    @_full_name('pywikibot.page._basepage.BasePage.save')
    def save(self, summary=None, watch=None, minor=True, bot=True, force=False, asynchronous=False,
             callback=None, apply_cosmetic_changes=None, quiet=False, **kwargs):
        import pywikibot
        if not summary:
            summary = pywikibot.config.__dict__.get('default_edit_summary') or 'Pywikibot 9.6.3'
        if isinstance(watch, bool):
            from pywikibot._deprecate import issue_deprecation_warning
            issue_deprecation_warning('boolean watch parameter',
                                      '"watch", "unwatch", "preferences" or "nochange" value',
                                      since='7.0.0')
            watch = ('unwatch', 'watch')[watch]
        if not force and not self.botMayEdit():
            raise exceptions.OtherPageSaveError(self, 'Editing restricted by {{bots}}, {{nobots}} or site\'s '
                                                      'equivalent of {{in use}} template')
        self._save(summary=summary, watch=watch, minor=minor, bot=bot, asynchronous=asynchronous,
                   callback=callback, quiet=quiet, **kwargs)

    def _save(self, asynchronous=False, callback=None, **kwargs):
        """pywikibot's allow_asynchronous around the save itself: with
        asynchronous, the save is queued for the Put-Thread
        (pywikibot.async_request) and this returns at once."""
        if asynchronous:
            import pywikibot
            pywikibot.async_request(self._save_reporting, True, callback, kwargs)
        else:
            self._save_reporting(False, callback, kwargs)

    def _save_reporting(self, asynchronous, callback, kwargs):
        """Save, and report a failure as pywikibot's allow_asynchronous
        does: an asynchronous save prints 'ERROR: page [[X]] not saved due
        to ...' and goes on; a synchronous one without callback raises,
        an error that is not about saving the page (APIError,
        NoUsernameError...) as OtherPageSaveError. The callback gets the
        page and the error (None after a save)."""
        err = None
        try:
            self._save_now(**kwargs)
        except exceptions.Error as e:
            err = exceptions._for_page(e, self)
            if asynchronous:
                import pywikibot
                pywikibot.error('page {} not saved due to {}\n'.format(self.title(as_link=True), err))
            elif not callback:
                if not isinstance(err, exceptions.PageSaveRelatedError):
                    raise exceptions.OtherPageSaveError(self, err)
                if err is e:
                    raise
                raise err from None
        if callback:
            callback(self, err)

    def _save_now(self, summary=None, watch=None, minor=True, bot=True, quiet=False, **kwargs):
        import pywikibot
        try:
            r = self.site.editpage(self, summary=summary, minor=minor, bot=bot, watch=watch,
                                   **kwargs)
        except exceptions.Error as e:
            if getattr(e, 'code', ''):
                pywikibot.warning('API error {}: {}'.format(e.code, getattr(e, 'info', '')))
            raise
        if r.get('newrevid'):
            self._lastrevid = r['newrevid']
            self._revision = Revision(revid=r['newrevid'], timestamp=r.get('newtimestamp', ''),
                                     text=self._text, user=self.site.username() or '')
            self._raw_text = self._text
            self._exists = True
            self._isredir = bool(re.match(r'\s*#(?:REDIRECT|{})\s*:?\s*\[\[[^\]]'.format(
                '|'.join(re.escape(w.lstrip('#')) for w in self._redirect_words())),
                self._text or '', re.I))
            self._pageid = r.get('pageid') or self._pageid
        if not quiet:
            pywikibot.info('Page {} saved'.format(self.title(as_link=True)))

    @deprecated_args(botflag='bot')  # pywikibot 9.3.0
    @_full_name('pywikibot.page._basepage.BasePage.put')
    def put(self, newtext, summary=None, watch=None, minor=True, bot=True, force=False,
            asynchronous=False, callback=None, show_diff=False, **kwargs):
        import pywikibot
        if show_diff:
            pywikibot.showDiff(self.text if self.exists() else '', newtext)
        self.text = newtext
        self.save(summary=summary, watch=watch, minor=minor, bot=bot, force=force,
                  asynchronous=asynchronous, callback=callback, **kwargs)

    @deprecated_args(botflag='bot')  # pywikibot 9.3.0
    @_full_name('pywikibot.page._basepage.BasePage.touch')
    def touch(self, callback=None, bot=False, **kwargs):
        """A null edit: save the unchanged text (nocreate), e.g. to refresh
        links; like pywikibot, not minor and without the bot flag unless
        asked."""
        if not self.exists():
            raise exceptions.NoPageError(self)
        self._text = self._raw_text
        summary = kwargs.pop('summary', None)
        if summary is None:
            try:
                from pywikibot import i18n
                summary = i18n.twtranslate(self.site, 'pywikibot-touch')
            except Exception:
                summary = None
            summary = summary or 'Pywikibot touch edit'
        self.save(summary=summary, watch='nochange', minor=False, bot=bot, force=True,
                  callback=callback, nocreate=True, quiet=kwargs.get('quiet', False))

    def purge(self, **kwargs):
        return self.site.purgepages([self], **kwargs)

    def delete(self, reason=None, prompt=True, mark=False, automatic_quit=False, *, deletetalk=False):
        """Delete the page (asking first when prompt); without the delete
        right, offer to mark it with {{delete}} instead. Returns 1 when
        deleted, -1 when marked, 0 when nothing was done."""
        import pywikibot
        if reason is None:
            pywikibot.info('Deleting {}.'.format(self.title(as_link=True)))
            reason = pywikibot.input('Please enter a reason for the deletion:')
        if self.site.has_right('delete'):
            answer = 'y'
            if prompt and not getattr(self.site, '_noDeletePrompt', False):
                answer = pywikibot.input_choice(
                    'Do you want to delete {}?'.format(self.title(as_link=True, force_interwiki=True)),
                    [('Yes', 'y'), ('No', 'n'), ('All', 'a')], 'n', automatic_quit=automatic_quit)
                if answer == 'a':
                    self.site._noDeletePrompt = True
                    answer = 'y'
            if answer != 'y':
                return 0
            self.site.delete(self, reason, deletetalk=deletetalk)
            self._reset()
            return 1
        answer = 'y'
        if not (mark or getattr(self.site, '_noMarkDeletePrompt', False)):
            answer = pywikibot.input_choice(
                "Can't delete {}; do you want to mark it for deletion instead?".format(self),
                [('Yes', 'y'), ('No', 'n'), ('All', 'a')], 'n', automatic_quit=False)
            if answer == 'a':
                self.site._noMarkDeletePrompt = True
                answer = 'y'
        if answer != 'y':
            return 0
        self.text = '{{delete|1=%s}}\n' % reason + self.text
        self.save(summary=reason)
        return -1

    def protect(self, reason=None, protections=None, **kwargs):
        return self.site.protect(self, protections or {'edit': 'sysop', 'move': 'sysop'}, reason or '',
                                 **kwargs)

    def move(self, newtitle, reason=None, movetalk=True, noredirect=False, movesubpages=True):
        return self.site.movepage(self, newtitle, reason or '', movetalk=movetalk, noredirect=noredirect)

    def __getattr__(self, name):
        if name in ('langlinks', 'iterlanglinks'):
            return lambda *a, **k: []
        raise AttributeError("'{}' object has no attribute '{}'".format(type(self).__name__, name))


class FileInfo:
    """One version of a file of filepage, as pywikibot's: each imageinfo
    value is an attribute, also readable as info['key'] (a KeyError when
    missing); timestamp is a Timestamp. metadata (the API's list of
    name/value items) is loaded when first read, if the version was
    loaded without it."""

    def __init__(self, file_revision, filepage):
        self.filepage = filepage
        self._metadata = None
        self.update(file_revision)

    def update(self, file_revision):
        """Set the values of file_revision (an imageinfo dict)."""
        for key, value in file_revision.items():
            if key == 'timestamp':
                import pywikibot
                value = pywikibot.Timestamp.fromISOformat(value)
            setattr(self, key, value)

    def __getitem__(self, key):
        try:
            return getattr(self, key)
        except AttributeError as e:
            raise KeyError(str(e).replace('attribute', 'key')) from None

    def __repr__(self):
        return repr(self.__dict__)

    def __eq__(self, other):
        return self.__dict__ == other.__dict__

    @property
    def metadata(self):
        """The version's metadata (loaded with the filepage's
        get_file_info when not loaded yet)."""
        if self._metadata is None:
            self.filepage.get_file_info(self.timestamp)
        return self._metadata

    @metadata.setter
    def metadata(self, value):
        self._metadata = value


_ENTITY = re.compile(r'&(#(?P<decimal>\d+)|#x(?P<hex>[0-9a-fA-F]+)|(?P<name>[A-Za-z]+));')


def _windows_1252(codepoint):
    """The character windows-1252 has at 128-159 (where HTML authors put
    those bytes as &#128; ...), else codepoint."""
    if 128 <= codepoint <= 159:
        try:
            return ord(bytes([codepoint]).decode('cp1252'))
        except UnicodeDecodeError:
            pass
    return codepoint


def html2unicode(text, ignore=None, exceptions=None):
    """text with its HTML entities (HTML 4 names, &#233;, &#x1F600;)
    replaced by the characters, as pywikibot's: &#128;-&#159; as
    windows-1252 reads them, except the code points of ignore and &#129;,
    &#141;, &#157; (no character), &#0; and unknown names; inside the
    parts of text that exceptions names (textlib.isDisabled's tags) nothing
    is replaced. A code point beyond Unicode is chr's ValueError."""
    from html.entities import name2codepoint
    keep = set(_windows_1252(x) for x in ignore or []) | {129, 141, 157}

    def repl(m):
        if exceptions is not None:
            from pywikibot import textlib
            if textlib.isDisabled(m.string, m.start(), tags=exceptions):
                return m[0]
        if m['decimal']:
            codepoint = int(m['decimal'])
        elif m['hex']:
            codepoint = int(m['hex'], 16)
        else:
            codepoint = name2codepoint.get(m['name'], False)
        codepoint = _windows_1252(codepoint) if codepoint else codepoint
        if codepoint and codepoint not in keep:
            return chr(codepoint)
        return m[0]
    return _ENTITY.sub(repl, text)


class Page(BasePage):
    """A wiki page."""


def _catinfo_fv1(info):
    """A category's counts as pywikibot's formatversion 1 answer has them:
    'hidden' only for a hidden category, as '' (the core's formatversion 2
    answer has hidden: true/false)."""
    info = dict(info)
    if info.pop('hidden', False) is not False:
        info['hidden'] = ''
    return info


class Category(Page):
    """A category page."""

    def __init__(self, source, title='', sort_key=None):
        Page.__init__(self, source, title, ns=14)
        if self.namespace() != 14:
            raise ValueError("'{}' is not in the category namespace!".format(self.title()))
        self.sortKey = sort_key

    # The category's counts, as pywikibot's Category._catinfo: an attribute
    # only when the API gives counts for the category (it gives none for
    # one without members), so hasattr(cat, '_catinfo') tells a category
    # with members (category_redirect relies on it). pywikibot has them
    # from the generator that yielded the category; here they load on
    # first look (prop=categoryinfo).
    @property
    def _catinfo(self):
        info = getattr(self, '_catinfo_v', False)
        if info is False:
            import _gowikibot
            info = None
            for q in _gowikibot.query(self.site._fam, self.site.code,
                                      {'titles': self.title(), 'prop': 'categoryinfo'}):
                for d in q.get('pages', []):
                    if d.get('categoryinfo'):
                        info = _catinfo_fv1(d['categoryinfo'])
            self._catinfo_v = info
        if info is None:
            raise AttributeError("'Category' object has no attribute '_catinfo'")
        return info

    @_catinfo.setter
    def _catinfo(self, value):
        self._catinfo_v = value

    def aslink(self, sort_key=None):
        key = sort_key or self.sortKey
        if key is not None:
            return '[[{}|{}]]'.format(self.title(), key)
        return '[[{}]]'.format(self.title())

    def members(self, *, recurse=False, total=None, **kwargs):
        """The category's members (recurse: also those of its
        subcategories, to that depth when an int); kwargs go to
        site.categorymembers (namespaces, member_type, content, ...)."""
        seen = set()
        n = 0
        todo = [(self, recurse)]
        while todo:
            cat, rec = todo.pop(0)
            for p in self.site.categorymembers(cat, **kwargs):
                if p.title() in seen:
                    continue
                seen.add(p.title())
                yield p
                n += 1
                if total is not None and n >= total:
                    return
                if rec and p.namespace() == 14:
                    depth = rec - 1 if not isinstance(rec, bool) and isinstance(rec, int) else rec
                    if depth:
                        todo.append((Category(p), depth))

    def articles(self, *, recurse=False, total=None, **kwargs):
        """The category's pages that are no subcategories."""
        for p in self.members(recurse=recurse, **kwargs):
            if p.namespace() == 14:
                continue
            yield p
            if total is not None:
                total -= 1
                if total <= 0:
                    return

    def subcategories(self, *, recurse=False, **kwargs):
        """The category's subcategories (recurse: theirs too)."""
        total = kwargs.pop('total', None)
        # as pywikibot: the counts decide (and stay cached on the category)
        if not self.categoryinfo['subcats']:
            return
        kwargs['namespaces'] = [14]
        n = 0
        for p in self.members(recurse=recurse, **kwargs):
            yield Category(p)
            n += 1
            if total is not None and n >= total:
                return

    def isEmptyCategory(self):
        """Whether the category has no members, by its (cached) counts as
        pywikibot's: counts read before members were removed still count."""
        ci = self.categoryinfo
        return sum(ci[k] for k in ('files', 'pages', 'subcats')) == 0


class User(Page):
    """A user account (its user page)."""

    def __init__(self, source, title=''):
        if title and ':' not in title:
            title = 'User:' + title
        Page.__init__(self, source, title, ns=2)
        if self.namespace() != 2:
            raise ValueError("'{}' is not in the user namespace!".format(self.title()))
        self._userprops = None

    @property
    def username(self):
        return self.title(with_ns=False)

    def isAnonymous(self):
        """Whether the name is an IP address."""
        name = self.username
        if re.match(r'^\d{1,3}(\.\d{1,3}){3}$', name):
            return True
        return ':' in name and bool(re.match(r'^[0-9A-Fa-f:]+$', name))

    is_anonymous = isAnonymous

    def getprops(self, force=False):
        """The wiki's record of the user (list=users)."""
        if self._userprops is None or force:
            self._userprops = {}
            for q in __import__('_gowikibot').query(
                    self.site._fam, self.site.code,
                    {'list': 'users', 'ususers': self.username,
                     'usprop': 'blockinfo|groups|editcount|registration|emailable|gender|rights'}):
                for u in q.get('users', []):
                    self._userprops = u
                    break
        return self._userprops

    def isRegistered(self, force=False):
        if self.isAnonymous():
            return False
        props = self.getprops(force)
        return bool(props) and 'missing' not in props and 'invalid' not in props and \
            props.get('missing') is not True

    def is_blocked(self, force=False):
        return 'blockedby' in self.getprops(force)

    isBlocked = is_blocked

    def is_locked(self, force=False):
        return False

    def editCount(self, force=False):
        return self.getprops(force).get('editcount', 0)

    def groups(self, force=False):
        return list(self.getprops(force).get('groups', []))

    def rights(self, force=False):
        return list(self.getprops(force).get('rights', []))

    def registration(self, force=False):
        from pywikibot import Timestamp
        reg = self.getprops(force).get('registration')
        return Timestamp.fromISOformat(reg) if reg else None

    def isEmailable(self, force=False):
        return bool(self.getprops(force).get('emailable'))

    def gender(self, force=False):
        return self.getprops(force).get('gender', 'unknown')

    def getUserPage(self, subpage=''):
        return Page(self.site, self.title() + ('/' + subpage if subpage else ''))

    def getUserTalkPage(self, subpage=''):
        return Page(self.site, self.username + ('/' + subpage if subpage else ''), ns=3)

    def contributions(self, total=500, **kwargs):
        """(page, revid, Timestamp, comment) for the user's edits, newest first."""
        from pywikibot import Timestamp
        for c in self.site.usercontribs(user=self.username, total=total, **kwargs):
            yield (Page(self.site, c['title']), c['revid'], Timestamp.fromISOformat(c['timestamp']),
                   c.get('comment', ''))

    @property
    def first_edit(self):
        for c in self.contributions(total=1, reverse=True):
            return c
        return None

    @property
    def last_edit(self):
        for c in self.contributions(total=1):
            return c
        return None


class FilePage(Page):
    """A file description page."""

    def __init__(self, source, title='', *, ignore_extension=False):
        self._file_revisions = {}  # the versions' FileInfo by timestamp, as loaded
        Page.__init__(self, source, title, ns=6)
        if self.namespace() != 6:
            raise ValueError("'{}' is not in the file namespace!".format(self.title()))
        title = self.title(with_ns=False, with_section=False)
        _, sep, extension = title.rpartition('.')
        if not sep or extension.lower() not in self.site.file_extensions:
            msg = '{!r} does not have a valid extension\n({}).'.format(
                title, ', '.join(self.site.file_extensions))
            if not ignore_extension:
                raise ValueError(msg)
            import pywikibot
            pywikibot.warning(msg)


# The names _page_more defines for each class (tests/surface checks that
# the lists agree); their first use installs them.
def _declare_later():
    from pywikibot.site import _later
    _later(BaseLink, 'lookup_namespace _cmpkey canonical_title ns_title astext fromPage'.split())
    _later(Link, 'anchor illegal_titles_pattern parse_site fromPage create_separated _cmpkey'.split())
    _later(BasePage, '''
        WIKIBLAME_CODES _check_wh_supported authorship coordinates main_authors autoFormat change_category clear_cache content_model contributors
        create_short_link data_item data_repository defaultsort depth expand_text extlinks extract
        full_url getCategoryRedirectTarget getDeletedRevision getOldVersion get_best_claim
        get_parsed_page get_revision has_content has_deleted_revisions image_repository imagelinks
        interwiki isAutoTitle isCategoryRedirect isDisambig isIpEdit isStaticRedirect is_flow_page
        iterlanglinks langlinks lastNonBotUser loadDeletedRevisions markDeletedRevision
        merge_history moved_target page_image permalink preloadText properties
        raw_extracted_templates redirects revision_count set_redirect_target undelete version watch
        '''.split())
    _later(Category, '''
        categoryinfo isHiddenCategory newest_pages
        '''.split())
    _later(User, '''
        block deleted_contributions is_CIDR is_thankable last_event logevents renamed_target
        send_email unblock uploadedImages
        '''.split())
    _later(FilePage, '''
        globalusage _imageinfo download file_is_shared file_is_used getFileVersionHistoryTable getImagePageHtml
        get_file_history get_file_info get_file_url latest_file_info oldest_file_info upload
        usingPages using_pages
        '''.split())


_declare_later()

from pywikibot._lazy import page_dir as __dir__, page_getattr as __getattr__  # noqa: E402,F401  (Contribution)
