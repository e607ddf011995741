"""Page generators and the command line options that build them
(gowikibot's own version of pywikibot.pagegenerators).

GeneratorFactory turns options such as -cat:Name or -start:A into page
generators, combines them, applies the filters (-ns, -titleregex, -grep,
-limit, ...) and loads the page texts in batches of 50 titles, one
request per batch, through the Go core (pywikibot._pagebatch).
"""
import functools
import re
import sys

import pywikibot
from pywikibot import config  # noqa: F401
from pywikibot.exceptions import APIError, ServerError
from pywikibot.tools.collections import DequeGenerator, GeneratorWrapper  # noqa: F401 (DequeGenerator: as pywikibot's)
# pywikibot 9.6.3's own, which its GeneratorFactory uses (7.7.3 exported them here too)
from pywikibot.tools.itertools import filter_unique, intersect_generators

__all__ = ['GeneratorFactory', 'parameterHelp', 'PreloadingGenerator', 'AllpagesPageGenerator',
           'PrefixingPageGenerator', 'CategorizedPageGenerator', 'SubCategoriesPageGenerator',
           'LinkedPageGenerator', 'TextIOPageGenerator',
           'PagesFromTitlesGenerator', 'UserContributionsGenerator', 'NewpagesPageGenerator',
           'RecentChangesPageGenerator', 'RandomPageGenerator', 'SearchPageGenerator',
           'NamespaceFilterPageGenerator', 'RegexFilterPageGenerator', 'RegexBodyFilterPageGenerator',
           'RedirectFilterPageGenerator', 'CategoryFilterPageGenerator', 'SubpageFilterGenerator',
           'EdittimeFilterPageGenerator', 'RegexFilter',
           'intersect_generators', 'filter_unique', 'PageTitleFilterPageGenerator',
           'PageClassGenerator', 'PageWithTalkPageGenerator', 'RepeatingGenerator',
           'UserEditFilterGenerator', 'PagesFromPageidGenerator', 'RandomRedirectPageGenerator']

parameterHelp = """\
GENERATOR OPTIONS
=================

Options that choose the pages to work on (several may be given; the pages of
all of them are used, each page once):

-cat:Name         Pages in the category Name (not its subcategories). Name
                  may end in "|X" to start at the sort key X.
-catr:Name        Like -cat, and the pages of all its subcategories.
-subcats:Name     The subcategories of the category Name.
-subcatsr:Name    Like -subcats, recursively.
-file:Path        The pages named in a text file: [[links]] if it has any,
                  otherwise one title per line.
-page:Title       The page Title. May be given more than once.
-pageid:N,M       The pages with these page ids.
-start:Title      All pages in alphabetical order starting at Title; no
                  redirects. "-start:Template:!" starts in a namespace.
-prefixindex:P    All pages whose title starts with P.
-links:Title      The pages that Title links to.
-ref:Title        The pages that link to or transclude Title.
-transcludes:T    The pages that transclude the template T.
-newpages[:N]     The newest pages (N of them); use -ns before it for other
                  namespaces than the main one.
-recentchanges[:N]
                  The pages changed recently (N changes, or all of them).
-random[:N]       N random pages (10 if N is not given).
-search:Text      The pages the wiki's search finds for Text.
-usercontribs:U   The pages the user U has edited.
-unconnectedpages[:N]
                  Pages not connected to a data repository item.

FILTER OPTIONS
==============

Options that narrow down the pages chosen above:

-ns:N,M           Only pages in these namespaces (numbers or names);
-namespaces:N     "-ns:not:2,3" excludes namespaces instead.
-limit:N          At most N pages from each generator.
-titleregex:R     Only pages whose title (without namespace) matches the
                  regular expression R (case-insensitive); repeatable.
-titleregexnot:R  Only pages whose title does not match R.
-grep:R           Only pages whose text matches the regular expression R
                  (case-insensitive, "." matches newlines too).
-grepnot:R        Only pages whose text does not match R.
-catfilter:C      Only pages in the category C.
-redirect[:B]     Only redirects (B true) or only non-redirects (B false).
-subpage:N        Only pages at most N subpage levels deep.
-ql:N[,N...]      Only proofread pages of these quality levels (0-4); other
                  pages pass (needs the ProofreadPage extension).
-intersect        Only pages that every generator given yields.
-onlyif/-onlyifnot
                  Not supported (they need a data repository).
"""

docuReplacements = {'&params;': parameterHelp}


# -- helpers --

def _page_key(page):
    return '{}:{}'.format(page.site, page.title())


# pywikibot's default _filter_unique of the generators: a partial, as theirs.
_unique_pages = functools.partial(filter_unique, key=_page_key)


def _islice(gen, n):
    if n is None:
        for item in gen:
            yield item
        return
    if n <= 0:
        return
    i = 0
    for item in gen:
        yield item
        i += 1
        if i >= n:
            return


def _roundrobin(*gens):
    iters = [iter(g) for g in gens]
    while iters:
        alive = []
        for it in iters:
            try:
                item = next(it)
            except StopIteration:
                continue
            yield item
            alive.append(it)
        iters = alive


def _chain(*gens):
    for g in gens:
        for item in g:
            yield item


def _int_none(value):
    return int(value) if value else None


def _site(site):
    return site if site is not None else pywikibot.Site()


def _all_namespace_ids(site):
    return [i for i in site.namespaces if i >= 0]


# -- generators --

def AllpagesPageGenerator(start='!', namespace=0, includeredirects=True, site=None, total=None,
                          content=False):
    """All pages of a namespace from start on; includeredirects may be
    False (none) or 'only'."""
    site = _site(site)
    filterredir = None
    if not includeredirects:
        filterredir = False
    elif includeredirects == 'only':
        filterredir = True
    return site.allpages(start=start, namespace=namespace, filterredir=filterredir, total=total,
                         content=content)


def PrefixingPageGenerator(prefix, namespace=None, includeredirects=True, site=None, total=None,
                           content=False):
    """All pages whose title starts with prefix (which may name a namespace)."""
    site = _site(site)
    link = pywikibot.Link(prefix, site)
    if namespace is None:
        namespace = link._namespace
    filterredir = None
    if not includeredirects:
        filterredir = False
    elif includeredirects == 'only':
        filterredir = True
    return site.allpages(prefix=link.title, namespace=namespace, filterredir=filterredir,
                         total=total, content=content)


