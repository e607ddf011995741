"""Sites: one wiki (family and code) reached through the Go core."""
import _gowikibot as _gw

from pywikibot import exceptions
from pywikibot._deprecate import _full_name, deprecated_args


class Namespace:
    """A namespace of a wiki; compares equal to its number. Keyword
    arguments become attributes (the siteinfo's case, content, subpages,
    ...), as in pywikibot; case, content and subpages default to a
    first-letter namespace without content or subpages."""

    case = 'first-letter'
    content = False
    subpages = False

    def __init__(self, id, canonical_name=None, custom_name=None, aliases=None, **kwargs):
        self.id = id
        if canonical_name is None:
            canonical_name = self.canonical_namespaces.get(id, '')
        self.custom_name = canonical_name if custom_name is None else custom_name
        self.canonical_name = canonical_name
        if aliases:
            self.aliases = list(aliases)
        elif id in (6, 7):
            self.aliases = ['Image' if id == 6 else 'Image talk']
        else:
            self.aliases = []
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __int__(self):
        return self.id

    def __index__(self):
        return self.id

    def __hash__(self):
        return hash(self.id)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return self.id == other.id
        if isinstance(other, int):
            return self.id == other
        if isinstance(other, str):
            return other in self
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        return self.id < int(other)

    def __le__(self, other):
        return self.id <= int(other)

    def __gt__(self, other):
        return self.id > int(other)

    def __ge__(self, other):
        return self.id >= int(other)

    def __mod__(self, other):
        return self.id % other

    def __add__(self, other):
        return self.id + other

    def __sub__(self, other):
        return self.id - other

    def __contains__(self, name):
        # case-insensitive, a colon allowed on either side (as pywikibot's)
        if name == '' and self.id == 0:
            return True
        name = Namespace.normalize_name(name)
        if not name:
            return False
        return name.lower() in [n.lower() for n in self._names()]

    def _distinct(self):
        if self.custom_name == self.canonical_name:
            return [self.canonical_name] + self.aliases
        return [self.custom_name, self.canonical_name] + self.aliases

    def __iter__(self):
        # its distinct names, as in pywikibot ('|'.join(ns) builds regexes)
        return iter(self._distinct())

    def __len__(self):
        return len(self._distinct())

    def _names(self):
        names = [self.custom_name, self.canonical_name] + self.aliases
        return [n for n in names if n or self.id == 0]

    def __str__(self):
        return self.canonical_prefix()

    def __repr__(self):
        # the four names, then the other attributes by name (pywikibot's)
        extra = ''.join(', {}={!r}'.format(key, value) for key, value in sorted(vars(self).items())
                        if key not in ('id', 'custom_name', 'canonical_name', 'aliases'))
        return '{}(id={}, custom_name={!r}, canonical_name={!r}, aliases={!r}{})'.format(
            type(self).__name__, self.id, self.custom_name, self.canonical_name, self.aliases, extra)

    @staticmethod
    def _colons(id, name):
        if id == 0:
            return ':'
        if id in (6, 14):
            return ':' + name + ':'
        return name + ':'

    def canonical_prefix(self):
        """The canonical name with the colons a link needs (':' for main)."""
        return self._colons(self.id, self.canonical_name)

    def custom_prefix(self):
        """The local name with the colons a link needs (':' for main)."""
        return self._colons(self.id, self.custom_name)

    MAIN, TALK, USER, USER_TALK, PROJECT, PROJECT_TALK = 0, 1, 2, 3, 4, 5
    FILE, FILE_TALK, MEDIAWIKI, MEDIAWIKI_TALK, TEMPLATE, TEMPLATE_TALK = 6, 7, 8, 9, 10, 11
    HELP, HELP_TALK, CATEGORY, CATEGORY_TALK = 12, 13, 14, 15
    SPECIAL, MEDIA = -1, -2


class NamespacesDict:
    """Namespaces by number; lookup by name too (site.namespaces['User'])."""

    def __init__(self, namespaces):
        self._d = dict((int(k), v) for k, v in namespaces.items())

    def __setitem__(self, key, value):
        self._d[int(key)] = value
        self.__dict__.pop('_names_index', None)

    @property
    def _namespace_names(self):
        """pywikibot's index of the namespaces' names: each name (canonical,
        custom, aliases) lower-case, its Namespace; built on first use.
        Names a script adds to it are looked up too (after the
        namespaces' own names, which are read as they are now)."""
        index = self.__dict__.get('_names_index')
        if index is None:
            index = {}
            for ns in self._d.values():
                for name in ns._names():
                    index[name.lower()] = ns
            self.__dict__['_names_index'] = index
        return index

    def __getitem__(self, key):
        if isinstance(key, str):
            ns = self.lookup_name(key)
            if ns is None:
                raise KeyError(key)
            return ns
        return self._d[int(key)]

    def __contains__(self, key):
        if isinstance(key, str):
            return self.lookup_name(key) is not None
        return int(key) in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __getattr__(self, attr):
        # site.namespaces.TEMPLATE, .USER_TALK, .MAIN: by canonical name.
        if attr.isupper():
            if attr == 'MAIN':
                return self._d[0]
            wanted = attr.replace('_', ' ').lower()
            for ns in self._d.values():
                if ns.canonical_name.lower() == wanted:
                    return ns
        raise AttributeError('{!r} object has no attribute {!r}'.format(type(self).__name__, attr))

    def lookup_normalized_name(self, name):
        """The namespace of a normalized, lower-case name, or None."""
        for ns in self.values():
            if name in [n.lower() for n in ns._names()]:
                return ns
        index = self.__dict__.get('_names_index')
        return None if index is None else index.get(name)

    def lookup_name(self, name):
        """The namespace of name (any case, colons allowed as in a link
        prefix), or None."""
        name = Namespace.normalize_name(name)
        if name is False:
            return None
        return self.lookup_normalized_name(name.lower())

    def resolve(self, identifiers):
        """The Namespaces of identifiers (numbers, names or Namespaces);
        KeyError naming those that are not the site's, as pywikibot."""
        if isinstance(identifiers, (str, Namespace)):
            identifiers = [identifiers]
        else:
            try:
                iter(identifiers)
            except TypeError:
                identifiers = [identifiers]  # one identifier (int(None) is then the TypeError)
        out = []
        for i in identifiers:
            if isinstance(i, bool):
                raise TypeError('identifiers contains inappropriate types: {!r}'.format(identifiers))
            if isinstance(i, str) and not i.lstrip('-').isdigit():
                out.append(self.lookup_name(i))
            else:
                out.append(self._d.get(int(i)))
        if None in out:
            raise KeyError('Namespace identifier(s) not recognised: {}'.format(
                ','.join(str(i) for i, ns in zip(identifiers, out) if ns is None)))
        return out



def _family_data(name, default):
    """A data attribute of a site's family (pywikibot's site.family is the
    family file's instance): the family file's value as Family.load has
    it, else default; a value set on the object wins."""
    def get(self):
        if name in self.__dict__:
            return self.__dict__[name]
        if self._site is not None:
            try:
                from pywikibot.family import Family as _Loaded
                return getattr(_Loaded.load(self.name), name)
            except Exception:
                pass
        return default

    def put(self, value):
        self.__dict__[name] = value
    return property(get, put)

