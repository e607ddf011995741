"""The less common methods of BasePage, Category, User and FilePage, as
pywikibot 9.6.3 names them.

Kept out of page.py so that a script that only imports pywikibot does not
compile them: install() copies them onto the classes when the first site
opens (pywikibot.site._install_more).
"""
import re

import _gowikibot as _gw

import pywikibot
from pywikibot import exceptions
from pywikibot._deprecate import _full_name, deprecated, deprecated_args
from pywikibot.page import BaseLink, BasePage, Category, FileInfo, FilePage, Link, Page, Revision, User, _illegal_titles


def _page_info(page, **params):
    """The query.pages entry of page for prop/params (formatversion 2)."""
    p = {'titles': page.title()}
    p.update(params)
    for q in _gw.query(page.site._fam, page.site.code, p):
        for d in q.get('pages', []):
            return d
    return {}


class BaseLinkMore:
    """Methods install() puts on BaseLink."""

    def lookup_namespace(self):
        """The Namespace of the namespace given (number, name or
        Namespace); the main one when it names none."""
        from pywikibot.site import Namespace
        key = self._nskey
        if isinstance(key, Namespace):
            return key
        key = key or 0
        if isinstance(key, str):
            ns = self._site.namespaces.lookup_name(key)
            if ns:
                return ns
            key = 0
        if isinstance(key, int):
            try:
                return self._site.namespaces[key]
            except KeyError:
                return self._site.namespaces[0]
        raise TypeError('Invalid type "{}" for Page._nskey. Must be int or str.'.format(type(key)))

    def _cmpkey(self):
        """(site, namespace, title): what links compare by."""
        return (self.site, self.namespace, self.title)

    def canonical_title(self):
        """The title with the namespace's local name."""
        if self._namespace:
            return '{}:{}'.format(self._site.namespaces[self._namespace].custom_name, self.title)
        return self.title

    def ns_title(self, onsite=None):
        """The title with the namespace's canonical name, or with its name
        on onsite (InvalidTitleError when onsite has no such namespace)."""
        ns = self.namespace
        if onsite is None:
            name = ns.canonical_name
        else:
            for alias in [ns.canonical_name, ns.custom_name] + list(ns.aliases or []):
                found = onsite.namespaces.lookup_name(alias)
                if found is not None:
                    name = found.custom_name
                    break
            else:
                raise exceptions.InvalidTitleError('No corresponding title found for namespace {} on {}.'
                                                   .format(ns, onsite))
        if self._namespace:
            return '{}:{}'.format(name, self.title)
        return self.title

    def astext(self, onsite=None):
        """The link as wikitext on onsite (default: its own site): [[Title]],
        with the code (or site name) before it for another site."""
        if onsite is None:
            onsite = self.site
        title = self.title
        if self._namespace:
            title = onsite.namespace(self._namespace) + ':' + title
        if onsite == self.site:
            return '[[{}]]'.format(title)
        if onsite.family == self.site.family or self.site.family.name == self.site.code:
            return '[[{}:{}]]'.format(self.site.code, title)
        return '[[{}:{}]]'.format(self.site.sitename, title)

    @classmethod
    def fromPage(cls, page):
        """The link to page."""
        return cls(page.title(with_ns=False, allow_interwiki=False, with_section=False),
                   namespace=page.namespace(), site=page.site)


class LinkMore:
    """Methods install() puts on Link."""

    @property
    def anchor(self):
        """The anchor (text after '|') of the link, or None."""
        return getattr(self, '_anchor', None)

    #: Titles that match are illegal (as MediaWiki's legal title characters
    #: and pywikibot's pattern: control characters, #<>[]{|}, percent and
    #: character references).
    illegal_titles_pattern = _illegal_titles()

    def parse_site(self):
        """(family name, code) of the site the link text's first prefix
        leads to, parsing no further: a namespace or no known prefix keeps
        the source site, a language of its family or an interwiki prefix
        moves; (None, None) for a prefix whose site no family knows."""
        text = self._text
        fam, code = self._source.family, self._source.code
        while ':' in text:
            if text.startswith(':'):
                text = text.lstrip(':').lstrip(' ')
                continue
            prefix = text[:text.index(':')].lower()
            if self._source.namespaces.lookup_name(prefix):
                return (fam.name, code)
            if prefix in fam.langs:
                return (fam.name, prefix)
            try:
                site = self._source.interwiki(prefix)
            except KeyError:
                break
            except exceptions.SiteDefinitionError:
                return (None, None)
            return (site.family.name, site.code)
        return (fam.name, code)

    @classmethod
    def fromPage(cls, page, source=None):
        """The link to page (with its section)."""
        link = cls(page.title(), page.site)
        return link

    @classmethod
    def create_separated(cls, link, source, default_namespace=0, section=None, label=None):
        """A Link of link's text, with section and label replaced (None:
        kept, '' or False: removed)."""
        link = cls(link, source, default_namespace)
        link.parse()
        if section:
            link._section = section
        elif section is not None:
            link._section = None
        if label:
            link._anchor = label
        elif label is not None:
            link._anchor = ''
        return link

    def _cmpkey(self):
        """(site, namespace, title), as BaseLink's (not the section)."""
        return (self.site, self.namespace, self.title)