def NewpagesPageGenerator(site=None, namespaces=(0,), total=None):
    """The newest pages (not created by bots, no redirects)."""
    site = _site(site)
    for page in site.newpages(namespaces=namespaces, total=total):
        yield page


def _typed_page(site, ns, title):
    if ns == 2:
        return pywikibot.User(site, title)
    if ns == 6:
        return pywikibot.FilePage(site, title)
    if ns == 14:
        return pywikibot.Category(site, title)
    return pywikibot.Page(site, title)


def RecentChangesPageGenerator(site=None, _filter_unique=None, **kwargs):
    """The pages of the recent changes (each change; see filter)."""
    site = _site(site)

    def upcast(changes):
        for rc in changes:
            if rc.get('type') == 'log' and 'title' not in rc:
                continue
            yield _typed_page(site, rc.get('ns', 0), rc['title'])
    gen = upcast(site.recentchanges(**kwargs))
    if _filter_unique:
        gen = _filter_unique(gen)
    return gen


def CategorizedPageGenerator(category, recurse=False, start=None, total=None, content=False,
                             namespaces=None):
    """The pages in category (and its subcategories with recurse)."""
    for page in category.articles(recurse=recurse, total=total, content=content,
                                  namespaces=namespaces):
        if start is not None and page.title(with_ns=False) < start:
            continue
        yield page


def SubCategoriesPageGenerator(category, recurse=False, start=None, total=None, content=False):
    """The subcategories of category."""
    for cat in category.subcategories(recurse=recurse, total=total, content=content):
        if start is None or cat.title(with_ns=False) >= start:
            yield cat


def LinkedPageGenerator(linkingPage, total=None, content=False):
    """The pages linkingPage links to."""
    return linkingPage.linkedPages(total=total, content=content)


_LINK_RE = re.compile(r'\[\[(?P<title>[^\]|[<>{}]*)(\|[^\]]*)?\]\]')


def TextIOPageGenerator(source=None, site=None):
    """The pages named in a text file or on a web page (source a URL,
    read with comms.http.fetch): its [[links]], or else one title per line
    (text after "|" ignored)."""
    if source is None:
        source = pywikibot.input('Please enter the filename / URL:')
    site = _site(site)
    from urllib.parse import urlparse
    if urlparse(source).netloc:
        from pywikibot.comms import http
        text = http.fetch(source).text
    else:
        with open(source, encoding=config.__dict__.get('textfile_encoding', 'utf-8')) as f:
            text = f.read()
    found = False
    for m in _LINK_RE.finditer(text):
        found = True
        yield pywikibot.Page(pywikibot.Link(m.group('title'), site))
    if found:
        return
    for line in text.split('\n'):
        title = line.strip()
        if '|' in title:
            title = title[:title.index('|')]
        if title:
            yield pywikibot.Page(site, title)


def PagesFromTitlesGenerator(iterable, site=None):
    """Pages for the titles in iterable."""
    site = _site(site)
    for title in iterable:
        if not isinstance(title, str):
            break
        yield pywikibot.Page(pywikibot.Link(title, site))


def PagesFromPageidGenerator(pageids, site=None):
    """Pages for page ids (a list, or a string of ids separated by , or |)."""
    site = _site(site)
    if isinstance(pageids, str):
        pageids = pageids.replace('|', ',').split(',')
    ids = [int(i) for i in pageids if str(i).strip()]
    for start in range(0, len(ids), 50):
        for d in site._call('load_pages', ids[start:start + 50], True):
            if d.get('missing') or not d.get('title'):
                continue
            p = pywikibot.Page(site, d['title'])
            p._apply(d)
            yield p


def UserContributionsGenerator(username, namespaces=None, site=None, total=None,
                               _filter_unique=_unique_pages):
    """The pages user username has edited (each once by default)."""
    site = _site(site)
    user = pywikibot.User(site, username)
    if not user.isRegistered():
        pywikibot.warning('User "{}" does not exist on site "{}".'.format(user.username, site))
    gen = (c[0] for c in user.contributions(namespaces=namespaces, total=total))
    if _filter_unique:
        return _filter_unique(gen)
    return gen


def LogeventsPageGenerator(logtype=None, user=None, site=None, namespace=None, total=None, start=None,
                           end=None, reverse=False):
    """The pages of log events (of logtype, by user)."""
    for entry in _site(site).logevents(total=total, logtype=logtype, user=user, namespace=namespace,
                                       start=start, end=end, reverse=reverse):
        try:
            yield entry.page()
        except KeyError as e:
            pywikibot.warning('LogeventsPageGenerator: failed to load page for {!r}; skipping'
                              .format(entry.data))
            pywikibot.error(e)


def NewimagesPageGenerator(total=None, site=None):
    """The newest uploaded files' pages (upload log)."""
    return (entry.page() for entry in _site(site).logevents(logtype='upload', total=total))


def FileLinksGenerator(referredFilePage, total=None, content=False):
    """The pages that use a file."""
    return referredFilePage.using_pages(total=total, content=content)


def ImagesPageGenerator(pageWithImages, total=None, content=False):
    """The files a page uses."""
    return pageWithImages.imagelinks(total=total, content=content)


def InterwikiPageGenerator(page):
    """The pages page links to by interwiki links."""
    return (pywikibot.Page(link) for link in page.interwiki())


def LanguageLinksPageGenerator(page, total=None):
    """The pages of page's language links."""
    return (pywikibot.Page(link) for link in page.iterlanglinks(total=total))


def LinksearchPageGenerator(url, namespaces=None, total=None, site=None, protocol=None):
    """The pages linking to url (Special:LinkSearch)."""
    return _site(site).exturlusage(url, namespaces=namespaces, protocol=protocol, total=total,
                                   content=False)


def page_with_property_generator(name, total=None, site=None):
    """The pages with page property name."""
    return _site(site).pages_with_property(name, total=total)


def UnusedFilesGenerator(total=None, site=None):
    return _site(site).unusedfiles(total=total)