class Family:
    """The family of a site, with pywikibot's Family attributes: name,
    langs, codes, obsolete, and the layout settings textlib reads (with
    pywikibot's defaults). The code data comes from the Go family on
    first use."""

    category_text_separator = _family_data('category_text_separator', '\n\n')
    interwiki_text_separator = _family_data('interwiki_text_separator', '\n\n')
    category_attop = _family_data('category_attop', [])
    categories_last = _family_data('categories_last', [])
    category_on_one_line = _family_data('category_on_one_line', [])
    interwiki_attop = _family_data('interwiki_attop', [])
    interwiki_on_one_line = _family_data('interwiki_on_one_line', [])
    interwiki_putfirst = _family_data('interwiki_putfirst', {})
    interwiki_forward = _family_data('interwiki_forward', None)
    cross_allowed = _family_data('cross_allowed', [])
    disambcatname = _family_data('disambcatname', {})
    ignore_certificate_error = _family_data('ignore_certificate_error', [])
    use_hard_category_redirects = _family_data('use_hard_category_redirects', [])
    title_delimiter_and_aliases = _family_data('title_delimiter_and_aliases', ' _')

    def __init__(self, name, site=None):
        self.name = name
        self._site = site
        self._data = None

    def __getstate__(self):
        # pywikibot's family of a family_files URL is an instance of a class
        # AutoFamily makes for it, which pickle cannot name: pickling it (a
        # site, a page) fails there with this error (category.py's database
        # of such a site is then saved empty)
        if self._info().get('kind') == 'AutoFamily':
            import pickle
            raise pickle.PicklingError("Can't pickle <class 'pywikibot.family.AutoFamily'>: "
                                       "it's not the same object as pywikibot.family.AutoFamily")
        return dict(self.__dict__)

    def _info(self):
        if self._data is None:
            if self._site is None:
                self._data = {'langs': {}, 'codes': [], 'code_aliases': {}, 'closed_wikis': [],
                              'removed_wikis': [], 'kind': 'Family'}
            else:
                self._data = self._site._call('family_info')
        return self._data

    @property
    def langs(self):
        """code -> hostname for every code of the family."""
        return dict(self._info()['langs'])

    @property
    def codes(self):
        """The family's site codes."""
        return set(self._info()['codes'])

    @property
    def code_aliases(self):
        return dict(self._info()['code_aliases'])

    @property
    def closed_wikis(self):
        return list(self._info()['closed_wikis'])

    @property
    def removed_wikis(self):
        return list(self._info()['removed_wikis'])

    @property
    def interwiki_removals(self):
        return frozenset(self.removed_wikis + self.closed_wikis)

    @property
    def doc_subpages(self):
        """The documentation subpages of templates as pywikibot's family
        files give them ('_default': (suffixes, codes), a code: suffixes);
        AttributeError for a family without them."""
        docs = self._info().get('doc_subpages')
        if docs is None:
            raise AttributeError("'Family' object has no attribute 'doc_subpages'")
        return {code: (tuple(v[0]), list(v[1])) if code == '_default' else tuple(v) for code, v in docs.items()}

    @property
    def interwiki_replacements(self):
        return self.code_aliases

    @property
    def obsolete(self):
        """Old codes: removed or closed wikis map to None, aliases to the
        code they stand for."""
        data = dict.fromkeys(self.interwiki_removals)
        data.update(self.interwiki_replacements)
        return data

    def hostname(self, code):
        return self.langs.get(code, '')

    def __getattr__(self, name):
        # pywikibot's site.family is the family file's instance
        # (Family.load): its other methods and attributes (protocol(),
        # scriptpath(), apipath(), base_url(), ...) are that instance's
        if name.startswith('_') or self._site is None:
            raise AttributeError("'Family' object has no attribute '{}'".format(name))
        from pywikibot.family import Family as _Loaded
        try:
            loaded = _Loaded.load(self.name)
        except Exception:
            # hasattr() must stay False, never an UnknownFamilyError
            raise AttributeError("'Family' object has no attribute '{}'".format(name)) from None
        return getattr(loaded, name)

    def __str__(self):
        return self.name

    def __repr__(self):
        return 'Family("{}")'.format(self.name)

    def __eq__(self, other):
        return str(self) == str(other)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.name)


_FamilyRef = Family


class TokenWallet:
    """site.tokens: the user's tokens by type (site.tokens['csrf']),
    fetched and kept by the Go core."""

    def __init__(self, site):
        self.site = site
        self._site = site

    def __getitem__(self, kind):
        # as pywikibot's: a token is the logged-in user's, so ask for it
        # logged in (transwikiimport takes site.tokens['csrf'] first)
        if kind != 'login' and self._site.user() is None:
            self._site.login()
        return self._site._call('token', kind)

    def __contains__(self, kind):
        return True

    def clear(self):
        """Forget the tokens (the core fetches them again when needed)."""


_Tokens = TokenWallet


class _ParamInfo:
    """site._paraminfo: the API's own description of its modules
    (action=paraminfo), fetched per module on first use."""

    def __init__(self, site):
        self._site = site
        self._modules = {}

    def _module(self, module):
        if module not in self._modules:
            r = self._site._api({'action': 'paraminfo', 'modules': module})
            found = None
            for m in (r.get('paraminfo') or {}).get('modules') or []:
                if m.get('path', m.get('name')) == module or m.get('name') == module:
                    found = m
            self._modules[module] = found
        return self._modules[module]

    def parameter(self, module, param_name):
        """The description (a dict) of module's parameter param_name, or
        None when the module does not have it."""
        m = self._module(module)
        if m is None:
            raise ValueError("paraminfo for '{}' not loaded".format(module))
        for p in m.get('parameters') or []:
            if p.get('name') == param_name:
                return p
        return None

    def __contains__(self, module):
        return self._module(module) is not None


class BaseSite:
    """What every site is (pywikibot's base class of APISite): a code of a
    family, and the user (APISite has its own initializer)."""

    def __init__(self, code, fam=None, user=None):
        self._code = code
        self._fam = fam
        self._user = user

    def __getattr__(self, name):
        """Other public names are the family's methods whose first
        parameter is code, with the site's code given (pywikibot 9's
        BaseSite.__getattr__); anything else is an AttributeError worded
        as pywikibot's."""
        if not name.startswith('_'):
            import functools
            import inspect
            fam = self.__dict__.get('_family')
            obj = getattr(fam, name, None) if fam is not None else None
            if inspect.ismethod(obj):
                try:
                    params = inspect.signature(obj).parameters
                except (TypeError, ValueError):
                    params = {}
                if params and next(iter(params)) == 'code':
                    method = functools.partial(obj, self.code)
                    method.__doc__ = obj.__doc__
                    return method
        raise AttributeError('{} instance has no attribute {!r}'.format(type(self).__name__, name)) from None


class RemovedSite(BaseSite):
    """A site that was removed from its family."""


# pywikibot.site.ClosedSite (an APISite) is pywikibot._obsoletesites's,
# loaded on first use (see _lazy).


_more_installed = False


def _install_more():
    """Put the less common APISite and page methods (_site_more,
    _page_more) on their classes in place of their _Later placeholders:
    done on the first use of one of them, so that a script that does not
    use them never compiles them."""
    global _more_installed
    if not _more_installed:
        _more_installed = True
        from pywikibot import _page_more, _site_more
        _site_more.install(APISite)
        _page_more.install()


class _Later:
    """A placeholder class attribute for one defined in _site_more or
    _page_more: its first use installs them all (_install_more) and is
    answered by the real attribute."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, cls=None):
        _install_more()
        if obj is None:
            return getattr(cls, self.name)
        return getattr(obj, self.name)


def _api_generator(kind, module):
    """Decorator of a site method that gives its items (up to its total
    argument) lazily: the method returns what pywikibot 9.6.3's returns,
    an api generator (kind: 'PageGenerator', 'ListGenerator',
    'LogEntryListGenerator') of the query module, which takes
    set_maximum_items, set_namespace and set_query_increment before it is
    iterated and has its request and limit; iterating it runs the method
    with total set to the generator's limit."""
    def decorate(func):
        code = func.__code__
        names = code.co_varnames[:code.co_argcount]
        pos = names.index('total') if 'total' in names else None
        takes_total = 'total' in code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]

        def method(self, *args, **kwargs):
            if pos is not None and len(args) >= pos:
                total = args[pos - 1]
                kwargs.update(zip(names[pos + 1:], args[pos:]))
                args = args[:pos - 1]
            else:
                total = kwargs.pop('total', None)
            from pywikibot.data import api
            if takes_total:
                kwargs['total'] = total
            # made now, as pywikibot's: a wrong argument is refused here
            first = [func(self, *args, **kwargs)]

            def run(limit):
                if first and (not takes_total or kwargs['total'] == limit):
                    return first.pop(0)
                first.clear()
                if takes_total:
                    kwargs['total'] = limit
                return func(self, *args, **kwargs)

            return api._site_generator(self, getattr(api, kind), module, run, total)

        from pywikibot._deprecate import manage_wrapping
        manage_wrapping(method, func)
        method.__qualname__ = func.__qualname__
        return method
    return decorate