class BasePageMore:
    """Methods install() puts on BasePage."""

    WIKIBLAME_CODES = ('ar', 'de', 'en', 'es', 'eu', 'fr', 'hu', 'id', 'it', 'ja', 'nl', 'pl', 'pt', 'tr')

    def _check_wh_supported(self):
        if self.site.family.name != 'wikipedia':
            raise NotImplementedError('main_authors method is implemented for wikipedia family only')
        if self.site.code not in self.WIKIBLAME_CODES:
            raise NotImplementedError('main_authors method is not implemented for wikipedia:{}'
                                      .format(self.site.code))
        if self.namespace() != 0:
            raise NotImplementedError('main_authors method is implemented for main namespace only')
        if not self.exists():
            raise exceptions.NoPageError(self)

    def authorship(self, n=None, *, min_chars=0, min_pct=0.0, max_pct_sum=None, revid=None, date=None):
        """user -> (characters, percentage) of the page's authors, by
        XTools' authorship table (wikipedias of WIKIBLAME_CODES, main
        namespace): the first n, those above min_chars and min_pct, until
        the percentages reach max_pct_sum; of revision revid or the one
        current on date (YYYY-MM-DD), else the latest."""
        self._check_wh_supported()
        if revid and date:
            raise ValueError('You cannot specify revid together with date argument')
        show = (revid or 0) if date is None else str(date)[:10]
        url = ('https://xtools.wmcloud.org/authorship/{}.wikipedia.org/{}/{}?uselang=en&format=wikitext'
               .format(self.site.code, self.title(as_url=True, with_ns=False, with_section=False), show))
        from pywikibot.comms import http
        r = http.fetch(url)
        if r.status_code != 200:
            r.raise_for_status()
        rows = _wikitext_table_rows(r.text)
        if rows is None:
            m = re.search(r'(?s)<code>(.*?)</code>', r.text) or re.search(r'(?s)<strong>(.*?)</strong>', r.text)
            raise exceptions.Error(re.sub(r'<[^>]*>', '', m.group(1)) if m else 'Unknown exception from xtools')
        result = {}
        pct_sum = 0.0
        for row in rows:
            if not row or row[0] == 'Rank':
                continue
            rank = int(row[0])
            user = re.match(r'\[\[.+[|/](?P<user>.+)\]\]', row[1]).group('user')
            chars = int(row[3].replace(',', ''))
            percent = float(row[4].rstrip('%'))
            if n and rank > n or chars < min_chars or percent < min_pct:
                break
            result[user] = (chars, percent)
            pct_sum += percent
            if max_pct_sum and pct_sum >= max_pct_sum:
                break
        return result

    @deprecated('authorsship', since='9.3.0')  # pywikibot's text, misspelt
    @deprecated_args(onlynew=None)  # pywikibot 9.2.0
    @_full_name('pywikibot.page._toolforge.WikiBlameMixin.main_authors')
    def main_authors(self):
        """The (up to) 5 main authors: a Counter of user -> characters
        (deprecated by pywikibot for authorship())."""
        from collections import Counter
        return Counter({user: int(chars) for user, (chars, _) in self.authorship(5).items()})

    def coordinates(self, primary_only=False):
        """The page's coordinates (GeoData extension): a list of
        Coordinate objects, or with primary_only the primary one (or None)."""
        if not hasattr(self, '_coords'):
            self._coords = []
            self.site.loadcoordinfo(self)
        if primary_only:
            for coord in self._coords:
                if coord.primary:
                    return coord
            return None
        return list(self._coords)

    def version(self):
        """The MediaWiki version of the page's site."""
        return self.site.version()

    @property
    def image_repository(self):
        return self.site.image_repository()

    @property
    def data_repository(self):
        return self.site.data_repository()

    @property
    def content_model(self):
        """The page's content model (e.g. 'wikitext')."""
        if getattr(self, '_contentmodel', None) is None:
            self._contentmodel = _page_info(self, prop='info').get('contentmodel')
        return self._contentmodel

    @property
    def depth(self):
        """The subpage level of the title (0 where subpages are off)."""
        return self.title().count('/') if self.namespace().subpages else 0

    def full_url(self):
        """The page's full URL."""
        return self.site.base_url(self.site.siteinfo['articlepath'].replace('$1', self.title(as_url=True)))

    def permalink(self, oldid=None, percent_encoded=True, with_protocol=False):
        """The permanent link of a revision (the latest by default)."""
        from urllib.parse import quote
        title = self.title(as_url=True) if percent_encoded else self.title(underscore=True)
        link = '{}?title={}&oldid={}'.format(self.site.path(), title,
                                             oldid if oldid is not None else self.latest_revision_id)
        if with_protocol:
            return '{}://{}{}'.format(self.site.protocol(), self.site.hostname(), link)
        return '//{}{}'.format(self.site.hostname(), link)

    def has_content(self):
        """Whether the text is loaded (a missing page counts as loaded)."""
        return not self.exists() or self._raw_text is not None

    def clear_cache(self):
        """Forget everything loaded about the page (text, revisions, ...)."""
        for attr in ('_contentmodel', '_pageprops', '_catredirect', '_catinfo_v', '_iwlinks'):
            if attr in self.__dict__:
                delattr(self, attr)
        self._reset()

    def get_revision(self, oldid, *, force=False, content=False):
        """The revision oldid of the page, as a Revision."""
        r = self.site._api({'action': 'query', 'prop': 'revisions', 'revids': str(oldid),
                            'rvprop': 'ids|timestamp|flags|comment|user|size|sha1|contentmodel'
                                      + ('|content' if content else ''),
                            'rvslots': 'main', 'formatversion': '2'})
        for d in r.get('query', {}).get('pages', []):
            for rev in d.get('revisions', []):
                return Revision(**rev)
        raise KeyError(oldid)

    def getOldVersion(self, oldid, force=False):
        """The text of revision oldid."""
        return self.get_revision(oldid, force=force, content=True).text

    def contributors(self, total=None, starttime=None, endtime=None):
        """The page's editors, a collections.Counter by user name."""
        from collections import Counter
        return Counter(r.user for r in self.revisions(total=total, starttime=starttime, endtime=endtime))

    def revision_count(self, contributors=None):
        """How many revisions the page has (by contributors, when given)."""
        if contributors is None:
            return len(list(self.revisions()))
        if isinstance(contributors, str):
            contributors = [contributors]
        counts = self.contributors()
        return sum(counts[c] for c in contributors)

    def lastNonBotUser(self):
        """The user of the latest revision not made by a bot (or None)."""
        bots = set()
        for r in self.revisions():
            if r.user in bots:
                continue
            user = User(self.site, r.user)
            if r.user and not user.isAnonymous() and 'bot' in user.groups():
                bots.add(r.user)
                continue
            return r.user
        return None

    @deprecated('latest_revision.anon', since='9.3.0')
    @_full_name('pywikibot.page._basepage.BasePage.isIpEdit')
    def isIpEdit(self):
        """Whether the latest edit was made by an IP address."""
        return bool(self.latest_revision.anon) or User(self.site, self.latest_revision.user).isAnonymous()

    def properties(self, force=False):
        """The page's properties (prop=pageprops), a dict."""
        if force or getattr(self, '_pageprops', None) is None:
            self.site.loadpageprops(self)
        return self._pageprops

    def defaultsort(self, force=False):
        """The page's DEFAULTSORT key, or None."""
        return self.properties(force=force).get('defaultsort')

    def isStaticRedirect(self, force=False):
        """Whether the page is a redirect with __STATICREDIRECT__."""
        return self.isRedirectPage() and 'staticredirect' in self.properties(force=force)

    def isDisambig(self):
        """Whether the page is a disambiguation page (__DISAMBIG__ of the
        Disambiguator extension, or a template of
        MediaWiki:Disambiguationspage)."""
        if self.site.has_extension('Disambiguator'):
            return 'disambiguation' in self.properties()
        names = {'Disambig'}
        try:
            msg = Page(self.site, 'MediaWiki:Disambiguationspage')
            if msg.exists():
                names.update(t.title(with_ns=False) for t in msg.linkedPages(namespaces=10))
        except exceptions.Error:
            pass
        return any(t.title(with_ns=False) in names for t in self.templates())

    def isCategoryRedirect(self):
        """Whether the page is a category redirect (a category with one of
        the family's category redirect templates)."""
        if not self.is_categorypage():
            return False
        if getattr(self, '_catredirect', None) is None:
            self._catredirect = False
            names = set(self.site.category_redirects())
            for template, args in self.templatesWithParams():
                if template.title(with_ns=False) not in names:
                    continue
                if args:
                    target = Page(self.site, args[0].strip(), 14)
                    if target.namespace() == 14:
                        self._catredirect = target.title()
                    else:
                        pywikibot.warning('Category redirect target {} on {} is not a category'.format(
                            target.title(as_link=True), self.title(as_link=True)))
                else:
                    pywikibot.warning('No target found for category redirect on '
                                      + self.title(as_link=True))
                break
        return bool(self._catredirect)

    def getCategoryRedirectTarget(self):
        """The target Category of a category redirect."""
        if self.isCategoryRedirect():
            return Category(Link(self._catredirect, self.site))
        raise exceptions.IsNotRedirectPageError(self)

    @deprecated_args(botflag='bot')  # pywikibot 9.3.0
    @_full_name('pywikibot.page._page.Page.set_redirect_target')
    def set_redirect_target(self, target_page, create=False, force=False, keep_section=False,
                            save=True, **kwargs):
        """Make the page a redirect to target_page (and save it): the
        redirect line of the text is replaced, the text around it kept; with
        keep_section, a target without a section takes the old link's."""
        if isinstance(target_page, str):
            target_page = Page(self.site, target_page)
        elif self.site != target_page.site:
            raise exceptions.InterwikiRedirectPageError(self, target_page)
        if not self.exists() and not (create or force):
            raise exceptions.NoPageError(self)
        if self.exists() and not self.isRedirectPage() and not force:
            raise exceptions.IsNotRedirectPageError(self)
        old_text = self.text
        result = self.site.redirect_regex.search(old_text)
        if result:
            oldlink = result.group(1)
            if keep_section and '#' in oldlink and target_page.section() is None:
                target_page = Page(self.site, target_page.title() + oldlink[oldlink.index('#'):])
            prefix, suffix = old_text[:result.start()], old_text[result.end():]
        else:
            prefix = suffix = ''
        link = target_page.title(as_link=True, textlink=True, allow_interwiki=False)
        self.text = '{}#{} {}{}'.format(prefix, self.site.redirect(), link, suffix)
        if save:
            self.save(**kwargs)

    def moved_target(self):
        """The page this one was moved to (from its move log)."""
        for event in self.site.logevents(logtype='move', page=self, total=1):
            target = event.get('params', {}).get('target_title')
            if target:
                return Page(self.site, target)
        raise exceptions.NoMoveTargetError(self)

    def redirects(self, *, filter_fragments=None, namespaces=None, total=None, content=False):
        """The redirects to this page."""
        return self.site.page_redirects(self, filter_fragments=filter_fragments, namespaces=namespaces,
                                        total=total, content=content)

    def extlinks(self, total=None):
        """The external links of the page."""
        return self.site.page_extlinks(self, total=total)

    def imagelinks(self, total=None, content=False):
        """The files the page uses, as FilePage."""
        p = {'titles': self.title(), 'prop': 'images', 'imlimit': 'max'}
        n = 0
        for item in self.site._prop_items(p, 'images'):
            yield FilePage(self.site, item['title'])
            n += 1
            if total is not None and n >= total:
                return

    def langlinks(self, include_obsolete=False):
        """The page's language links, a list of Link."""
        return list(self.iterlanglinks(include_obsolete=include_obsolete))

    def iterlanglinks(self, total=None, include_obsolete=False):
        """The page's language links."""
        return self.site.pagelanglinks(self, total=total, include_obsolete=include_obsolete)

    def interwiki(self, expand=True):
        """The interwiki links of the page (prop=iwlinks), as Link."""
        for item in self.site._prop_items({'titles': self.title(), 'prop': 'iwlinks', 'iwlimit': 'max'},
                                          'iwlinks'):
            try:
                site = self.site.interwiki(item['prefix'])
            except (KeyError, exceptions.Error):
                continue
            yield Link(item.get('title', item.get('*', '')), site)

    def expand_text(self, force=False, includecomments=False):
        """The page's text with its templates expanded by the wiki."""
        if force or getattr(self, '_expanded_text', None) is None:
            self._expanded_text = self.site.expand_text(self.text, title=self.title(),
                                                        includecomments=includecomments)
        return self._expanded_text

    def get_parsed_page(self, force=False):
        """The page's HTML as the wiki renders it."""
        if force or getattr(self, '_parsed_text', None) is None:
            self._parsed_text = self.site.get_parsed_page(self)
        return self._parsed_text

    def preloadText(self):
        """The text the editor would start with (the page's text, or '')."""
        return self.text if self.exists() else ''

    def watch(self, unwatch=False):
        """Add the page to the watchlist (unwatch: remove it)."""
        return self.site.watch(self, unwatch=unwatch)

    def merge_history(self, dest, timestamp=None, reason=None):
        """Merge this page's revisions (up to timestamp) into dest."""
        self.site.merge_history(self, dest, timestamp, reason)

    def undelete(self, reason=None):
        """Restore the deleted page: the revisions marked with
        markDeletedRevision, or all (asking for a reason when none given)."""
        marked = None
        if getattr(self, '_deletedRevs', None):
            marked = [ts for ts, rev in self._deletedRevs.items() if rev.get('marked')] or None
        if reason is None:
            pywikibot.info('Undeleting {}.'.format(self.title(as_link=True)))
            reason = pywikibot.input('Please enter a reason for the undeletion:')
        self.site.undelete(self, reason, revisions=marked)
        self.clear_cache()

    def has_deleted_revisions(self):
        """Whether the page has deleted revisions."""
        if getattr(self, '_has_deleted_revisions', None) is None:
            self._has_deleted_revisions = bool(list(self.site.deletedrevs(self, total=1)))
        return self._has_deleted_revisions

    def loadDeletedRevisions(self, total=None, **kwargs):
        """The timestamps of the page's deleted revisions (kept, with the
        revisions, for markDeletedRevision and undelete)."""
        if getattr(self, '_deletedRevs', None) is None:
            self._deletedRevs = {}
        for item in self.site.deletedrevs(self, total=total, **kwargs):
            for rev in item.get('deletedrevisions', item.get('revisions', [])):
                self._deletedRevs[rev['timestamp']] = rev
                yield rev['timestamp']

    def getDeletedRevision(self, timestamp, content=False, **kwargs):
        """The deleted revision of timestamp (a dict), or []."""
        revs = getattr(self, '_deletedRevs', None) or {}
        if timestamp in revs and (not content or 'slots' in revs[timestamp] or '*' in revs[timestamp]):
            return revs[timestamp]
        for item in self.site.deletedrevs(self, start=timestamp, content=content, total=1, **kwargs):
            if item['title'] == self.title():
                found = item.get('deletedrevisions', item.get('revisions', []))
                if found:
                    return found[0]
        return []

    def markDeletedRevision(self, timestamp, undelete=True):
        """Mark (or unmark) a deleted revision for undelete()."""
        if getattr(self, '_deletedRevs', None) is None:
            list(self.loadDeletedRevisions())
        if timestamp not in self._deletedRevs:
            raise ValueError('Timestamp {} is not a deleted revision'.format(timestamp))
        self._deletedRevs[timestamp]['marked'] = undelete

    @property
    def raw_extracted_templates(self):
        """(name, params) of the templates the text calls, as
        textlib.extract_templates_and_params gives them."""
        from pywikibot import textlib
        return textlib.extract_templates_and_params(self.text, True, True)

    def extract(self, variant='plain', *, lines=None, chars=None, sentences=None, intro=True):
        """The page's extract: 'plain' or 'html' from TextExtracts, 'wiki'
        the page's own wikitext (before its first heading with intro, as
        pywikibot 9.6.3 cuts it: without a heading the last character goes
        too); lines wraps it at 79 characters and keeps that many lines."""
        if variant in ('plain', 'html'):
            text = self.site.extract(self, chars=chars, sentences=sentences, intro=intro,
                                     plaintext=variant == 'plain')
        elif variant == 'wiki':
            if not self.exists():
                raise exceptions.NoPageError(self)
            if sentences:
                raise NotImplementedError("'wiki' variant of extract method does not support 'sentences' parameter")
            text = self.text[:]
            if intro:
                pos = text.find('\n=')
                if pos:  # pywikibot's test: -1 (no heading) counts as found
                    text = text[:pos]
            if chars:
                from textwrap import shorten
                text = shorten(text, chars, break_long_words=False, placeholder='…')
        else:
            raise ValueError('variant parameter must be "plain", "html" or "wiki", not "{}"'
                             .format(variant))
        if not lines:
            return text
        from textwrap import wrap
        out = []
        for i, line in enumerate(text.splitlines(), start=1):
            out += wrap(line, width=79) or ['']
            if i >= lines:
                break
        return '\n'.join(out[:min(lines, len(out))])

    def create_short_link(self, permalink=False, with_protocol=True):
        """A short URL of the page (UrlShortener extension)."""
        url = self.permalink(with_protocol=True) if permalink else self.full_url()
        link = self.site.create_short_link(url)
        if link.startswith('https://') and not with_protocol:
            return link[len('https://'):]
        return link

    def page_image(self):
        """The page's image (PageImages extension), a FilePage, or None."""
        d = _page_info(self, prop='pageimages', piprop='name')
        name = d.get('pageimage')
        return FilePage(self.site, name) if name else None

    def isAutoTitle(self):
        """Whether the title is a date-like title (never, in gowikibot)."""
        return self.autoFormat()[0] is not None

    def data_item(self):
        """The Wikibase item of the page (ItemPage.fromPage: WikiBaseError
        when the site has no data repository)."""
        return pywikibot.ItemPage.fromPage(self)

    def get_best_claim(self, prop):
        """The page's item's first 'preferred' claim of prop, else its
        first 'normal' one, else its first; None when the page has no item
        or the item no such claim. UnknownExtensionError when the site has
        no data repository."""
        if not self.site.has_data_repository:
            raise exceptions.UnknownExtensionError('Wikibase is not implemented for {}.'.format(self.site))

        def item_of(func, *args):
            try:
                item = func(*args)
                item.get()
                return item
            except exceptions.NoPageError:
                return None
            except exceptions.IsRedirectPageError:
                return item_of(item.getRedirectTarget)

        item = item_of(pywikibot.ItemPage.fromPage, self)
        if not item or prop not in item.claims:
            return None
        claims = item.claims[prop]
        for claim in claims:
            if claim.rank == 'preferred':
                return claim
        return next((c for c in claims if c.rank == 'normal'), claims[0])

    def change_category(self, old_cat, new_cat, summary=None, sort_key=None, in_place=True,
                        include=None, show_diff=False):
        """Remove the page from old_cat and add it to new_cat (None: only
        remove) and save; True when the page was saved.

        As pywikibot: in_place (or a template) replaces the link where it
        stands; otherwise the category links are rewritten together at the
        end of the text, with the family's separator before them.
        """
        from pywikibot import textlib
        from pywikibot.exceptions import PageSaveRelatedError, NoUsernameError
        cats = []
        for cat in textlib.getCategoryLinks(self.text, site=self.site, include=include or []):
            if cat not in cats:
                cats.append(cat)
        if not self.has_permission():
            pywikibot.info("Can't edit {}, skipping it...".format(self))
            return False
        if old_cat not in cats:
            pywikibot.info('{} is not in category {}, skipping...'.format(self, old_cat.title()))
            return False
        if new_cat in cats:
            new_cat = None
        oldtext = self.text
        if in_place or self.namespace() == 10:
            newtext = textlib.replaceCategoryInPlace(oldtext, old_cat, new_cat, site=self.site)
        else:
            pos = cats.index(old_cat)
            if new_cat:
                if sort_key is True:
                    sort_key = cats[pos].sortKey
                cats[pos] = Category(self.site, new_cat.title(), sort_key=sort_key)
            else:
                cats.pop(pos)
            try:
                newtext = textlib.replaceCategoryLinks(oldtext, cats)
            except ValueError:
                pywikibot.info('Skipping {} because of interwiki link to self'.format(self))
                return False
        if oldtext != newtext:
            try:
                self.put(newtext, summary, show_diff=show_diff)
            except PageSaveRelatedError as error:
                pywikibot.info('Page {} not saved: {}'.format(self, error))
            except NoUsernameError:
                pywikibot.info('Page {} not saved; sysop privileges required.'.format(self))
            else:
                return True
        return False

    def is_flow_page(self):
        """Whether the page is a Structured Discussions board (never here)."""
        return self.content_model == 'flow-board'

    def autoFormat(self):
        """(None, None): gowikibot has no date formats for titles."""
        return (None, None)