def WithoutInterwikiPageGenerator(total=None, site=None):
    return _site(site).withoutinterwiki(total=total)


def UnCategorizedCategoryGenerator(total=100, site=None):
    return _site(site).uncategorizedcategories(total=total)


def UnCategorizedImageGenerator(total=100, site=None):
    return _site(site).uncategorizedimages(total=total)


def UnCategorizedPageGenerator(total=100, site=None):
    return _site(site).uncategorizedpages(total=total)


def UnCategorizedTemplateGenerator(total=100, site=None):
    return _site(site).uncategorizedtemplates(total=total)


def LonelyPagesPageGenerator(total=None, site=None):
    return _site(site).lonelypages(total=total)


def UnwatchedPagesPageGenerator(total=None, site=None):
    return _site(site).unwatchedpages(total=total)


def WantedPagesPageGenerator(total=100, site=None):
    return _site(site).wantedpages(total=total)


def DeadendPagesPageGenerator(total=100, site=None):
    return _site(site).deadendpages(total=total)


def AncientPagesPageGenerator(total=100, site=None):
    return (page for page, _ in _site(site).ancientpages(total=total))


def LongPagesPageGenerator(total=100, site=None):
    return (page for page, _ in _site(site).longpages(total=total))


def ShortPagesPageGenerator(total=100, site=None):
    return (page for page, _ in _site(site).shortpages(total=total))


def UnconnectedPageGenerator(site=None, total=None):
    """Pages not connected to a Wikibase item (needs a repository)."""
    site = _site(site)
    if not site.data_repository():
        raise ValueError('The given site does not have Wikibase repository.')
    return site.unconnected_pages(total=total)


def RandomPageGenerator(total=None, site=None, namespaces=None):
    """Random pages."""
    site = _site(site)
    return site.randompages(total=total if total is not None else 10, namespaces=namespaces)


def RandomRedirectPageGenerator(total=None, site=None, namespaces=None):
    """Random redirect pages."""
    site = _site(site)
    return site.randompages(total=total if total is not None else 10, namespaces=namespaces,
                            redirects=True)


def SearchPageGenerator(query, total=None, namespaces=None, site=None):
    """The pages the wiki's search finds for query."""
    site = _site(site)
    if not namespaces and namespaces != 0:
        namespaces = _all_namespace_ids(site)
    return site.search(query, total=total, namespaces=namespaces)


def PageClassGenerator(generator):
    """The pages as User, FilePage or Category where their namespace says so."""
    for page in generator:
        ns = int(page.namespace())
        if ns in (2, 6, 14) and type(page) is pywikibot.Page:
            yield _typed_page(page.site, ns, page.title())
        else:
            yield page


def PageWithTalkPageGenerator(generator, return_talk_only=False):
    """Each page followed by its talk page (or only the talk pages)."""
    for page in generator:
        if not return_talk_only or page.isTalkPage():
            yield page
        if not page.isTalkPage():
            yield page.toggleTalkPage()


def RepeatingGenerator(generator, key_func=lambda x: x, sleep_duration=60, total=None, **kwargs):
    """Not supported: polling generators are not part of gowikibot."""
    raise NotImplementedError('RepeatingGenerator is not supported by gowikibot')


# -- filters --

def NamespaceFilterPageGenerator(generator, namespaces, site=None):
    """The pages of generator in one of namespaces (numbers, names or
    Namespace objects)."""
    if site is None:
        site = pywikibot.Site()
    if isinstance(namespaces, (int, str)):
        namespaces = [namespaces]
    wanted = set(int(ns) for ns in site.namespaces.resolve(list(namespaces)))
    for page in generator:
        if int(page.namespace()) in wanted:
            yield page


def PageTitleFilterPageGenerator(generator, ignore_list):
    """The pages of generator whose title is not listed in
    ignore_list[family][code]."""
    for page in generator:
        ignored = ignore_list.get(page.site.family.name, {}).get(page.site.code, [])
        if page.title() in ignored:
            pywikibot.info('Ignoring page {}'.format(page.title()))
            continue
        yield page


def RedirectFilterPageGenerator(generator, no_redirects=True, show_filtered=False):
    """The pages of generator that are not redirects (or only redirects)."""
    for page in generator:
        if page.isRedirectPage() is not no_redirects:
            yield page
        elif show_filtered:
            pywikibot.info('Page {} is {}a redirect page.'.format(page, 'not ' if not no_redirects else ''))


def _depth(page):
    """How many subpage levels deep page is (0 where the namespace has
    no subpages)."""
    if not page.namespace().subpages:
        return 0
    return page.title().count('/')


def SubpageFilterGenerator(generator, max_depth=0, show_filtered=False):
    """The pages of generator at most max_depth subpage levels deep."""
    if max_depth < 0:
        raise ValueError('max_depth must be >= 0.')
    for page in generator:
        if _depth(page) <= max_depth:
            yield page
        elif show_filtered:
            pywikibot.info('Page {} is a subpage that is too deep. Skipping.'.format(page))


def CategoryFilterPageGenerator(generator, category_list):
    """The pages of generator that are in all the categories given."""
    wanted = set(c.title() for c in category_list)
    for page in generator:
        have = set(c.title() for c in page.categories())
        if wanted <= have:
            yield page


def EdittimeFilterPageGenerator(generator, last_edit_start=None, last_edit_end=None,
                                first_edit_start=None, first_edit_end=None, show_filtered=False):
    """The pages of generator last (or first) edited within the times given."""
    for page in generator:
        last = page.editTime()
        if last_edit_start is not None and last < last_edit_start:
            continue
        if last_edit_end is not None and last > last_edit_end:
            continue
        if first_edit_start is not None or first_edit_end is not None:
            first = pywikibot.Timestamp.fromISOformat(page.oldest_revision['timestamp'])
            if first_edit_start is not None and first < first_edit_start:
                continue
            if first_edit_end is not None and first > first_edit_end:
                continue
        yield page