def _later(cls, names):
    """Put a _Later placeholder on cls for each of names."""
    for name in names:
        setattr(cls, name, _Later(name))


class APISite(BaseSite):
    """One wiki, reached through the Go core."""

    def __init__(self, code, fam=None, user=None):
        if fam is not None and not isinstance(fam, str):
            from pywikibot.family import _gwb_family_name
            fam = _gwb_family_name(fam)
        self._fam = fam
        self._code = code
        self._info = _gw.site_call(fam, code, 'info')
        self._fam = self._info['family']
        self._family = Family(self._info['family'], self)
        self._namespaces = None
        self._siteinfo = None
        self._tokens = TokenWallet(self)
        self._paraminfo = _ParamInfo(self)

    @property
    def code(self):
        """The site's code (language) in its family."""
        return self._code

    @property
    def tokens(self):
        """The user's tokens: site.tokens['csrf']."""
        return self._tokens

    @tokens.deleter
    def tokens(self):
        """`del site.tokens` clears the TokenWallet, as pywikibot's."""
        self._tokens.clear()

    @property
    def family(self):
        """The site's Family."""
        return self._family

    def get_tokens(self, types, *args, **kwargs):
        """A dict of the tokens of the given types (e.g. ['csrf'])."""
        return {kind: self._call('token', kind) for kind in types}

    # -- identity --
    def __str__(self):
        return '{}:{}'.format(self.family.name, self.code)

    def __repr__(self):
        return '{}({!r}, {!r})'.format(type(self).__name__, self.code, self.family.name)

    def __eq__(self, other):
        if self is other:
            return True
        return isinstance(other, APISite) and str(self) == str(other)

    def __ne__(self, other):
        if self is other:
            return False
        return not self == other

    def __hash__(self):
        return hash(str(self))

    # ordered as pywikibot's sites: by (family name, code); interwiki.py
    # sorts the sites it updates
    def __lt__(self, other):
        if not isinstance(other, APISite):
            return NotImplemented
        return (self.family.name, self.code) < (other.family.name, other.code)

    def __le__(self, other):
        if not isinstance(other, APISite):
            return NotImplemented
        return (self.family.name, self.code) <= (other.family.name, other.code)

    def __gt__(self, other):
        if not isinstance(other, APISite):
            return NotImplemented
        return (self.family.name, self.code) > (other.family.name, other.code)

    def __ge__(self, other):
        if not isinstance(other, APISite):
            return NotImplemented
        return (self.family.name, self.code) >= (other.family.name, other.code)

    @property
    def sitename(self):
        return str(self)

    def hostname(self):
        return self._info['hostname']

    def protocol(self):
        return self._info['protocol']

    def scriptpath(self):
        return self._info['scriptpath']

    def apipath(self):
        return self.scriptpath() + '/api.php'

    def path(self):
        return self.scriptpath() + '/index.php'

    def base_url(self, url):
        return '{}://{}{}'.format(self.protocol(), self.hostname(), url)

    def _call(self, method, *args):
        return _gw.site_call(self._fam, self.code, method, *args)

    # -- site info --
    def _load_siteinfo(self):
        if self._siteinfo is None:
            self._siteinfo = self._call('siteinfo')
        return self._siteinfo

    @property
    def siteinfo(self):
        """siteinfo['name'] of the 'general' group, or any other siprop group
        (e.g. 'specialpagealiases', 'restrictions'), fetched on first use."""
        own = self.__dict__.get('_siteinfo')
        if own is not None and not isinstance(own, dict):
            return own  # a subclass's own siteinfo object (pywikibot's tests' DrySite)
        if getattr(self, '_siteinfo_view', None) is None:
            self._siteinfo_view = _SiteInfo(self)
        return self._siteinfo_view

    def protection_types(self):
        return set(self.siteinfo['restrictions']['types'])

    def protection_levels(self):
        return set(self.siteinfo['restrictions']['levels'])

    @property
    def namespaces(self):
        if self._namespaces is None:
            self._namespaces = NamespacesDict(self._build_namespaces())
        return self._namespaces

    def _build_namespaces(self):
        """The wiki's namespaces, a dict by number (pywikibot's hook: a
        subclass may build them otherwise)."""
        si = self._load_siteinfo()
        spaces = {}
        # in the wiki's order, by number (the siteinfo map comes from
        # Go with its keys as strings)
        for key, ns in sorted(si['Namespaces'].items(), key=lambda item: int(item[0])):
            i = int(key)
            extra = {}
            if ns.get('defaultcontentmodel'):
                extra['defaultcontentmodel'] = ns['defaultcontentmodel']
            spaces[i] = Namespace(i, canonical_name=ns.get('canonical', ''), custom_name=ns.get('name', ''),
                                  aliases=ns.get('Aliases') or [], case=ns.get('case', 'first-letter'),
                                  content=ns.get('content', False), subpages=ns.get('subpages', False),
                                  nonincludable=ns.get('nonincludable', False), **extra)
        return spaces

    @property
    def lang(self):
        """The wiki's content language (siteinfo 'lang'), as pywikibot's."""
        try:
            return self.siteinfo['lang'] or self.code
        except Exception:
            return self.code

    def languages(self):
        """The codes of the family's sites."""
        return list(self.family.langs.keys())

    def validLanguageLinks(self):
        """The family's codes usable as language links: those that are not
        also a namespace name of this site."""
        return [lang for lang in self.languages() if self.namespaces.lookup_name(lang) is None]

    def linktrail(self):
        """The regex (a str) of the letters that may follow a wikilink and
        are shown as part of it, built from siteinfo's linktrail."""
        import re
        trail = self.siteinfo['general']['linktrail']
        if trail == '/^()(.*)$/sD':
            return ''
        m = re.search(r'\((?:\:\?|\?\:)?\[(?P<pattern>.+?)\](?P<letters>(\|.)*)\)?\+\)', trail)
        if not m:
            fallback = {'br': "(?:[a-zA-ZàâçéèêîôûäëïöüùñÇÉÂÊÎÔÛÄËÏÖÜÀÈÙÑ]|[cC]['’]h|C['’]H)*",
                        'ca': "(?:[a-zàèéíòóúç·ïü]|'(?!'))*",
                        'kaa': "(?:[a-zıʼ’“»]|'(?!'))*"}
            if self.code in fallback:
                return fallback[self.code]
            raise KeyError('"{}": No linktrail pattern extracted from "{}"'.format(self.code, trail))
        pattern = m.group('pattern')
        if r'x{' in pattern:
            pattern = re.sub(r'\\x\{([A-F0-9]{4})\}', lambda g: chr(int(g.group(1), 16)), pattern)
        letters = m.group('letters')
        if letters:
            pattern += ''.join(letters.split('|'))
        return '[{}]*'.format(pattern)

    def interwiki_putfirst(self):
        return self.family.interwiki_putfirst.get(self.code, None)

    def category_on_one_line(self):
        return self.code in self.family.category_on_one_line

    @deprecated_args(all='all_ns')  # pywikibot 7.0
    @_full_name('pywikibot.site._apisite.APISite.namespace')
    def namespace(self, num, all_ns=False):
        """The local name of namespace num (all_ns=True: the Namespace)."""
        ns = self.namespaces[num]
        if all_ns:
            return ns
        return ns.custom_name

    def getmagicwords(self, word):
        """The names of a magic word on this wiki (e.g. 'redirect')."""
        for m in self.siteinfo.get('magicwords') or []:
            if m.get('name') == word:
                return list(m.get('aliases', []))
        return [word]

    def redirect(self):
        """The wiki's first redirect word, without its '#' (pywikibot's
        'REDIRECT')."""
        return self.redirects()[0]

    def expand_text(self, text, title=None, includecomments=None):
        """The text with its templates expanded by the wiki."""
        req = {'action': 'expandtemplates', 'text': text, 'prop': 'wikitext'}
        if title is not None:
            req['title'] = title.title() if (not isinstance(title, str) and hasattr(title, 'title')) else title
        if includecomments:
            req['includecomments'] = True
        r = self._api(req)
        return r['expandtemplates']['wikitext']

    def mediawiki_message(self, key, lang=None):
        params = {'meta': 'allmessages', 'ammessages': key}
        if lang:
            params['amlang'] = lang
        for q in _gw.query(self._fam, self.code, params):
            for m in q.get('allmessages', []):
                if m.get('missing'):
                    raise KeyError(key)
                return m.get('content', m.get('*', ''))
        raise KeyError(key)

    def version(self):
        gen = self.siteinfo.get('generator', '')
        return gen.replace('MediaWiki ', '')

    # -- user --
    def username(self):
        # _username and _userinfo set on the site (as pywikibot's dry
        # tests set them) are pywikibot's attributes: they are what the
        # site then says
        if '_username' in self.__dict__:
            return self.__dict__['_username']
        return self._info['username'] or None

    def user(self):
        if '_userinfo_set' in self.__dict__ or '_userinfo' in self.__dict__:
            # a userinfo set on the site: pywikibot's user()
            return self.username() if self.logged_in() else None
        return self._call('user')

    def logged_in(self):
        if '_userinfo_set' in self.__dict__ or '_userinfo' in self.__dict__:
            info = self.userinfo
            return ('anon' not in info and bool(info.get('id')) and bool(info.get('name'))
                    and info['name'] == self.username())
        return self._call('logged_in')

    @property
    def _loginstatus(self):
        """pywikibot's login state of the site (a login.LoginStatus):
        AS_USER once the core is logged in, NOT_ATTEMPTED before, unless
        set (pywikibot's cache.py sets it on the sites it rebuilds)."""
        status = self.__dict__.get('_loginstatus_set')
        if status is None:
            from pywikibot.login import LoginStatus
            status = LoginStatus.AS_USER if self.logged_in() else LoginStatus.NOT_ATTEMPTED
        return status

    @_loginstatus.setter
    def _loginstatus(self, value):
        self.__dict__['_loginstatus_set'] = value

    def login(self, autocreate=False, user=None, *, cookie_only=False):
        """Log in (no request when already logged in), saying so as
        pywikibot does."""
        if not self.username():
            # config.usernames set after this Site was made (pywikibot's
            # login manager reads it when logging in)
            user = self._call('script_user')
            if user:
                self._info['username'] = user
        if self.username() and not self.logged_in():
            self._call('userinfo')  # a session kept in the cookie file counts as logged in
            if not self.logged_in():
                import pywikibot
                pywikibot.info('Logging in to {} as {}'.format(self, self._call('login_name')))
        self._call('login')

    def logout(self):
        """Log out (the wiki ends the session) and forget the user's data.
        Under OAuth pywikibot warns first, and the wiki refuses the logout
        (APIError cannotlogout)."""
        if self.is_oauth_token_available():
            import pywikibot
            pywikibot.warning('Using OAuth suppresses logout function')
        self._call('logout')

    @property
    def userinfo(self):
        """The user's userinfo (name, id, groups, rights, ratelimits,
        messages), as the API's formatversion 2 gives it: 'anon' only for
        an anonymous user, block details only for a blocked one."""
        for name in ('_userinfo_set', '_userinfo'):
            if name in self.__dict__:
                return self.__dict__[name]
        info = self._call('userinfo')
        if not info.get('anon'):
            info.pop('anon', None)
        if not info.get('blockid'):
            for key in ('blockid', 'blockedby', 'blockreason'):
                info.pop(key, None)
        return info

    @userinfo.deleter
    def userinfo(self):
        self.__dict__.pop('_userinfo_set', None)
        self._call('userinfo', True)

    def has_right(self, right):
        return right in (self.userinfo.get('rights') or [])

    def has_group(self, group):
        return group in (self.userinfo.get('groups') or [])

    def page_can_be_edited(self, page, action='edit'):
        """Whether the user may do action (a protection type) on page, given
        the page's protection level for it; ValueError for an action that is
        no protection type of the wiki."""
        if action not in self.siteinfo['restrictions']['types']:
            raise ValueError('{}.page_can_be_edited(): Invalid value "{}" for "action" parameter'
                             .format(type(self).__name__, action))
        level = page.protection().get(action, ('', None))[0]
        needed = {'': action, 'autoconfirmed': 'editsemiprotected',
                  'sysop': 'editprotected', 'steward': 'editprotected'}.get(level, level)
        return self.has_right(needed)

    def isBot(self, username):
        """Whether the user username is in the bot group."""
        if username == self.username():
            return self.has_group('bot')
        for u in self._query_list('users', {'ususers': username, 'usprop': 'groups'}):
            return 'bot' in (u.get('groups') or [])
        return False

    # -- Wikibase --
    def data_repository(self):
        """The Wikibase repository this wiki is a client of (a DataSite, as
        the wiki's meta=wikibase names it), or None when it is none."""
        if not hasattr(self, '_data_repository'):
            data = self._api({'action': 'query', 'meta': 'wikibase'})
            wikibase = (data.get('query') or {}).get('wikibase')
            repo = None
            if wikibase:
                u = wikibase['repo']['url']
                url = u['base'] + u['scriptpath'] + '/index.php'
                import pywikibot
                from pywikibot.exceptions import SiteDefinitionError
                try:
                    repo = pywikibot.Site(url=url, user=self.username(), interface='DataSite')
                except SiteDefinitionError as e:
                    pywikibot.warning('Site "{}" supports wikibase at "{}", but creation failed: {}.'
                                      .format(self, url, e))
            self._data_repository = repo
        return self._data_repository

    @property
    def has_data_repository(self):
        """Whether the site has a (usable) Wikibase repository."""
        return self.data_repository() is not None

    def page_from_repository(self, item):
        """The page of this site that Wikibase item is linked to;
        UnknownExtensionError without a repository."""
        from pywikibot.exceptions import UnknownExtensionError
        if not self.has_data_repository:
            raise UnknownExtensionError('Wikibase is not implemented for {}.'.format(self))
        return None

    # -- raw API --
    def simple_request(self, **kwargs):
        return _Request(self, kwargs)

    def _login_for_token(self):
        """Log in before a token is used, as pywikibot's TokenWallet does
        (site.tokens[...] calls login() while the user is None): the first
        write of a script that did not log in says 'Logging in to ...' as
        pywikibot's, simulated or not."""
        if self.user() is None:
            self.login()

    def _api(self, params, write=False, token=None):
        if token is not None and token != 'login':
            self._login_for_token()
        if write:
            self._check_write_user(params, token)
            import pywikibot
            if pywikibot.config.__dict__.get('simulate'):
                action = params.get('action', '')
                pywikibot.info('<<black;yellow>>SIMULATION: {} action blocked.'.format(action))
                return {action: {'result': 'Success', 'nochange': ''}}
        return self._call('api', params, write, token)

    def _check_write_user(self, params, token):
        """pywikibot's Request refuses a write action (its WRITE_ACTIONS)
        by an anonymous user: Error 'API write action attempted as IP ...'.
        A token-taking write logged in first (_login_for_token, as
        pywikibot's TokenWallet); one without a token (purge) did not, so
        a script that purges without login() stops there, as under
        pywikibot."""
        if token is not None:
            return
        from pywikibot.data.api import WRITE_ACTIONS
        if params.get('action') not in WRITE_ACTIONS:
            return
        info = self.userinfo
        if 'name' not in info:
            raise exceptions.Error('API write action attempted without user name')
        if 'anon' in info:
            raise exceptions.Error('API write action attempted as IP {!r}'.format(info['name']))

    def _api_request(self, params, write=False, token=None):
        """_api for a script's Request.submit: an API error is shown as
        pywikibot 9.6.3's submit shows it before raising it
        ('WARNING: API error CODE: INFO')."""
        try:
            return self._api(params, write, token)
        except exceptions.APIError as e:
            import pywikibot
            pywikibot.warning('API error {}: {}'.format(e.code, e.info))
            raise

    # -- page loading --
    def preloadpages(self, pagelist, *, groupsize=None, templates=False, langlinks=False,
                     pageprops=False, categories=False, content=True, quiet=True):
        # in batches, the next one loading while this one is worked on
        from pywikibot import _pagebatch
        return _pagebatch.batched(pagelist, groupsize, eager=True)

    def _load_batch(self, pages):
        titles = [p.title(with_section=False) for p in pages]
        data = self._call('load_pages', titles)
        by_title = {}
        for d in data:
            by_title[d['title']] = d
        for p in pages:
            d = by_title.get(p.title(with_section=False))
            if d is None:
                for d2 in data:
                    if d2['title'].replace('_', ' ') == p.title(with_section=False):
                        d = d2
            if d is not None:
                p._apply(d)
            yield p

    def loadpageinfo(self, page, preload=False):
        for _ in self._load_batch([page]):
            pass

    # -- generators --
    def _max_limit(self):
        """The most items one request may ask for: 5,000 with the
        apihighlimits right, else 500 (MediaWiki's limits)."""
        return 5000 if self.has_right('apihighlimits') else 500

    def _limited(self, params, total):
        """params with the listing's 'max' limit lowered to total, as
        pywikibot asks for no more items than it is going to use."""
        params = dict(params)
        if total is None or total < 0:
            return params
        for k, v in list(params.items()):
            if k.endswith('limit') and v == 'max':
                params[k] = str(max(min(total, self._max_limit()), 1))
        return params

    def _query_list(self, listname, params, total=None):
        params = self._limited(params, total)
        params['list'] = listname
        n = 0
        # a limited list: each continued request asks only for the items
        # still wanted, as pywikibot
        limit_key = [k for k, v in params.items() if k.endswith('limit') and str(v).isdigit()]
        extra = (limit_key[0], total) if total is not None and total >= 0 and len(limit_key) == 1 else ()
        for q in _gw.query(self._fam, self.code, params, *extra):
            items = q.get(listname, [])
            if isinstance(items, list):
                # handed out from the end of the reversed list, so that an
                # item is freed once the caller is done with it (up to
                # 5,000 a response) and the next response is not decoded
                # beside a full list
                items.reverse()
                while items:
                    yield items.pop()
                    n += 1
                    if total is not None and n >= total:
                        return
                continue
            for item in items:
                yield item
                n += 1
                if total is not None and n >= total:
                    return

    def _query_list_fv1(self, listname, params, total=None):
        """The items of _query_list in the shape pywikibot's list
        generators give them: they ask for formatversion 1, so a true flag
        is '' and a false one is left out (_to_formatversion1)."""
        for item in self._query_list(listname, params, total):
            yield _to_formatversion1(item)

    def _query_pages(self, params, total=None, content=False):
        from pywikibot.page import Page
        params = self._limited(params, total)
        # formatversion 2 sorts the pages by id; indexpageids gives the
        # server's own order, the one pywikibot (which asks for it) follows
        params['indexpageids'] = '1'
        n = 0
        for q in _gw.query(self._fam, self.code, params):
            pages = q.get('pages', [])
            if isinstance(pages, dict):
                pages = list(pages.values())
            if any('index' in d for d in pages):
                pages = sorted(pages, key=lambda d: d.get('index', 0))
            else:
                pages = self._in_server_order(pages, q.get('pageids'))
            out = []
            for d in pages:
                p = Page(self, d['title'])
                if 'pageid' in d:
                    p._pageid = d['pageid']
                out.append(p)
            if content:
                out = list(self._load_batch(out))
            for p in out:
                yield p
                n += 1
                if total is not None and n >= total:
                    return

    @staticmethod
    def _in_server_order(pages, pageids):
        """pages (formatversion 2: sorted by page id, pages without one
        first, by their negative ids) in the order of pageids."""
        if not pageids or len(pageids) != len(pages):
            return pages
        by_id = {}
        fake = sorted(int(i) for i in pageids if int(i) < 0)
        for d in pages:
            if 'pageid' in d and not d.get('missing'):
                by_id[d['pageid']] = d
            elif fake:
                by_id[fake.pop(0)] = d
        if len(by_id) != len(pages):
            return pages
        return [by_id[int(i)] for i in pageids]

    def _list_pages(self, listname, params, total=None, content=False):
        """The pages of a list module as pywikibot's api.PageGenerator."""
        from pywikibot.data import api
        return api._list_pages(self, listname, params, total, content)

    def _pages_from_list(self, items, total=None, content=False):
        from pywikibot.page import Page
        batch = []
        n = 0
        for item in items:
            p = Page(self, item['title'])
            if 'pageid' in item:
                p._pageid = item['pageid']
            if not content:
                yield p
            else:
                batch.append(p)
                if len(batch) >= 50:
                    for q in self._load_batch(batch):
                        yield q
                    batch = []
            n += 1
            if total is not None and n >= total:
                break
        for q in self._load_batch(batch) if batch else []:
            yield q

    def _ns_param(self, namespaces):
        """The namespace parameter of a list query: the ids of namespaces
        (numbers, names, Namespaces, a '|'-separated str), resolved as
        pywikibot's set_namespace resolves them: KeyError for one the site
        does not have, before any request."""
        if namespaces is None:
            return None
        if isinstance(namespaces, str):
            namespaces = namespaces.split('|')
        return '|'.join(str(ns.id) for ns in self.namespaces.resolve(namespaces))

    def allpages(self, start='!', prefix='', namespace=0, filterredir=None, filterlanglinks=None,
                 minsize=None, maxsize=None, protect_type=None, protect_level=None, reverse=False,
                 total=None, content=False):
        namespace = self.namespaces.resolve(namespace)[0]
        p = {'apfrom': start, 'apnamespace': str(int(namespace)), 'aplimit': 'max'}
        if prefix:
            p['apprefix'] = prefix
        if filterredir is True:
            p['apfilterredir'] = 'redirects'
        elif filterredir is False:
            p['apfilterredir'] = 'nonredirects'
        if minsize is not None:
            p['apminsize'] = str(minsize)
        if maxsize is not None:
            p['apmaxsize'] = str(maxsize)
        if reverse:
            p['apdir'] = 'descending'
        return self._list_pages('allpages', p, total, content)

    def prefixindex(self, prefix, namespace=0, includeredirects=True):
        return self.allpages(prefix=prefix, namespace=namespace,
                             filterredir=None if includeredirects else False)

    def categorymembers(self, category, *, namespaces=None, sortby=None, reverse=False,
                        starttime=None, endtime=None, total=None, content=False,
                        member_type=None, startprefix=None, endprefix=None):
        p = {'cmtitle': category.title(), 'cmlimit': 'max', 'cmprop': 'ids|title|sortkey'}
        if self._ns_param(namespaces):
            p['cmnamespace'] = self._ns_param(namespaces)
        if member_type:
            if isinstance(member_type, str):
                member_type = [member_type]
            p['cmtype'] = '|'.join(member_type)
        if sortby:
            p['cmsort'] = sortby
        if reverse:
            p['cmdir'] = 'desc'
        if startprefix:
            p['cmstartsortkeyprefix'] = startprefix
        return self._list_pages('categorymembers', p, total, content)

    def search(self, searchstring, *, namespaces=None, where=None, total=None, content=False):
        p = {'srsearch': searchstring, 'srlimit': 'max', 'srnamespace': self._ns_param(namespaces) or '0'}
        if where:
            p['srwhat'] = where
        return self._list_pages('search', p, total, content)

    @_api_generator('ListGenerator', 'recentchanges')
    def recentchanges(self, *, start=None, end=None, reverse=False, namespaces=None, changetype=None,
                      minor=None, bot=None, anon=None, redirect=None, patrolled=None, top_only=False,
                      total=None, user=None, excludeuser=None, tag=None):
        p = {'rclimit': 'max', 'rcprop': 'user|comment|timestamp|title|ids|sizes|redirect|loginfo|flags|tags'}
        if self._ns_param(namespaces):
            p['rcnamespace'] = self._ns_param(namespaces)
        if changetype:
            p['rctype'] = changetype
        if user:
            p['rcuser'] = user
        if excludeuser:
            p['rcexcludeuser'] = excludeuser
        if top_only:
            p['rctoponly'] = True
        if reverse:
            p['rcdir'] = 'newer'
        show = []
        for flag, name in ((minor, 'minor'), (bot, 'bot'), (anon, 'anon'), (redirect, 'redirect'),
                           (patrolled, 'patrolled')):
            if flag is True:
                show.append(name)
            elif flag is False:
                show.append('!' + name)
        if show:
            p['rcshow'] = '|'.join(show)
        return self._query_list_fv1('recentchanges', p, total)

    @_api_generator('ListGenerator', 'usercontribs')
    def usercontribs(self, user=None, userprefix=None, start=None, end=None, reverse=False,
                     namespaces=None, minor=None, total=None, top_only=False):
        p = {'uclimit': 'max', 'ucprop': 'ids|title|timestamp|comment|flags'}
        if user:
            p['ucuser'] = user
        if userprefix:
            p['ucuserprefix'] = userprefix
        if self._ns_param(namespaces):
            p['ucnamespace'] = self._ns_param(namespaces)
        if top_only:
            p['ucshow'] = 'top'
        if reverse:
            p['ucdir'] = 'newer'
        return self._query_list_fv1('usercontribs', p, total)

    def newpages(self, user=None, returndict=False, start=None, end=None, reverse=False,
                 bot=False, redirect=False, excludeuser=None, patrolled=None, namespaces=None,
                 total=None):
        from pywikibot.page import Page
        changes = self.recentchanges(namespaces=namespaces if namespaces is not None else [0],
                                     changetype='new', user=user, excludeuser=excludeuser,
                                     bot=None if bot else False, redirect=redirect, reverse=reverse,
                                     total=total)
        for c in changes:
            p = Page(self, c['title'])
            if returndict:
                yield p, c
            else:
                yield p

    def randompages(self, total=None, namespaces=None, redirects=False, content=False):
        p = {'rnlimit': str(min(total, 500)) if total else 'max'}
        if self._ns_param(namespaces):
            p['rnnamespace'] = self._ns_param(namespaces)
        if redirects is True:
            p['rnfilterredir'] = 'redirects'
        return self._list_pages('random', p, total, content)

    def pagebacklinks(self, page, *, follow_redirects=False, filter_redirects=None,
                      namespaces=None, total=None, content=False):
        p = {'bltitle': page.title(), 'bllimit': 'max'}
        if self._ns_param(namespaces):
            p['blnamespace'] = self._ns_param(namespaces)
        if filter_redirects is True:
            p['blfilterredir'] = 'redirects'
        elif filter_redirects is False:
            p['blfilterredir'] = 'nonredirects'
        links = self._list_pages('backlinks', p, total, content)
        if not follow_redirects:
            return links
        # as pywikibot's: the redirects to page (each checked: MediaWiki
        # may count a page as one that is none) add their own backlinks,
        # the lists chained (asked for now, the redirects' lists later)
        import itertools
        lists = {None: links}
        for redirect in self._list_pages('backlinks', {'bltitle': page.title(), 'bllimit': 'max',
                                                        'blfilterredir': 'redirects'}):
            if redirect == page:
                continue
            if redirect.getRedirectTarget() == page:
                lists[redirect.title()] = self.pagebacklinks(
                    redirect, follow_redirects=True, filter_redirects=filter_redirects,
                    namespaces=namespaces, content=content)
        return itertools.chain(*lists.values())

    def page_embeddedin(self, page, *, filter_redirects=None, namespaces=None, total=None,
                        content=False):
        p = {'eititle': page.title(), 'eilimit': 'max'}
        if self._ns_param(namespaces):
            p['einamespace'] = self._ns_param(namespaces)
        if filter_redirects is True:
            p['eifilterredir'] = 'redirects'
        elif filter_redirects is False:
            p['eifilterredir'] = 'nonredirects'
        return self._list_pages('embeddedin', p, total, content)

    def pagereferences(self, page, *, follow_redirects=False, filter_redirects=None,
                       with_template_inclusion=True, only_template_inclusion=False,
                       namespaces=None, total=None, content=False):
        # as pywikibot 9.6.3's: one of the two modules alone is its
        # api.PageGenerator (its request asks for total items), both an
        # itertools.islice over the two
        if only_template_inclusion:
            return self.page_embeddedin(page, filter_redirects=filter_redirects,
                                        namespaces=namespaces, total=total, content=content)
        if not with_template_inclusion:
            return self.pagebacklinks(page, follow_redirects=follow_redirects,
                                      filter_redirects=filter_redirects,
                                      namespaces=namespaces, total=total, content=content)
        import itertools
        return itertools.islice(self._references(page, follow_redirects, filter_redirects, namespaces, total), total)

    def _references(self, page, follow_redirects, filter_redirects, namespaces, total):
        """The pages that link to page, then those that transclude it (a
        page doing both comes twice, as in pywikibot's chain)."""
        # each asks for at most total items; the second only once the
        # first is done
        yield from self.pagebacklinks(page, follow_redirects=follow_redirects, filter_redirects=filter_redirects,
                                      namespaces=namespaces, total=total)
        yield from self.page_embeddedin(page, filter_redirects=filter_redirects, namespaces=namespaces, total=total)

    @_api_generator('PageGenerator', 'links')
    def pagelinks(self, page, *, namespaces=None, follow_redirects=False, total=None, content=False):
        p = {'titles': page.title(), 'generator': 'links', 'gpllimit': 'max'}
        if self._ns_param(namespaces):
            p['gplnamespace'] = self._ns_param(namespaces)
        return self._query_pages(p, total, content)

    @_api_generator('PageGenerator', 'templates')
    def pagetemplates(self, page, *, namespaces=None, total=None, content=False):
        p = {'titles': page.title(), 'prop': 'templates', 'tllimit': 'max'}
        if self._ns_param(namespaces):
            p['tlnamespace'] = self._ns_param(namespaces)
        return self._pages_from_list(self._prop_items(p, 'templates'), total, content)

    @_api_generator('PageGenerator', 'categories')
    def pagecategories(self, page, *, with_sort_key=False, total=None, content=False):
        """The page's categories. Without sort keys they come as
        pywikibot's PageGenerator (generator=categories) gives them: in the
        server's order, categories without a page first; with sort keys in
        the order of the page's category list."""
        from pywikibot.page import Category
        if not with_sort_key:
            p = {'titles': page.title(with_section=False), 'generator': 'categories', 'gcllimit': 'max'}
            return (Category(c) for c in self._query_pages(p, total, content))
        return self._pagecategories_sorted(page, total)

    def _pagecategories_sorted(self, page, total):
        from pywikibot.page import Category
        p = {'titles': page.title(), 'prop': 'categories', 'cllimit': 'max', 'clprop': 'sortkey'}
        n = 0
        for item in self._prop_items(p, 'categories'):
            # an empty sort key prefix is None, as pywikibot's
            yield Category(self, item['title'], sort_key=item.get('sortkeyprefix') or None)
            n += 1
            if total is not None and n >= total:
                return

    def _prop_items(self, params, prop):
        for q in _gw.query(self._fam, self.code, params):
            pages = q.get('pages', [])
            if isinstance(pages, dict):
                pages = list(pages.values())
            for d in pages:
                for item in d.get(prop, []):
                    yield item

    def loadrevisions(self, page, *, content=False, section=None, **kwargs):
        """Revisions of page (dicts), newest first (rvdir=True: oldest
        first); kwargs: starttime, endtime, user, excludeuser, total."""
        starttime = kwargs.get('starttime')
        endtime = kwargs.get('endtime')
        rvdir = kwargs.get('rvdir')
        user = kwargs.get('user')
        excludeuser = kwargs.get('excludeuser')
        total = kwargs.get('total')
        p = {'titles': page.title(), 'prop': 'revisions',
             'rvprop': 'ids|timestamp|flags|comment|parsedcomment|user|userid|size|sha1|tags|contentmodel|roles'
                       + ('|content' if content else ''),
             'rvslots': 'main', 'rvlimit': 'max' if total is None else str(min(total, 500))}
        if rvdir:
            p['rvdir'] = 'newer'
        if starttime is not None:
            p['rvstart'] = str(starttime)
        if endtime is not None:
            p['rvend'] = str(endtime)
        if user:
            p['rvuser'] = user
        if excludeuser:
            p['rvexcludeuser'] = excludeuser
        n = 0
        for q in _gw.query(self._fam, self.code, p):
            pages = q.get('pages', [])
            for d in pages:
                for r in d.get('revisions', []):
                    yield r
                    n += 1
                    if total is not None and n >= total:
                        return

    # -- writing --
    def editpage(self, page, summary=None, minor=True, notminor=False, bot=True, recreate=True,
                 createonly=False, nocreate=False, watch=None, **kwargs):
        text = kwargs.get('text', page._text if page._text is not None else '')
        req = {'title': page.title(), 'text': text, 'summary': summary or '',
               'minor': minor and not notminor, 'notminor': notminor, 'bot': bot,
               'createonly': createonly, 'nocreate': nocreate}
        if page._revision is not None:
            req['basetimestamp'] = str(page._revision['timestamp'])
            req['baserevid'] = page._revision['revid']
        if page._starttimestamp:
            req['starttimestamp'] = page._starttimestamp
        if watch in ('watch', 'unwatch', 'preferences', 'nochange'):
            req['watchlist'] = watch
        extra = self._edit_extra(kwargs)
        for known in ('section', 'tags'):
            if known in extra:
                req[known] = extra.pop(known)
        if extra:
            req['extra'] = extra
        self._login_for_token()
        import pywikibot
        if pywikibot.config.__dict__.get('simulate'):
            pywikibot.info('<<black;yellow>>SIMULATION: edit action blocked.')
            return {'result': 'Success', 'nochange': True, 'simulated': True}
        r = self._call('edit', req)
        for w in r.pop('warnings', None) or ():
            pywikibot.warning('API warning ({}): {}'.format(w['module'], w['text']))
        return r

    def _edit_extra(self, kwargs):
        """editpage's other keyword arguments as pywikibot's Request sends
        them (pywikibot passes them on to the API): True as '', False and
        None left out, lists '|'-joined."""
        from pywikibot.data.api import _format_value
        out = {}
        for key, value in kwargs.items():
            if key == 'text' or value is False or value is None:
                continue
            if value is True:
                out[key] = ''
            elif isinstance(value, (list, tuple, set, frozenset)):
                out[key] = '|'.join(_format_value(self, v) for v in value)
            else:
                out[key] = _format_value(self, value)
        return out

    def delete(self, page, reason, *, deletetalk=False, oldimage=None):
        title = page.title() if (not isinstance(page, str) and hasattr(page, 'title')) else str(page)
        req = {'action': 'delete', 'title': title, 'reason': reason}
        if deletetalk:
            req['deletetalk'] = True
        if oldimage:
            req['oldimage'] = oldimage
        return self._api(req, True, 'csrf')

    def protect(self, page, protections, reason, expiry=None, **kwargs):
        # pywikibot's need_right('protect'): judged by the userinfo at hand,
        # without logging in (a script that has not logged in, or kept no
        # session cookie, is the anonymous user "None" and stops here)
        self._require_right('protect')
        prot = '|'.join('{}={}'.format(k, v or 'all') for k, v in protections.items())
        req = {'action': 'protect', 'title': page.title(), 'protections': prot, 'reason': reason}
        if expiry:
            req['expiry'] = str(expiry)
        if kwargs.get('cascade'):
            req['cascade'] = True
        return self._api(req, True, 'csrf')

    def movepage(self, page, newtitle, summary, movetalk=True, noredirect=False, movesubpages=True):
        self._require_right('move')  # pywikibot's need_right('move'), before anything else
        # pywikibot checks this before asking the wiki
        if not page.exists():
            raise exceptions.NoPageError(page, 'Cannot move page {page} because it does not exist on {site}.')
        req = {'action': 'move', 'from': page.title(), 'to': newtitle, 'reason': summary,
               'movetalk': movetalk, 'noredirect': noredirect}
        from pywikibot.page import Page
        try:
            r = self._api(req, True, 'csrf')
        except exceptions.APIError as err:
            import pywikibot
            pywikibot.warning('API error {}: {}'.format(err.code, err.info))
            self._move_error(err, page, Page(self, newtitle))
            raise
        if 'talkmove-error-code' in r.get('move', {}):
            import pywikibot
            pywikibot.warning('movepage: Talk page {} not moved'.format(page.toggleTalkPage().title(as_link=True)))
        return Page(self, newtitle)

    # pywikibot 9.6.3's movepage errors: an exception class and whether it
    # names the new page (a LockedPageError: the locked one of the two), or
    # a message
    _MV_ERRORS = {
        'noapiwrite': 'API editing not enabled on {site} wiki',
        'writeapidenied': 'User {user} is not authorized to edit on {site} wiki',
        'nosuppress': 'User {user} is not authorized to move pages without creating redirects',
        'cantmove-anon': 'Bot is not logged in, and anon users are not authorized to move pages on {site} wiki',
        'cantmove': 'User {user} is not authorized to move pages on {site} wiki',
        'immobilenamespace': 'Pages in {oldnamespace} namespace cannot be moved on {site} wiki',
        'articleexists': ('ArticleExistsConflictError', True),
        'protectedpage': ('LockedPageError', None),
        'protectedtitle': ('LockedNoPageError', True),
        'nonfilenamespace': 'Cannot move a file to {newnamespace} namespace on {site} wiki',
        'filetypemismatch': '[[{newtitle}]] file extension does not match content of [[{oldtitle}]]',
        'missingtitle': "{oldtitle} doesn't exist",
    }

    def _move_error(self, err, page, newpage):
        """Raise pywikibot's exception for a movepage APIError, if it has
        one (the caller re-raises the APIError otherwise)."""
        on_error = self._MV_ERRORS.get(err.code)
        if on_error is None:
            return
        if isinstance(on_error, str):
            import pywikibot
            newlink = pywikibot.Link(newpage.title(), self)
            raise exceptions.Error(on_error.format_map({
                'site': self, 'oldtitle': page.title(), 'oldnamespace': self.namespace(page.namespace()),
                'newtitle': newpage.title(), 'newnamespace': self.namespace(newlink.namespace),
                'user': self.user()})) from None
        cls, on_new_page = getattr(exceptions, on_error[0]), on_error[1]
        if issubclass(cls, exceptions.LockedPageError):
            failed = page
            if newpage.exists():
                for prot in self.page_restrictions(newpage).values():
                    if not self.has_group(prot[0]):
                        failed = newpage
                        break
        else:
            failed = newpage if on_new_page else page
        raise cls(failed) from None

    def purgepages(self, pages, forcelinkupdate=False, forcerecursivelinkupdate=False, converttitles=False,
                   redirects=False):
        req = {'action': 'purge', 'titles': [p.title() for p in pages]}
        if forcelinkupdate:
            req['forcelinkupdate'] = True
        self._api(req, True)
        return True

    def _restriction_types(self, page):
        """The restriction types the wiki offers for page (prop=info)."""
        out = []
        for q in _gw.query(self._fam, self.code, {'titles': page.title(), 'prop': 'info',
                                                  'inprop': 'protection'}):
            for d in q.get('pages', []):
                out.extend(d.get('restrictiontypes', []))
        return out

    def page_restrictions(self, page):
        out = {}
        for q in _gw.query(self._fam, self.code, {'titles': page.title(), 'prop': 'info', 'inprop': 'protection'}):
            for d in q.get('pages', []):
                for pr in d.get('protection', []):
                    out[pr['type']] = (pr['level'], pr['expiry'])
        return out