class CategoryMore:
    """Methods install() puts on Category."""

    @property
    def categoryinfo(self):
        """Counts of the category: size, pages, files, subcats."""
        if getattr(self, '_catinfo', None) is None:
            # no counts from the API: a category without members
            self._catinfo = {'size': 0, 'pages': 0, 'files': 0, 'subcats': 0}
        return self._catinfo

    def isHiddenCategory(self):
        """Whether the category is hidden (__HIDDENCAT__)."""
        return 'hiddencat' in self.properties()

    def newest_pages(self, total=None):
        """The category's members, most recently added first."""
        p = {'cmtitle': self.title(), 'cmlimit': 'max', 'cmsort': 'timestamp', 'cmdir': 'desc',
             'cmprop': 'ids|title|timestamp'}
        n = 0
        for item in self.site._query_list('categorymembers', p):
            yield Page(self.site, item['title'])
            n += 1
            if total is not None and n >= total:
                return


class UserMore:
    """Methods install() puts on User."""

    def deleted_contributions(self, *, total=500, **kwargs):
        """(page, Revision) of the user's deleted edits."""
        for data in self.site.alldeletedrevisions(user=self.username, total=total, **kwargs):
            page = Page(self.site, data['title'], data['ns'])
            for contrib in data.get('revisions', []):
                yield page, Revision(**contrib)

    def send_email(self, subject, text, ccme=False):
        """E-mail the user; True when the wiki sent it."""
        if not self.isEmailable():
            raise exceptions.NotEmailableError(self)
        if not self.site.has_right('sendemail'):
            raise exceptions.UserRightsError("You don't have permission to send mail")
        req = {'action': 'emailuser', 'target': self.username, 'subject': subject, 'text': text}
        if ccme:
            req['ccme'] = True
        r = self.site._api(req, True, 'csrf')
        return 'emailuser' in r and r['emailuser'].get('result') == 'Success'

    def is_CIDR(self):
        """Whether the name is an IP range (CIDR)."""
        import re
        return bool(re.match(r'^[0-9A-Fa-f.:]+/\d+$', self.username))

    def logevents(self, **kwargs):
        """The log events made by the user."""
        return self.site.logevents(user=self.username, **kwargs)

    @property
    def last_event(self):
        """The user's latest log event, or None."""
        for event in self.logevents(total=1):
            return event
        return None

    def uploadedImages(self, total=10):
        """(FilePage, timestamp, comment, is new) of the user's uploads."""
        if not self.isRegistered():
            return
        for event in self.logevents(logtype='upload', total=total):
            yield (event.page(), str(event.timestamp()), event.comment(), event.pageid() > 0)

    def block(self, *args, **kwargs):
        """Block the user (see APISite.blockuser)."""
        return self.site.blockuser(self, *args, **kwargs)

    def unblock(self, reason=None):
        """Lift the user's block."""
        return self.site.unblockuser(self, reason)

    @property
    def is_thankable(self):
        """Whether the user can be thanked: registered and not a bot."""
        return self.isRegistered() and 'bot' not in self.groups()

    def renamed_target(self):
        """The account this one was renamed to (from the rename log)."""
        for event in self.site.logevents(logtype='renameuser', page=self.title(), total=1):
            target = event.get('params', {}).get('newuser')
            if target:
                return User(self.site, target)
        raise exceptions.NoRenameTargetError(self)