def UserEditFilterGenerator(generator, username, timestamp=None, skip=False, max_revision_depth=None,
                            show_filtered=False):
    """The pages of generator that username edited (after timestamp, in
    the last max_revision_depth revisions); with skip, the others."""
    if isinstance(timestamp, str):
        timestamp = pywikibot.Timestamp.fromtimestampformat(timestamp)
    for page in generator:
        edited = False
        for rev in page.revisions(total=max_revision_depth):
            if timestamp is not None and \
                    pywikibot.Timestamp.fromISOformat(rev['timestamp']) < timestamp:
                break
            if rev.get('user') == username:
                edited = True
                break
        if edited != bool(skip):
            yield page
        elif show_filtered:
            pywikibot.info('Skipping {}'.format(page.title(as_link=True)))


def MySQLPageGenerator(query, site=None, verbose=None):
    """Not supported: gowikibot has no database access."""
    raise NotImplementedError('MySQLPageGenerator is not supported by gowikibot')


class XMLDumpPageGenerator:
    """The pages of an XML dump (filename): those whose title is not
    below start, in namespaces (default: all) and whose dump text passes
    text_predicate (default: all); content=True sets each page's text to
    the dump's. Compressed dumps are not supported."""

    def __init__(self, filename, start=None, namespaces=None, site=None, text_predicate=None,
                 content=False):
        from pywikibot import xmlreader
        self.text_predicate = text_predicate
        self.content = content
        self.skipping = bool(start)
        self.start = start.replace('_', ' ') if start is not None and self.skipping else None
        self.site = site or pywikibot.Site()
        if not namespaces:
            self.namespaces = self.site.namespaces
        else:
            self.namespaces = self.site.namespaces.resolve(namespaces)
        self.parser = xmlreader.XmlDump(filename, on_error=pywikibot.error).parse()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            entry = next(self.parser)
            if self.skipping:
                if entry.title < self.start:
                    continue
                self.skipping = False
            page = pywikibot.Page(self.site, entry.title)
            if page.namespace() not in self.namespaces:
                continue
            if not self.text_predicate or self.text_predicate(entry.text):
                if self.content:
                    page.text = entry.text
                return page


class XMLDumpOldPageGenerator(XMLDumpPageGenerator):
    """XMLDumpPageGenerator with content=True (deprecated)."""

    def __init__(self, *args, **kwargs):
        kwargs['content'] = True
        XMLDumpPageGenerator.__init__(self, *args, **kwargs)


class RegexFilter:
    """Filters on titles or texts by regular expressions."""

    @staticmethod
    def _compile(regex, flags):
        if isinstance(regex, (list, tuple)):
            items = list(regex)
        else:
            items = [regex]
        return [re.compile(r, flags) if isinstance(r, str) else r for r in items]

    @staticmethod
    def _match(regexes, text, quantifier):
        if quantifier == 'all':
            found = all(r.search(text) for r in regexes)
        else:
            found = any(r.search(text) for r in regexes)
        return found != (quantifier == 'none')

    @staticmethod
    def titlefilter(generator, regex, quantifier='any', ignore_namespace=True):
        """The pages whose title matches regex (case-insensitive);
        quantifier 'any', 'all' or 'none'."""
        if quantifier is False:
            quantifier = 'any'
        elif quantifier is True:
            quantifier = 'none'
        regexes = RegexFilter._compile(regex, re.IGNORECASE)
        for page in generator:
            if RegexFilter._match(regexes, page.title(with_ns=not ignore_namespace), quantifier):
                yield page

    @staticmethod
    def contentfilter(generator, regex, quantifier='any'):
        """The pages whose text matches regex (case-insensitive, DOTALL)."""
        regexes = RegexFilter._compile(regex, re.IGNORECASE | re.DOTALL)
        for page in generator:
            if RegexFilter._match(regexes, page.text, quantifier):
                yield page


def RegexFilterPageGenerator(generator, regex, quantifier='any', ignore_namespace=True):
    """The pages of generator whose title matches regex."""
    return RegexFilter.titlefilter(generator, regex, quantifier, ignore_namespace)


def RegexBodyFilterPageGenerator(generator, regex, quantifier='any'):
    """The pages of generator whose text matches regex."""
    return RegexFilter.contentfilter(generator, regex, quantifier)


# -- preloading --

def PreloadingGenerator(generator, groupsize=50, quiet=False):
    """The pages of generator with their texts loaded, groupsize titles
    per request (pages of several sites are batched per site; a title
    given twice in a batch is yielded once); unless quiet, each batch is
    announced as pywikibot does. While the script works on one batch, the
    Go core loads the next two (pywikibot._pagebatch)."""
    from pywikibot import _pagebatch

    def announce(site, n):
        pywikibot.info('Retrieving {} pages from {}.'.format(n, site))

    return _pagebatch.batched(generator, groupsize, eager=True,
                              announce=None if quiet else announce)


def DequePreloadingGenerator(generator, groupsize=50, quiet=False):
    """PreloadingGenerator for a deque that may grow while it is read."""
    return PreloadingGenerator(generator, groupsize, quiet)


def PreloadingEntityGenerator(generator, groupsize=50):
    """Not supported: gowikibot has no data repository pages."""
    raise NotImplementedError('PreloadingEntityGenerator is not supported by gowikibot')


# -- the factory --

class _QueryGen:
    """A site list query built when the generators are combined, so that
    -ns and -limit go into the request as pywikibot's QueryGenerator puts
    them (set_namespace, set_maximum_items). build(namespaces, total)
    makes the listing."""

    def __init__(self, build, namespaces=None, query_ns=True, single_ns=None):
        self._build = build
        self.namespaces = namespaces
        self.total = None
        # whether pywikibot puts -ns into this listing's request (its
        # QueryGenerator supports namespaces) rather than filtering the
        # pages it yields
        self.query_ns = query_ns
        # the API module's name when its namespace parameter takes one
        # namespace (allpages): pywikibot's set_namespace refuses more
        self.single_ns = single_ns

    def set_namespace(self, namespaces):
        if self.single_ns and len(set(namespaces)) > 1:
            raise TypeError('{} module does not support multiple namespaces'.format(self.single_ns))
        self.namespaces = namespaces

    def set_maximum_items(self, value):
        self.total = int(value) if value is not None and int(value) >= 0 else None

    def __iter__(self):
        return iter(self._build(self.namespaces, self.total))