# pywikibot.site.DataSite is pywikibot._wbclasses's, loaded on first use
# (see _lazy).


class _SiteInfo:
    """The wiki's siteinfo: the 'general' values by name, other groups
    (siprop) fetched on first access and kept for the run."""

    def __init__(self, site):
        self._site = site
        self._groups = {}

    def _general(self):
        return self._site._load_siteinfo()['General']

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        return self.get(key) is not None

    def __getitem__(self, key):
        g = self._general()
        if key in g:
            return g[key]
        # The core keeps the general values it uses; the others come from
        # pywikibot's requests, cached on disk as pywikibot caches them
        # (data.api.CachedRequest): the whole 'general' group with the
        # namespaces, asked once, then the siprop of key.
        if 'general' not in self._groups:
            q = self._query(['namespaces', 'namespacealiases', 'general'])
            for prop in ('namespaces', 'namespacealiases', 'general'):
                self._groups[prop] = q.get(prop, {})
        if key in self._groups['general']:
            return self._groups['general'][key]
        if key not in self._groups:
            q = self._query([key])
            if key not in q:
                raise KeyError(key)
            self._groups[key] = q[key]
        return self._groups[key]

    # pywikibot's Siteinfo.BOOLEAN_PROPS: flags the API (formatversion 1)
    # sends as '' when set and leaves out otherwise, made booleans
    BOOLEAN_PROPS = {
        'general': ['imagewhitelistenabled', 'langconversion', 'titleconversion', 'rtl', 'readonly',
                    'writeapi', 'variantarticlepath', 'misermode', 'uploadsenabled'],
        'namespaces': ['subpages', 'content', 'nonincludable'],
        'magicwords': ['case-sensitive'],
    }

    def _query(self, props, expiry=False):
        """The query part of pywikibot's siteinfo request for props
        (a CachedRequest kept config.API_config_expiry days), its flags
        made booleans as pywikibot makes them."""
        import pywikibot
        from pywikibot.data import api
        req = api.CachedRequest(pywikibot.config.API_config_expiry if expiry is False else expiry,
                                site=self._site,
                                parameters={'action': 'query', 'meta': 'siteinfo', 'siprop': props})
        q = req.submit().get('query', {})
        for prop in props:
            if prop in q and prop in self.BOOLEAN_PROPS:
                data = q[prop]
                flags = self.BOOLEAN_PROPS[prop]
                items = data if prop == 'magicwords' else (data.values() if prop == 'namespaces' else [data])
                for item in items:
                    for f in flags:
                        item[f] = f in item and item[f] is not False
        return q