class FilePageMore:
    """Methods install() puts on FilePage."""

    def globalusage(self, total=None):
        """Pages of all wikis that use the file (GlobalUsage extension)."""
        return self.site.globalusage(self, total=total)

    def _imageinfo(self, total=1):
        d = _page_info(self, prop='imageinfo',
                       iiprop='timestamp|user|comment|url|size|sha1|mime|metadata', iilimit=str(total))
        return d.get('imageinfo', []), d.get('imagerepository', '')

    @property
    def latest_file_info(self):
        """The newest file version's info (url, size, sha1, user, ...)."""
        infos, _ = self._imageinfo()
        if not infos:
            raise exceptions.NoPageError(self)
        return FileInfo(infos[0], self)

    @property
    def oldest_file_info(self):
        """The oldest file version's info."""
        history = self.get_file_history()
        if not history:
            raise exceptions.NoPageError(self)
        return history[min(history)]

    def get_file_history(self):
        """Every version's info, by timestamp: the page's _file_revisions,
        loaded (site.loadimageinfo(page, history=True)) when nothing is
        kept yet, as pywikibot 9.6.3 keeps them (the dict itself is
        returned; versions loaded one at a time before are what it has)."""
        if not getattr(self, '_file_revisions', None):
            self.site.loadimageinfo(self, history=True)
        return self._file_revisions

    def get_file_info(self, ts):
        """The info of the version uploaded at ts, with its metadata (loaded
        into the FileInfo kept for ts)."""
        self.site.loadimageinfo(self, history=False, timestamp=ts)
        return self._file_revisions[ts]

    def get_file_url(self, url_width=None, url_height=None, url_param=None):
        """The URL of the file, or of its thumbnail of url_width,
        url_height or url_param (the wiki's thumburl)."""
        if url_width is None and url_height is None and url_param is None:
            return self.latest_file_info.url
        self.site.loadimageinfo(self, url_width=url_width, url_height=url_height,
                                url_param=url_param)
        return self._file_revisions[max(self._file_revisions)].thumburl

    def file_is_shared(self):
        """Whether the file lives in a shared repository (never, here:
        the wiki's own files are local)."""
        _, repo = self._imageinfo()
        return repo not in ('local', '')

    def using_pages(self, **kwargs):
        """Pages that use the file."""
        return self.site.imageusage(self, **kwargs)

    def usingPages(self, **kwargs):
        return self.using_pages(**kwargs)

    @property
    def file_is_used(self):
        """Whether any page uses the file."""
        for _ in self.using_pages(total=1):
            return True
        return False

    def getFileVersionHistoryTable(self):
        """The file history as a wikitable (pywikibot's layout: one row
        per version, as the wiki lists them, newest first)."""
        lines = []
        for ts, info in self.get_file_history().items():
            dimension = '{}×{} px ({} bytes)'.format(getattr(info, 'width', None), getattr(info, 'height', None),
                                                      getattr(info, 'size', None))
            lines.append('| {} || {} || {} || <nowiki>{}</nowiki>'.format(
                ts, getattr(info, 'user', None), dimension, getattr(info, 'comment', None)))
        return ('{| class="wikitable"\n'
                '! {{int:filehist-datetime}} || {{int:filehist-user}} || '
                '{{int:filehist-dimensions}} || {{int:filehist-comment}}\n'
                '|-\n%s\n|}\n' % '\n|-\n'.join(lines))

    def getImagePageHtml(self):
        """The file description page's HTML."""
        return self.get_parsed_page()

    def download(self, filename=None, chunk_size=102400, revision=None, *, url_width=None,
                 url_height=None, url_param=None):
        """Save the file (revision, a FileInfo, or the latest; or its
        thumbnail of url_width, url_height or url_param) to filename: a
        path, a path-like object or an iterable of path segments (default,
        or a bare '~': the title as a file name). The suffix becomes the
        URL's. True when the saved bytes have the SHA-1 the wiki gives
        (always for a thumbnail); False, with a warning, when the wiki
        does not answer 200 OK. The Go core streams the file to disk
        (chunk_size is accepted, as the size of pywikibot's reads)."""
        import os
        from pathlib import Path
        from urllib.parse import urlparse
        import _gowikibot_surface as _gs
        if not filename:
            path = Path()
        elif isinstance(filename, (str, os.PathLike)):
            path = Path(filename)
        else:
            path = Path(*filename)
        if path.stem in ('', '~', '~user'):
            path = path / self.title(as_filename=True, with_ns=False)
        thumb = bool(url_width or url_height or url_param)
        if thumb or revision is None:
            url = self.get_file_url(url_width, url_height, url_param)
            revision = self.latest_file_info
        else:
            url = revision.url
        path = path.with_suffix(Path(urlparse(url).path).suffix)
        path = path.expanduser()
        status, final_url, sha1 = _gs.download(self.site._fam, self.site.code, url, str(path))
        if status == 200:
            return thumb or sha1 == revision.sha1
        pywikibot.warning('Unsuccessful request ({}): {}'.format(status, final_url))
        return False

    def upload(self, source, **kwargs):
        """Upload source (a local path, or a URL the wiki fetches) to this
        file page; see APISite.upload."""
        if '://' in source:
            kwargs['source_url'] = source
        else:
            kwargs['source_filename'] = source
        return self.site.upload(self, **kwargs)