class GeneratorFactory:
    """Builds the page generator from generator and filter options."""

    def __init__(self, site=None, positional_arg_name=None, enabled_options=None,
                 disabled_options=None):
        self.gens = []
        self._namespaces = []
        self._ns_frozen = None
        self.limit = None
        self.articlefilter_list = []
        self.articlenotfilter_list = []
        self.titlefilter_list = []
        self.titlenotfilter_list = []
        self.catfilter_list = []
        self.claimfilter_list = []
        self.qualityfilter_list = []
        self.intersect = False
        self.subpage_max_depth = None
        self.redirectfilter = None
        self._site = site
        self._positional_arg_name = positional_arg_name
        self.nopreload = False
        self.is_preloading = None
        self._single_gen_filter_unique = False
        self.enabled_options = set(enabled_options or [])
        self.disabled_options = set(disabled_options or [])
        for opt in sorted(self.enabled_options | self.disabled_options):
            if not hasattr(self, '_handle_' + opt):
                pywikibot.warning('{} is not a valid option. It was ignored.'.format(opt))

    @property
    def site(self):
        """The site the generators work on (the configured one by default)."""
        if self._site is None:
            self._site = pywikibot.Site()
        return self._site

    @property
    def namespaces(self):
        """The namespaces given with -ns, resolved (None if none given).
        They can no longer change once read."""
        if self._ns_frozen is None:
            if self._namespaces:
                self._ns_frozen = frozenset(self.site.namespaces.resolve(list(self._namespaces)))
            else:
                self._ns_frozen = frozenset()
        return self._ns_frozen or None

    # -- combining --
    def getCombinedGenerator(self, gen=None, preload=False):
        """The generator of all options given; None if no generator option
        was given. Texts are loaded in batches of 50: before the pages are
        yielded when preloading (preload=True or -grep), else when a page of
        the batch is first read (the Go core asks for what botMayEdit needs
        in the same request)."""
        if gen:
            self.gens.insert(0, gen)
        namespaces = self.namespaces
        gens = []
        for g in self.gens:
            orig = g
            if namespaces:
                if isinstance(g, _QueryGen) and g.query_ns:
                    g.set_namespace(namespaces)
                else:
                    g = NamespaceFilterPageGenerator(g, namespaces, self.site)
            if self.limit:
                # a listing asks for no more than the limit, as pywikibot's
                # set_maximum_items does. Any other generator pywikibot cuts
                # with islice, and it cuts the generator as given: a -ns
                # filter put around it is then lost (pywikibot 9.6.3's
                # getCombinedGenerator), and so it is here
                if isinstance(orig, _QueryGen):
                    orig.set_maximum_items(self.limit)
                    if not orig.query_ns:
                        g = orig
                else:
                    g = _islice(orig, self.limit)
            gens.append(g)
        self.gens = gens
        if not gens:
            if self.titlefilter_list or self.titlenotfilter_list or self.articlefilter_list or \
                    self.articlenotfilter_list or self.catfilter_list or self.qualityfilter_list or \
                    self.subpage_max_depth is not None or self.redirectfilter is not None:
                pywikibot.warning('filter(s) specified but no generators.')
            return None
        if len(gens) == 1:
            result = gens[0]
            if self._single_gen_filter_unique:
                result = _unique_pages(result)
            if self.intersect:
                pywikibot.warning('"-intersect" ignored as only one generator is specified.')
        elif self.intersect:
            result = intersect_generators(*gens)
        else:
            result = _unique_pages(_roundrobin(*gens) if self.limit else _chain(*gens))
        if self.subpage_max_depth is not None:
            result = SubpageFilterGenerator(result, self.subpage_max_depth)
        if self.qualityfilter_list:
            result = QualityFilterPageGenerator(result, self.qualityfilter_list)
        if self.titlefilter_list:
            result = RegexFilterPageGenerator(result, self.titlefilter_list)
        if self.titlenotfilter_list:
            result = RegexFilterPageGenerator(result, self.titlenotfilter_list, 'none')
        # pywikibot preloads (and says so) only when asked to or for -grep;
        # otherwise gowikibot loads a batch of 50 when one of its pages is
        # first read, and nothing for a title-only walk
        announce = bool(preload or self.articlefilter_list or self.articlenotfilter_list)
        self.is_preloading = not self.nopreload and announce
        if not self.nopreload:
            if announce:
                result = PreloadingGenerator(result)
            else:
                from pywikibot import _pagebatch
                result = _pagebatch.batched(result)
        if self.redirectfilter is not None:
            result = RedirectFilterPageGenerator(result, not self.redirectfilter)
        if self.catfilter_list:
            result = CategoryFilterPageGenerator(result, self.catfilter_list)
        if self.articlefilter_list:
            result = RegexBodyFilterPageGenerator(result, self.articlefilter_list)
        if self.articlenotfilter_list:
            result = RegexBodyFilterPageGenerator(result, self.articlenotfilter_list, 'none')
        return result

    # -- arguments --
    def handle_args(self, args):
        """Handle the options among args; return the others, in order."""
        args = list(args)
        first = [a for a in args if a.startswith('-ns') or a.startswith('-namespace')]
        rest = [a for a in args if not (a.startswith('-ns') or a.startswith('-namespace'))]
        return [a for a in first + rest if not self.handle_arg(a)]

    def handle_arg(self, arg):
        """Handle one option "-name:value"; return whether it was one of
        the factory's."""
        if not arg.startswith('-') and self._positional_arg_name:
            value = arg
            opt = self._positional_arg_name
        else:
            name, _, value = arg.partition(':')
            opt = name[1:]
        if not value:
            value = None
        if opt in self.disabled_options:
            return False
        if self.enabled_options and opt not in self.enabled_options:
            return False
        handler = getattr(self, '_handle_' + opt.replace('-', '_'), None) if opt else None
        if handler is None:
            return False
        result = handler(value)
        if isinstance(result, bool):
            return result
        if result:
            self.gens.append(result)
            return True
        return False

    def getCategory(self, category):
        """(Category, start sort key or None) for "Name" or "Name|start"."""
        if not category:
            category = pywikibot.input('Please enter the category name:')
        category = category.replace('#', '|')
        name, _, start = category.partition('|')
        cat = pywikibot.Category(pywikibot.Link(name, self.site, default_namespace=14))
        return cat, start or None

    def getCategoryGen(self, category, recurse=False, content=False, gen_func=None):
        """The generator gen_func makes for the category option value."""
        if gen_func is None:
            raise ValueError('getCategoryGen requires a gen_func argument')
        cat, start = self.getCategory(category)
        return gen_func(cat, start=start, recurse=recurse, content=content)

    def _ask(self, value, question):
        return value if value else pywikibot.input(question)

    # generators
    def _handle_cat(self, value):
        return self.getCategoryGen(value, recurse=False, gen_func=CategorizedPageGenerator)

    _handle_category = _handle_cat

    def _handle_catr(self, value):
        return self.getCategoryGen(value, recurse=True, gen_func=CategorizedPageGenerator)

    def _handle_subcats(self, value):
        return self.getCategoryGen(value, recurse=False, gen_func=SubCategoriesPageGenerator)

    def _handle_subcatsr(self, value):
        return self.getCategoryGen(value, recurse=True, gen_func=SubCategoriesPageGenerator)

    def _handle_page(self, value):
        value = self._ask(value, 'What page do you want to use?')
        return [pywikibot.Page(pywikibot.Link(value, self.site))]

    def _handle_pageid(self, value):
        value = self._ask(value, 'What pageid do you want to use?')
        return PagesFromPageidGenerator(value, site=self.site)

    def _handle_file(self, value):
        value = self._ask(value, 'Please enter the local file name:')
        return TextIOPageGenerator(value, site=self.site)

    def _handle_start(self, value):
        link = pywikibot.Link(value or '!', self.site)
        site = self.site
        return _QueryGen(lambda ns, total: site.allpages(
            start=link.title, namespace=sorted(int(n) for n in ns)[0] if ns else link._namespace,
            filterredir=False, total=total), single_ns='allpages')

    def _handle_prefixindex(self, value):
        value = self._ask(value, 'What page names are you looking for?')
        link = pywikibot.Link(value, self.site)
        site = self.site
        return _QueryGen(lambda ns, total: site.allpages(
            prefix=link.title, namespace=sorted(int(n) for n in ns)[0] if ns else link._namespace,
            total=total))

    def _handle_links(self, value):
        value = self._ask(value, 'Links from which page should be processed?')
        page = pywikibot.Page(pywikibot.Link(value, self.site))
        return _QueryGen(lambda ns, total: page.linkedPages(namespaces=ns, total=total))

    def _handle_ql(self, value):
        """-ql:N[,N...]: only ProofreadPage pages of these quality levels
        (UnknownExtensionError without the extension), as pywikibot's."""
        from pywikibot.exceptions import UnknownExtensionError
        if not self.site.has_extension('ProofreadPage'):
            raise UnknownExtensionError('Ql filtering needs a site with ProofreadPage extension.')
        levels = [int(v) for v in value.split(',')]
        if min(levels) < 0 or max(levels) > 4:
            valid = ', '.join('{}: {}'.format(*item) for item in self.site.proofread_levels.items())
            pywikibot.warning('Acceptable values for -ql are:\n    {}'.format(valid))
        self.qualityfilter_list = levels
        return True

    def _handle_ref(self, value):
        value = self._ask(value, 'Links to which page should be processed?')
        page = pywikibot.Page(pywikibot.Link(value, self.site))
        # a listing of the factory, so that -limit reaches the requests
        # (pywikibot cuts its chain of two listings, each asking for the
        # most items); -ns filters its pages, as pywikibot
        return _QueryGen(lambda ns, total: page.site.pagereferences(
            page, filter_redirects=False, namespaces=ns, total=total), query_ns=False)

    def _handle_transcludes(self, value):
        value = self._ask(value, 'Pages that transclude which page should be processed?')
        page = pywikibot.Page(pywikibot.Link(value, self.site, default_namespace=10))
        return _QueryGen(lambda ns, total: page.getReferences(only_template_inclusion=True,
                                                              namespaces=ns, total=total))

    def _handle_newpages(self, value):
        return NewpagesPageGenerator(site=self.site, namespaces=self.namespaces or 0,
                                     total=_int_none(value))

    def _handle_recentchanges(self, value):
        params = value.split(',') if value else []
        tag = None
        total = None
        if params and not params[0].isdigit():
            tag = params.pop(0)
        if len(params) > 2:
            raise ValueError('More than two parameters passed.')
        if len(params) == 2:
            raise NotImplementedError('-recentchanges:offset,duration is not supported by gowikibot')
        if len(params) == 1:
            total = int(params[0])
        self._single_gen_filter_unique = True
        return RecentChangesPageGenerator(site=self.site, namespaces=self.namespaces, total=total,
                                          tag=tag)

    def _handle_random(self, value):
        return RandomPageGenerator(total=_int_none(value), site=self.site,
                                   namespaces=self.namespaces or 0)

    def _handle_randomredirect(self, value):
        return RandomRedirectPageGenerator(total=_int_none(value), site=self.site,
                                           namespaces=self.namespaces or 0)

    def _handle_search(self, value):
        value = self._ask(value, 'What do you want to search for?')
        site = self.site
        return _QueryGen(lambda ns, total: site.search(
            value, namespaces=list(ns) if ns else _all_namespace_ids(site), total=total))

    def _handle_usercontribs(self, value):
        self._single_gen_filter_unique = True
        return UserContributionsGenerator(value, site=self.site, _filter_unique=None)

    def _handle_filelinks(self, value):
        if not value:
            value = pywikibot.input('Pages that link to which file should be processed?')
        if not value.startswith(self.site.namespace(6) + ':'):
            value = 'Image:' + value
        return pywikibot.FilePage(self.site, value).using_pages()

    def _handle_imagesused(self, value):
        value = self._ask(value, 'Images on which page should be processed?')
        return pywikibot.Page(pywikibot.Link(value, self.site)).imagelinks()

    def _handle_interwiki(self, value):
        value = self._ask(value, 'Which page should be processed?')
        return LanguageLinksPageGenerator(pywikibot.Page(pywikibot.Link(value, self.site)))

    def _handle_weblink(self, value):
        value = self._ask(value, 'Pages with which weblink should be processed?')
        return self.site.exturlusage(value)

    def _handle_newimages(self, value):
        return NewimagesPageGenerator(total=_int_none(value), site=self.site)

    def _handle_querypage(self, value):
        if value is None:
            pages = sorted(self.site._paraminfo.parameter('query+querypage', 'page')['type'])
            width = max(len(p) for p in pages[::2]) + 4
            txt = 'Available special pages:\n'
            for i in range(0, len(pages), 2):
                pair = pages[i:i + 2] + ['']
                txt += '    {:<{w}}{}\n'.format(pair[0], pair[1], w=width)
            pywikibot.info(txt)
            import sys
            sys.exit(0)
        return self.site.querypage(value)

    def _handle_unusedfiles(self, value):
        return self.site.unusedfiles(total=_int_none(value))

    def _handle_lonelypages(self, value):
        return self.site.lonelypages(total=_int_none(value))

    def _handle_unwatched(self, value):
        return self.site.unwatchedpages(total=_int_none(value))

    def _handle_wantedpages(self, value):
        return self.site.wantedpages(total=_int_none(value))

    def _handle_wantedfiles(self, value):
        return self.site.wantedfiles(total=_int_none(value))

    def _handle_wantedtemplates(self, value):
        return self.site.wantedtemplates(total=_int_none(value))

    def _handle_wantedcategories(self, value):
        return self.site.wantedcategories(total=_int_none(value))

    def _handle_withoutinterwiki(self, value):
        return self.site.withoutinterwiki(total=_int_none(value))

    def _handle_uncatfiles(self, value):
        return self.site.uncategorizedimages()

    def _handle_uncatcat(self, value):
        return self.site.uncategorizedcategories()

    def _handle_uncat(self, value):
        return self.site.uncategorizedpages()

    def _handle_property(self, value):
        if not value:
            value = pywikibot.input('Which property name to be used?')
        return self.site.pages_with_property(value)

    def _handle_logevents(self, value):
        params = (value or '').split(',')
        if params[0] not in self.site.logtypes:
            raise NotImplementedError('Invalid -logevents parameter "{}"'.format(params[0]))
        logtype = params[0]
        user = params[1] if len(params) > 1 else None
        start = params[2] if len(params) > 2 else None
        end = params[3] if len(params) > 3 else None
        start_, total = None, None
        if start:
            if len(start) >= 8:
                start_ = pywikibot.Timestamp.fromtimestampformat(start)
            else:
                total = int(start)
        end_ = pywikibot.Timestamp.fromtimestampformat(end) if end else None
        if start_ or end_:
            pywikibot.info('Fetching log events in range: {} - {}.'.format(end or 'beginning of time',
                                                                            start or 'now'))
        return LogeventsPageGenerator(logtype, user or None, site=self.site, total=total,
                                      start=start_, end=end_)

    def _handle_unconnectedpages(self, value):
        pywikibot.warning('-unconnectedpages needs a data repository; no pages.')
        return True

    # filters and settings
    def _handle_namespaces(self, value):
        if self._ns_frozen is not None:
            raise RuntimeError('-namespace/ns option must be provided before '
                               '-newpages/-random/-randomredirect/-linter')
        value = self._ask(value, 'What namespace are you filtering on?')
        if value.startswith('not:'):
            resolve = self.site.namespaces.resolve
            excluded = set(int(n) for n in resolve(value[4:].split(',')))
            base = [int(n) for n in resolve(self._namespaces)] if self._namespaces else \
                list(self.site.namespaces)
            self._namespaces = [n for n in base if n not in excluded]
        else:
            self._namespaces += value.split(',')
        return True

    _handle_ns = _handle_namespaces
    _handle_namespace = _handle_namespaces

    def _handle_limit(self, value):
        value = self._ask(value, 'What is the limit value?')
        self.limit = _int_none(value)
        return True

    def _handle_titleregex(self, value):
        self.titlefilter_list.append(self._ask(value, 'What page names are you looking for?'))
        return True

    def _handle_titleregexnot(self, value):
        self.titlenotfilter_list.append(self._ask(value, 'All pages except which ones?'))
        return True

    def _handle_grep(self, value):
        self.articlefilter_list.append(self._ask(value, 'Which pattern do you want to grep?'))
        return True

    def _handle_grepnot(self, value):
        self.articlenotfilter_list.append(self._ask(value, 'Which pattern do you want to skip?'))
        return True

    def _handle_catfilter(self, value):
        cat, _ = self.getCategory(value)
        self.catfilter_list.append(cat)
        return True

    def _handle_intersect(self, value):
        self.intersect = True
        return True

    def _handle_subpage(self, value):
        self.subpage_max_depth = int(self._ask(value, 'Maximum subpage depth:'))
        return True

    def _handle_redirect(self, value):
        v = (value or 'true').lower()
        if v in ('y', 'yes', 't', 'true', 'on', '1'):
            self.redirectfilter = True
        elif v in ('n', 'no', 'f', 'false', 'off', '0'):
            self.redirectfilter = False
        else:
            raise ValueError('invalid truth value {!r}'.format(value))
        return True