class _Request:
    """site.simple_request(**params).submit()"""

    def __init__(self, site, params):
        self.site = site
        self._params = dict(params)

    def __getitem__(self, key):
        return self._params[key]

    def __setitem__(self, key, value):
        self._params[key] = value

    def submit(self):
        from pywikibot.data.api import WRITE_ACTIONS
        action = self._params.get('action', 'query')
        # pywikibot's Request: only its WRITE_ACTIONS write (an unknown
        # action asks no token and does not log in)
        write = action in WRITE_ACTIONS
        token = None
        if 'token' in self._params and self._params['token'] in ('csrf', 'patrol', 'watch', 'rollback'):
            token = self._params.pop('token')
        elif write:
            token = 'csrf'
            self._params.pop('token', None)
        params = dict(self._params)
        version = str(params.pop('formatversion', '1'))
        if version == '2':
            # named (the core's own choice): an API error then keeps the
            # wiki's 'docref' as pywikibot's does (under formatversion 1 the
            # wiki says '*', which pywikibot makes 'help')
            params['formatversion'] = version
            return self.site._api_request(params, write, token)
        r = self.site._api_request(params, write, token)
        return _to_formatversion1(r)


def _to_formatversion1(obj, key=None):
    """An API response (the core always asks for formatversion=2) in the
    shape pywikibot's requests get by default: true flags as '', false
    flags left out, query.pages keyed by page id (missing pages by -1, -2,
    ...), revision and slot content under '*'."""
    if isinstance(obj, list):
        return [_to_formatversion1(x) for x in obj]
    if not isinstance(obj, dict):
        return obj
    out = {}
    for k, v in obj.items():
        if v is True:
            out[k] = ''
        elif v is False:
            continue
        else:
            out[k] = _to_formatversion1(v, k)
    if isinstance(out.get('content'), str) and ('contentmodel' in out or 'contentformat' in out):
        out['*'] = out.pop('content')
    if key == 'query' and isinstance(out.get('pages'), list):
        pages = {}
        missing = 0
        for page in out['pages']:
            if isinstance(page, dict) and page.get('pageid'):
                pages[str(page['pageid'])] = page
            else:
                missing -= 1
                pages[str(missing)] = page
        out['pages'] = pages
    return out