def _wikitext_table_rows(text):
    """The cells of each row of the first wikitext table in text (None
    without one): rows start with '|-', cells with '|' or '!' and are
    separated by '||' or '!!'."""
    start = text.find('{|')
    if start < 0:
        return None
    rows, row = [], None
    for line in text[start:].splitlines()[1:]:
        line = line.strip()
        if line.startswith('|}'):
            break
        if line.startswith('|-'):
            row = []
            rows.append(row)
            continue
        if line.startswith('|+') or not line or line[0] not in '|!':
            continue
        if row is None:
            row = []
            rows.append(row)
        for cell in re.split(r'\|\||!!', line[1:]):
            if '|' in cell and not cell.strip().startswith('[['):
                attrs, _, value = cell.partition('|')
                if '=' in attrs:
                    cell = value
            row.append(cell.strip())
    return rows


def _copy(source, target):
    from pywikibot.site import _Later
    for name, value in source.__dict__.items():
        if name.startswith('__') or (name in target.__dict__ and not isinstance(target.__dict__[name], _Later)):
            continue
        setattr(target, name, value)


def install():
    """Put the methods above on the page classes."""
    _copy(BaseLinkMore, BaseLink)
    _copy(LinkMore, Link)
    _copy(BasePageMore, BasePage)
    _copy(CategoryMore, Category)
    _copy(UserMore, User)
    _copy(FilePageMore, FilePage)