# -- the less common generators: their bodies are in _pagegen_more, loaded on first call --

def YearPageGenerator(start=1, end=2050, site=None):
    """See pywikibot._pagegen_more.YearPageGenerator."""
    from pywikibot import _pagegen_more
    return _pagegen_more.YearPageGenerator(start=start, end=end, site=site)


def DayPageGenerator(start_month=1, end_month=12, site=None, year=2000):
    """See pywikibot._pagegen_more.DayPageGenerator."""
    from pywikibot import _pagegen_more
    return _pagegen_more.DayPageGenerator(start_month=start_month, end_month=end_month, site=site, year=year)


def WikibaseItemGenerator(gen):
    """See pywikibot._pagegen_more.WikibaseItemGenerator."""
    from pywikibot import _pagegen_more
    return _pagegen_more.WikibaseItemGenerator(gen=gen)


def WikidataPageFromItemGenerator(gen, site):
    """See pywikibot._pagegen_more.WikidataPageFromItemGenerator."""
    from pywikibot import _pagegen_more
    return _pagegen_more.WikidataPageFromItemGenerator(gen=gen, site=site)


def WikidataSPARQLPageGenerator(query, site=None, item_name='item', endpoint=None, entity_url=None, result_type=set):
    """See pywikibot._pagegen_more.WikidataSPARQLPageGenerator."""
    from pywikibot import _pagegen_more
    return _pagegen_more.WikidataSPARQLPageGenerator(query=query, site=site, item_name=item_name, endpoint=endpoint, entity_url=entity_url, result_type=result_type)