Siteinfo = _SiteInfo


# The names _site_more defines (tests/surface checks that the lists agree).
_later(APISite, '''
    _cmpkey _interwikimap _patrol _querypage_items _require_right _upload_warnings _userinfo allcategories
    alldeletedrevisions allimages alllinks allusers ancientpages article_path articlepath
    assert_valid_iter_params blocks blockuser botusers broken_redirects category_redirects
    categoryinfo codes compare create_short_link dbName deadendpages deletedrevs deleterevs
    disambcategory doc_subpage double_redirects encoding encodings extract exturlusage file_extensions filearchive
    fromDBName getSite get_globaluserinfo get_parsed_page get_property_names get_searched_namespaces
    getcategoryinfo getcurrenttimestamp getredirtarget globalusage globaluserinfo
    has_all_mediawiki_messages has_extension has_image_repository has_mediawiki_message
    image_repository imageusage interwiki interwiki_prefix isInterwikiLink is_blocked
    is_data_repository is_image_repository is_locked is_oauth_token_available is_uploaddisabled
    linter_pages list_to_text load_pages_from_pageids loadimageinfo loadpageimage loadpageprops
    loadpageurls local_interwiki lock_page logevents logtypes lonelypages longpages maxlimit
    mediawiki_messages merge_history messages months_names mw_version nice_get_address notifications
    notifications_mark_read ns_normalize page_extlinks page_isredirect page_redirects pageimages
    pagelanglinks pagename2codes pagenamecodes pages_with_property patrol protectedpages querypage
    ratelimit redirect_regex redirectpages redirects rollbackpage sametitle server_time shortpages
    stash_info thank_revision unblockuser uncategorizedcategories uncategorizedfiles
    uncategorizedimages uncategorizedpages uncategorizedtemplates unconnected_pages undelete
    unlock_page unusedcategories unusedfiles unwatchedpages upload use_hard_category_redirects users
    validate_tokens wantedcategories wantedfiles wantedpages wantedtemplates watch watched_pages
    watchlist_revs withoutinterwiki
    _cache_proofreadinfo _request _request_class _flow _globalusage _need _require_right create_new_topic delete_post delete_topic hide_post hide_topic
    load_board load_post_current_revision load_topic load_topiclist loadcoordinfo lock_topic
    moderate_post moderate_topic proofread_index_ns proofread_levels proofread_page_ns reply_to_post
    restore_post restore_topic summarize_topic suppress_post suppress_topic thank_post throttle
    '''.split())
_later(Namespace, '_cmpkey builtin_namespaces canonical_namespaces default_case normalize_name'.split())
from pywikibot._lazy import site_dir as __dir__, site_getattr as __getattr__  # noqa: E402,F401  (ClosedSite)