def WikibaseSearchItemPageGenerator(text, language=None, total=None, site=None):
    """See pywikibot._pagegen_more.WikibaseSearchItemPageGenerator."""
    from pywikibot import _pagegen_more
    return _pagegen_more.WikibaseSearchItemPageGenerator(text=text, language=language, total=total, site=site)


def WikibaseItemFilterPageGenerator(generator, has_item=True, show_filtered=False):
    """See pywikibot._pagegen_more.WikibaseItemFilterPageGenerator."""
    from pywikibot import _pagegen_more
    return _pagegen_more.WikibaseItemFilterPageGenerator(generator=generator, has_item=has_item, show_filtered=show_filtered)


def ItemClaimFilterPageGenerator(generator, prop, claim, qualifiers=None, negate=False):
    """See pywikibot._pagegen_more.ItemClaimFilterPageGenerator."""
    from pywikibot import _pagegen_more
    return _pagegen_more.ItemClaimFilterPageGenerator(generator=generator, prop=prop, claim=claim, qualifiers=qualifiers, negate=negate)


def QualityFilterPageGenerator(generator, quality):
    """See pywikibot._pagegen_more.QualityFilterPageGenerator."""
    from pywikibot import _pagegen_more
    return _pagegen_more.QualityFilterPageGenerator(generator=generator, quality=quality)


def LiveRCPageGenerator(site=None, total=None):
    """See pywikibot._pagegen_more.LiveRCPageGenerator."""
    from pywikibot import _pagegen_more
    return _pagegen_more.LiveRCPageGenerator(site=site, total=total)


def SupersetPageGenerator(query, site=None, schema_name=None, database_id=None):
    """See pywikibot._pagegen_more.SupersetPageGenerator."""
    from pywikibot import _pagegen_more
    return _pagegen_more.SupersetPageGenerator(query=query, site=site, schema_name=schema_name, database_id=database_id)



class GoogleSearchPageGenerator(GeneratorWrapper):
    """The pages of site a Google search finds (needs the 'google'
    package, as pywikibot's)."""

    def __init__(self, query=None, site=None):
        self.query = query or pywikibot.input('Please enter the search query:')
        if site is None:
            site = pywikibot.Site()
        self.site = site
        self._google_query = None

    @staticmethod
    def queryGoogle(query):  # noqa: N802 (pywikibot's name)
        """The result URLs of a Google search."""
        try:
            import google
        except ImportError:
            pywikibot.error("generator GoogleSearchPageGenerator depends on package 'google'.\n"
                            'To install, please run: pip install google.')
            sys.exit(1)
        pywikibot.warning('Please read http://www.google.com/accounts/TOS')
        yield from google.search(query)

    @property
    def generator(self):
        local_query = '{} site:{}'.format(self.query, self.site.hostname())
        base = 'http://{}{}'.format(self.site.hostname(), self.site.articlepath)
        pattern = base.replace('{}', '(.+)')
        for url in self.queryGoogle(local_query):
            m = re.search(pattern, url)
            if m:
                page = pywikibot.Page(pywikibot.Link(m.group(1), self.site))
                if page.site == self.site:
                    yield page


class PetScanPageGenerator(GeneratorWrapper):
    """The pages PetScan finds in categories (their intersection, or with
    subset_combination false their union) and namespaces."""

    def __init__(self, categories, subset_combination=True, namespaces=None, site=None, extra_options=None):
        if site is None:
            site = pywikibot.Site()
        self.site = site
        self.opts = self.buildQuery(categories, subset_combination, namespaces, extra_options)

    def buildQuery(self, categories, subset_combination, namespaces, extra_options):  # noqa: N802
        """The query string options of the PetScan request."""
        query = {'language': self.site.code, 'project': self.site.hostname().split('.')[-2],
                 'combination': 'subset' if subset_combination else 'union',
                 'categories': '\r\n'.join(categories), 'format': 'json', 'doit': ''}
        for namespace in namespaces or ():
            query['ns[{}]'.format(int(namespace))] = 1
        query.update(extra_options or {})
        return query

    def query(self):
        """The raw page dicts of PetScan's answer."""
        from pywikibot.comms import http  # noqa: E402 (loaded on use)
        url = 'https://petscan.wmflabs.org'
        req = http.fetch(url, params=self.opts)
        if 500 <= req.status_code < 600:
            raise ServerError('received {} status from {}'.format(req.status_code, req.url))
        data = req.json()
        if 'error' in data:
            raise APIError('Petscan', data['error'], **self.opts)
        yield from data['*'][0]['a']['*']

    @property
    def generator(self):
        for raw_page in self.query():
            yield pywikibot.Page(self.site, raw_page['title'], int(raw_page['namespace']))


class PagePilePageGenerator(GeneratorWrapper):
    """The pages of a PagePile (pagepile.toolforge.org) list."""

    def __init__(self, id):
        self.opts = self.buildQuery(id)

    def buildQuery(self, id):  # noqa: N802 (pywikibot's name)
        """The query string options of the PagePile request."""
        return {'id': id, 'action': 'get_data', 'format': 'json', 'doit': ''}

    def query(self):
        """The titles of the pile (and its site, as self.site)."""
        from pywikibot.comms import http  # noqa: E402 (loaded on use)
        data = http.fetch('https://pagepile.toolforge.org/api.php', params=self.opts).json()
        if 'error' in data:
            raise APIError('PagePile', data['error'], **self.opts)
        self.site = pywikibot.site.APISite.fromDBName(data['wiki'])
        yield from data['pages']

    @property
    def generator(self):
        for raw_page in self.query():
            yield pywikibot.Page(self.site, raw_page)


from pywikibot._lazy import pagegenerators_dir as __dir__, pagegenerators_getattr as __getattr__  # noqa: E402,F401
