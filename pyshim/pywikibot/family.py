"""Objects representing MediaWiki families (gowikibot's own).

The base classes that family files subclass, with pywikibot's defaults.
gowikibot's Go code (pyshim/pyconfig) loads a family file, instantiates its
Family class and reads the URLs of each code through these methods.
"""
import pywikibot  # noqa: F401 (pywikibot.family.pywikibot, as pywikibot's)
from pywikibot import config  # noqa: F401 (pywikibot.family.config, as pywikibot's)
from pywikibot._lazy import _Submodule
from pywikibot.exceptions import FamilyMaintenanceWarning, UnknownFamilyError  # noqa: F401
from pywikibot.tools import classproperty, deprecated, remove_last_args  # noqa: F401 (family files import them here)

# The family loader imports this module for every Python family file, so
# it imports no more than it needs: the logger, types and the character
# sets are made without the logging, types and string modules at import.

# pywikibot's backports.removesuffix, which is str.removesuffix
removesuffix = str.removesuffix


class _FamilyLogger:
    """logging.getLogger('pywiki.wiki.family'), got on first use."""

    name = 'pywiki.wiki.family'

    def __getattr__(self, attr):
        import logging
        return getattr(logging.getLogger(self.name), attr)


logger = _FamilyLogger()

# the characters a family name and a site code may have
_DIGITS = '0123456789'
_LOWER = 'abcdefghijklmnopqrstuvwxyz'
NAME_CHARACTERS = _LOWER + _LOWER.upper() + _DIGITS
CODE_CHARACTERS = _LOWER + _DIGITS + '_-'

# pywikibot.data.wikistats, imported on first use
wikistats = _Submodule('pywikibot.data.wikistats')

SITE_INTERFACE = 'APISite'


def _attr(obj, name):
    """A class attribute, with a classproperty evaluated for the class."""
    value = getattr(obj, name, None)
    if isinstance(value, classproperty):
        value = value.method(obj if isinstance(obj, type) else type(obj))
    return value


def _subdomain_langs(cls):
    domain = _attr(cls, 'domain')
    codes = sorted(cls.codes)
    codes = codes + list(getattr(cls, 'test_codes', ())) + list(cls.closed_wikis)
    langs = {}
    for code in codes:
        langs[code] = code + '.' + domain
    for alias in cls.code_aliases:
        langs[alias] = cls.code_aliases[alias] + '.' + domain
    return langs


def _fandom_langs(cls):
    codes = sorted(cls.codes) + list(getattr(cls, 'code_aliases', {}))
    domain = _attr(cls, 'domain')
    return {code: domain for code in codes}


def _subdomain_codes(cls):
    # family files of pywikibot 7 and older list languages_by_size
    return list(getattr(cls, 'languages_by_size', None) or [])


def _family_codes(cls):
    return set(cls.langs)


def _wikimedia_org_domain(cls):
    return cls.name + '.wikimedia.org'


def _wikimedia_domain(cls):
    if cls.name in (cls.multi_language_content_families
                    + cls.other_content_families):
        return cls.name + '.org'
    if cls.name in (cls.wikimedia_org_content_families
                    + cls.wikimedia_org_meta_families
                    + cls.wikimedia_org_other_families):
        return 'wikimedia.org'
    raise NotImplementedError(
        'Family ' + cls.name + " needs to define property 'domain'")


class _FamilyType(type):
    """The metaclass of Family. A site's family (site.family, gowikibot's
    pywikibot.site.Family, which reads its data through the site) counts
    as an instance of the classes its loaded family (Family.load of its
    name) is an instance of: isinstance(site.family, WikimediaFamily)
    answers as in pywikibot, whose site.family is that loaded family."""

    def __instancecheck__(cls, obj):
        if type.__instancecheck__(cls, obj):
            return True
        from pywikibot.site import Family as SiteFamily
        if not type.__instancecheck__(SiteFamily, obj):
            return False
        try:
            return type.__instancecheck__(cls, Family.load(obj.name))
        except UnknownFamilyError:
            return False


class Family(metaclass=_FamilyType):

    """Parent class for all wiki families."""

    def __new__(cls):
        # pywikibot 9: a family class with an initializer is refused (an
        # old-style family, sww-bot's StarWarsWikiFamily() made in a script)
        if '__init__' in cls.__dict__:
            from textwrap import fill
            raise RuntimeError(fill(
                f'Family class {cls.__module__}.{cls.__name__} cannot be'
                ' instantiated; use __post_init__() classmethod to modify'
                ' your family class. Refer the documentation.', width=66))
        return super().__new__(cls)

    name = None
    langs = {}
    domain = None
    code_aliases = {}
    closed_wikis = []
    removed_wikis = []
    category_redirect_templates = {'_default': []}
    disambiguationTemplates = {'_default': []}
    disambcatname = {}
    edit_restricted_templates = {}
    archived_page_templates = {}
    interwiki_forward = None
    #: languages whose articles often have the same titles, grouped by script
    #: (a language written in several scripts is in each of their groups):
    #: an interwiki hint 'cyril:Title' stands for each language of the group
    language_groups = {
        'arab': ['ar', 'ary', 'arz', 'azb', 'ckb', 'fa', 'glk', 'ks', 'lrc', 'mzn', 'ps', 'sd', 'ur', 'ha', 'kk',
                 'ku', 'pnb', 'ug'],
        'chinese': ['wuu', 'zh', 'zh-classical', 'zh-yue', 'gan', 'ii', 'ja', 'za'],
        'cyril': ['ab', 'av', 'ba', 'be', 'be-tarask', 'bg', 'bxr', 'ce', 'cu', 'cv', 'kbd', 'koi', 'kv', 'ky',
                  'mk', 'lbe', 'mdf', 'mn', 'mo', 'myv', 'mhr', 'mrj', 'os', 'ru', 'rue', 'sah', 'tg', 'tk',
                  'udm', 'uk', 'xal', 'ha', 'kk', 'sh', 'sr', 'tt'],
        'grec': ['el', 'grc', 'pnt'],
        'latin': ['aa', 'ace', 'af', 'ak', 'als', 'an', 'ang', 'ast', 'ay', 'bar', 'bat-smg', 'bcl', 'bi', 'bm',
                  'br', 'bs', 'ca', 'cbk-zam', 'cdo', 'ceb', 'ch', 'cho', 'chy', 'co', 'crh', 'cs', 'csb', 'cy',
                  'da', 'de', 'diq', 'dsb', 'ee', 'eml', 'en', 'eo', 'es', 'et', 'eu', 'ext', 'ff', 'fi',
                  'fiu-vro', 'fj', 'fo', 'fr', 'frp', 'frr', 'fur', 'fy', 'ga', 'gag', 'gd', 'gl', 'gn', 'gv',
                  'hak', 'haw', 'hif', 'ho', 'hr', 'hsb', 'ht', 'hu', 'hz', 'ia', 'id', 'ie', 'ig', 'ik', 'ilo',
                  'io', 'is', 'it', 'jbo', 'jv', 'kaa', 'kab', 'kg', 'ki', 'kj', 'kl', 'kr', 'ksh', 'kw', 'la',
                  'lad', 'lb', 'lg', 'li', 'lij', 'lmo', 'ln', 'lt', 'ltg', 'lv', 'map-bms', 'mg', 'mh', 'mi',
                  'ms', 'mt', 'mus', 'mwl', 'na', 'nah', 'nap', 'nds', 'nds-nl', 'ng', 'nl', 'nn', 'no', 'nov',
                  'nrm', 'nv', 'ny', 'oc', 'om', 'pag', 'pam', 'pap', 'pcd', 'pdc', 'pfl', 'pih', 'pl', 'pms',
                  'pt', 'qu', 'rm', 'rn', 'ro', 'roa-rup', 'roa-tara', 'rw', 'sc', 'scn', 'sco', 'se', 'sg',
                  'simple', 'sk', 'sl', 'sm', 'sn', 'so', 'sq', 'srn', 'ss', 'st', 'stq', 'su', 'sv', 'sw', 'szl',
                  'tet', 'tl', 'tn', 'to', 'tpi', 'tr', 'ts', 'tum', 'tw', 'ty', 'uz', 've', 'vec', 'vi', 'vls',
                  'vo', 'wa', 'war', 'wo', 'xh', 'yo', 'zea', 'zh-min-nan', 'zu', 'az', 'chr', 'ckb', 'ha', 'iu',
                  'kk', 'ku', 'rmy', 'sh', 'sr', 'tt', 'ug', 'za'],
        'scand': ['da', 'fo', 'is', 'nb', 'nn', 'no', 'sv'],
    }
    crossnamespace = {}
    ldapDomain = ()
    title_delimiter_and_aliases = ' _'
    cross_projects = []
    codes = classproperty(_family_codes)

    #: the cookies of cross-project sessions (Wikimedia's CentralAuth)
    cross_projects_cookies = ['centralauth_Session', 'centralauth_Token', 'centralauth_User']
    cross_projects_cookie_username = 'centralauth_User'
    #: the languages allowed to link across namespaces
    cross_allowed = []
    #: where interwiki links and categories go in a page's text
    interwiki_attop = []
    interwiki_on_one_line = []
    interwiki_text_separator = '\n\n'
    interwiki_putfirst = {}
    category_attop = []
    category_on_one_line = []
    category_text_separator = '\n\n'
    categories_last = []
    #: (code, family) of the wiki whose URL shortener the family uses
    shared_urlshortner_wiki = None

    domains = classproperty(lambda cls: set(cls.langs.values()))
    domains.__doc__ = 'The domain names of the family\'s wikis.'
    interwiki_replacements = classproperty(lambda cls: __import__('types').MappingProxyType(cls.code_aliases))
    interwiki_replacements.__doc__ = 'Old language codes and the codes that replace them.'
    interwiki_removals = classproperty(lambda cls: frozenset(list(cls.removed_wikis) + list(cls.closed_wikis)))
    interwiki_removals.__doc__ = 'The codes of the removed and closed wikis, a frozenset.'
    instance = classproperty(lambda cls: cls())
    instance.__doc__ = 'The family\'s instance.'

    @property
    def obsolete(self):
        """Old codes that are not the family's: the removed ones (None)
        and the replaced ones (their new code)."""
        import types
        data = dict.fromkeys(self.interwiki_removals)
        data.update(self.interwiki_replacements)
        return types.MappingProxyType(data)

    def disambig(self, code, fallback='_default'):
        """The disambiguation templates of code (else fallback's; a
        KeyError without fallback)."""
        if code in self.disambiguationTemplates:
            return self.disambiguationTemplates[code]
        if fallback:
            return self.disambiguationTemplates[fallback]
        raise KeyError('ERROR: title for disambig template in language {} unknown'.format(code))

    def get_edit_restricted_templates(self, code):
        """The templates that restrict editing a page on code's wiki."""
        return self.edit_restricted_templates.get(code, ())

    def get_archived_page_templates(self, code):
        """The templates that mark an archived page on code's wiki."""
        return self.archived_page_templates.get(code, ())

    def category_redirects(self, code, fallback='_default'):
        """The category redirect templates of code's wiki (else
        fallback's) with the redirects to them the wiki has."""
        cache = self.__dict__.setdefault('_catredirtemplates', {})
        if code not in cache:
            if code in self.category_redirect_templates:
                names = self.category_redirect_templates[code]
            elif fallback and fallback in self.category_redirect_templates:
                names = self.category_redirect_templates[fallback]
            else:
                cache[code] = []
                return cache[code]
            site = pywikibot.Site(code, self)
            ns = site.namespaces.TEMPLATE
            more = set()
            for name in names:
                for t in pywikibot.Page(site, name, ns=ns).backlinks(filter_redirects=True, namespaces=ns):
                    title = t.title(with_ns=False)
                    if title not in names:
                        more.add(title)
            cache[code] = list(names) + list(more)
        return cache[code]

    # (the deprecation warnings are issued inline, not by the decorators,
    # whose wrapping needs inspect when the class is made)
    def linktrail(self, code, *fallback):
        """The link trail regex (a str) of code's Wikipedia (deprecated
        since pywikibot 7.3; a fallback argument is dropped)."""
        from pywikibot.tools import issue_deprecation_warning
        if fallback:
            import warnings
            warnings.warn("The trailing arguments ('fallback') of pywikibot.family.Family.linktrail are "
                          "deprecated. The value(s) provided for 'fallback' have been dropped.",
                          DeprecationWarning, 2)
        issue_deprecation_warning('pywikibot.family.Family.linktrail', 'APISite.linktrail()', since='7.3.0')
        return pywikibot.Site(code, 'wikipedia').linktrail()

    # the parameters linktrail takes (as pywikibot's remove_last_args
    # wrapper shows them: the function it wraps)
    def _linktrail_params(self, code):
        raise NotImplementedError

    linktrail.__wrapped__ = _linktrail_params

    def maximum_GET_length(self, code):
        """config.maximum_GET_length (deprecated since pywikibot 8.0)."""
        from pywikibot.tools import issue_deprecation_warning
        issue_deprecation_warning('pywikibot.family.Family.maximum_GET_length', 'config.maximum_GET_length',
                                  since='8.0.0')
        return config.maximum_GET_length

    def from_url(self, url):
        """The code of the family's wiki that url (a page's URL, maybe
        with $1) belongs to; None for none, RuntimeError for several."""
        from itertools import chain
        from urllib.parse import urlparse
        parsed = urlparse(url)
        if parsed.scheme not in ('http', 'https', ''):
            return None
        path = parsed.path + ('?' + parsed.query if parsed.query else '')
        path = path.partition('$1')[0]
        if not any(domain in parsed.netloc for domain in self.domains):
            return None
        matched = set()
        for code in chain(self.codes, getattr(self, 'test_codes', ()), getattr(self, 'closed_wikis', ())):
            if self._hostname(code)[1] != parsed.netloc:
                continue
            site = pywikibot.Site(code, self.name)
            pywikibot.log('Found candidate {}'.format(site))
            base = site.path()
            for prefix in (base + '{}', base + '/{}', base + '?title={}', site.articlepath):
                if path.startswith(prefix.partition('{}')[0]):
                    matched.add(site)
                    break
        if len(matched) == 1:
            return matched.pop().code
        if not matched:
            return None
        raise RuntimeError('Found multiple matches for URL "{}": {}'.format(
            url, ', '.join(str(s) for s in matched)))

    # Family.load's loaded families by name.
    _families = {}

    @staticmethod
    def load(fam=None):
        """The family named fam (config.family when None): a Family
        instance of its class (WikimediaFamily for the Wikimedia ones), with
        its name, langs and codes; loaded once, as pywikibot's.

        :raises pywikibot.exceptions.UnknownFamilyError: no such family
        """
        if fam is None:
            from pywikibot import config
            fam = config.family
        if fam not in Family._families:
            import _gowikibot
            Family._families[fam] = _loaded_family(_gowikibot.family_load(fam))
        return Family._families[fam]

    def protocol(self, code):
        return 'https'

    def verify_SSL_certificate(self, code):
        return True

    def hostname(self, code):
        return self.langs[code]

    def ssl_hostname(self, code):
        return self.hostname(code)

    def scriptpath(self, code):
        return '/w'

    def ssl_pathprefix(self, code):
        return ''

    def _hostname(self, code, protocol=None):
        if protocol is None:
            protocol = self.protocol(code)
        if protocol == 'https':
            host = self.ssl_hostname(code)
        else:
            host = self.hostname(code)
        return protocol, host

    def base_url(self, code, uri, protocol=None):
        protocol, host = self._hostname(code, protocol)
        if protocol == 'https':
            uri = self.ssl_pathprefix(code) + uri
        return protocol + '://' + host + uri

    def path(self, code):
        return self.scriptpath(code) + '/index.php'

    def querypath(self, code):
        return self.scriptpath(code) + '/query.php'

    def apipath(self, code):
        return self.scriptpath(code) + '/api.php'

    def get_address(self, code, title):
        return self.path(code) + '?title=' + title + '&redirect=no'

    def interface(self, code):
        if code in self.closed_wikis:
            return 'ClosedSite'
        if code in self.removed_wikis:
            return 'RemovedSite'
        return SITE_INTERFACE

    def dbName(self, code):
        return code + self.name

    def encoding(self, code):
        return 'utf-8'

    def encodings(self, code):
        return (self.encoding(code),)

    def isPublic(self, code):
        return True

    def shared_image_repository(self, code):
        return (None, None)

    def shared_data_repository(self, code):
        return (None, None)

    def post_get_convert(self, site, getText):
        return getText

    def pre_put_convert(self, site, putText):
        return putText

    def eventstreams_host(self, code):
        raise NotImplementedError('This family does not support EventStreams')

    def eventstreams_path(self, code):
        raise NotImplementedError('This family does not support EventStreams')

    def __str__(self):
        return self.name

    def __repr__(self):
        return 'Family("' + self.name + '")'

    def __eq__(self, other):
        """Whether other is this family, or a name whose family it is
        (the family is loaded: UnknownFamilyError for an unknown name)."""
        if not type.__instancecheck__(Family, other):
            # a name, or a site's family (compared as its loaded family)
            other = self.load(other.name if isinstance(other, Family) else other)
        return self is other

    def __ne__(self, other):
        try:
            return not self.__eq__(other)
        except UnknownFamilyError:
            return False

    def __hash__(self):
        return hash(self.name)

    # gowikibot: langs and codes are class properties in pywikibot; the
    # embedded interpreter computes them with these methods.
    def _gwb_langs(self):
        return self.langs

    def _gwb_codes(self):
        codes = getattr(self, 'codes', None)
        if codes and not isinstance(codes, classproperty):
            return list(codes)
        return list(self._gwb_langs().keys())

    def _gwb_domain(self):
        return _attr(self, 'domain')


class SingleSiteFamily(Family):

    """Single site family."""

    def __new__(cls):
        # as 9.6.3's: the code is the family's name unless the class names
        # one, and langs maps it to the domain (AutoFamily's code and langs)
        if not hasattr(cls, 'code'):
            cls.code = cls.name
        domain = _attr(cls, 'domain')
        if domain:
            cls.langs = {cls.code: domain}
        return super().__new__(cls)

    def _gwb_langs(self):
        code = getattr(self, 'code', None) or self.name
        return {code: self._gwb_domain()}

    def _gwb_codes(self):
        return [getattr(self, 'code', None) or self.name]

    def hostname(self, code):
        return self._gwb_domain()


class SubdomainFamily(Family):

    """Multi site wikis that are subdomains of the same top level domain."""

    codes = classproperty(_subdomain_codes)
    langs = classproperty(_subdomain_langs)

    def _gwb_langs(self):
        langs = self.langs
        if isinstance(langs, dict):
            return langs
        return _subdomain_langs(self)

    def _gwb_codes(self):
        return list(self.codes)

    def hostname(self, code):
        return self._gwb_langs()[code]


class FandomFamily(Family):

    """Common features of Fandom families."""

    langs = classproperty(_fandom_langs)

    def _gwb_langs(self):
        langs = self.langs
        if isinstance(langs, dict):
            return langs
        return _fandom_langs(type(self))

    def hostname(self, code):
        return self._gwb_langs()[code]

    def scriptpath(self, code):
        if code == 'en':
            return ''
        return '/' + code


class WikimediaFamily(Family):

    """Class for all wikimedia families."""

    multi_language_content_families = [
        'wikibooks', 'wikinews', 'wikipedia', 'wikiquote', 'wikisource',
        'wikiversity', 'wikivoyage', 'wiktionary',
    ]
    wikimedia_org_content_families = ['commons', 'incubator', 'species']
    wikimedia_org_meta_families = [
        'meta', 'outreach', 'strategy', 'wikimediachapter', 'wikimania',
    ]
    wikimedia_org_other_families = ['wikitech']
    other_content_families = [
        'lingualibre', 'mediawiki', 'wikidata', 'wikifunctions',
    ]
    # Language codes of the Wikimedia wikis (pywikibot 9.6.3's list).
    known_codes = [
        'aa', 'ab', 'ace', 'ady', 'af', 'ak', 'als', 'alt', 'am', 'ami', 'an',
        'ang', 'ar', 'arc', 'ary', 'arz', 'as', 'ast', 'atj', 'av', 'avk',
        'awa', 'ay', 'az', 'azb', 'ba', 'ban', 'bar', 'bat-smg', 'bcl', 'be',
        'be-tarask', 'bg', 'bh', 'bi', 'bjn', 'blk', 'bm', 'bn', 'bo', 'bpy',
        'br', 'bs', 'bug', 'bxr', 'ca', 'cbk-zam', 'cdo', 'ce', 'ceb', 'ch',
        'cho', 'chr', 'chy', 'ckb', 'co', 'cr', 'crh', 'cs', 'csb', 'cu', 'cv',
        'cy', 'da', 'dag', 'de', 'din', 'diq', 'dk', 'dsb', 'dty', 'dv', 'dz',
        'ee', 'el', 'eml', 'en', 'eo', 'es', 'et', 'eu', 'ext', 'fa', 'ff',
        'fi', 'fiu-vro', 'fj', 'fo', 'fr', 'frp', 'frr', 'fur', 'fy', 'ga',
        'gag', 'gan', 'gcr', 'gd', 'gl', 'glk', 'gn', 'gom', 'gor', 'got',
        'gu', 'guw', 'gv', 'ha', 'hak', 'haw', 'he', 'hi', 'hif', 'ho', 'hr',
        'hsb', 'ht', 'hu', 'hy', 'hyw', 'hz', 'ia', 'id', 'ie', 'ig', 'ii',
        'ik', 'ilo', 'inh', 'io', 'is', 'it', 'iu', 'ja', 'jam', 'jbo', 'jv',
        'ka', 'kaa', 'kab', 'kbd', 'kbp', 'kcg', 'kg', 'ki', 'kj', 'kk', 'kl',
        'km', 'kn', 'ko', 'koi', 'kr', 'krc', 'ks', 'ksh', 'ku', 'kv', 'kw',
        'ky', 'la', 'lad', 'lb', 'lbe', 'lez', 'lfn', 'lg', 'li', 'lij', 'lld',
        'lmo', 'ln', 'lo', 'lrc', 'lt', 'ltg', 'lv', 'mad', 'mai', 'map-bms',
        'mdf', 'mg', 'mh', 'mhr', 'mi', 'min', 'mk', 'ml', 'mn', 'mni', 'mnw',
        'mo', 'mr', 'mrj', 'ms', 'mt', 'mus', 'mwl', 'my', 'myv', 'mzn', 'na',
        'nah', 'nan', 'nap', 'nb', 'nds', 'nds-nl', 'ne', 'new', 'ng', 'nia',
        'nl', 'nn', 'no', 'nov', 'nqo', 'nrm', 'nso', 'nv', 'ny', 'oc', 'olo',
        'om', 'or', 'os', 'pa', 'pag', 'pam', 'pap', 'pcd', 'pcm', 'pdc',
        'pfl', 'pi', 'pih', 'pl', 'pms', 'pnb', 'pnt', 'ps', 'pt', 'pwn', 'qu',
        'rm', 'rmy', 'rn', 'ro', 'roa-rup', 'roa-tara', 'ru', 'rue', 'rw',
        'sa', 'sah', 'sat', 'sc', 'scn', 'sco', 'sd', 'se', 'sg', 'sh', 'shi',
        'shn', 'si', 'simple', 'sk', 'skr', 'sl', 'sm', 'smn', 'sn', 'so',
        'sq', 'sr', 'srn', 'ss', 'st', 'stq', 'su', 'sv', 'sw', 'szl', 'szy',
        'ta', 'tay', 'tcy', 'te', 'tet', 'tg', 'th', 'ti', 'tk', 'tl', 'tn',
        'to', 'tpi', 'tr', 'trv', 'ts', 'tt', 'tum', 'tw', 'ty', 'tyv', 'udm',
        'ug', 'uk', 'ur', 'uz', 've', 'vec', 'vep', 'vi', 'vls', 'vo', 'wa',
        'war', 'wo', 'wuu', 'xal', 'xh', 'xmf', 'yi', 'yo', 'za', 'zea', 'zh',
        'zh-classical', 'zh-cn', 'zh-min-nan', 'zh-tw', 'zh-yue', 'zu',
    ]

    # pywikibot 7 and older: the interwiki sort orders, which family files
    # of that time use as the list of all codes (gowikibot keeps no
    # interwiki sort order: the known codes, sorted).
    alphabetic = classproperty(lambda cls: sorted(cls.known_codes))
    alphabetic_revised = alphabetic
    fyinterwiki = alphabetic

    code_aliases = {
        'dk': 'da', 'jp': 'ja', 'nb': 'no', 'mo': 'ro',
        'minnan': 'zh-min-nan', 'nan': 'zh-min-nan', 'zh-tw': 'zh',
        'zh-cn': 'zh', 'nds_nl': 'nds-nl', 'be-x-old': 'be-tarask',
    }

    domain = classproperty(_wikimedia_domain)

    def shared_image_repository(self, code):
        return ('commons', 'commons')


class WikimediaOrgFamily(SingleSiteFamily, WikimediaFamily):

    """Single site family for sites hosted at ``*.wikimedia.org``."""

    domain = classproperty(_wikimedia_org_domain)


class WikibaseFamily(Family):

    """A base class for a Wikibase Family."""

    def interface(self, code):
        return 'DataSite'


class DefaultWikibaseFamily(WikibaseFamily):

    """A base class for a Wikibase Family with default settings."""


_KINDS = {
    'Family': Family, 'SingleSiteFamily': SingleSiteFamily, 'SubdomainFamily': SubdomainFamily,
    'FandomFamily': FandomFamily, 'WikimediaFamily': WikimediaFamily,
    'WikimediaOrgFamily': WikimediaOrgFamily, 'WikibaseFamily': WikibaseFamily,
    'DefaultWikibaseFamily': DefaultWikibaseFamily,
}


def _site_value(key, method=None):
    """A Family method returning the core's value of key for a code it
    knows, the base class's method for any other code."""
    method = method or key

    def value(self, code):
        site = self._gwb_sites.get(code)
        if site is None:
            return getattr(super(type(self), self), method)(code)
        return site[key]
    value.__name__ = method
    return value


def _loaded_family(info):
    """A Family instance from the Go core's description of a family
    (_gowikibot.family_load): a class of the family's kind, a Wikimedia
    family also a WikimediaFamily, with the family's codes and hosts."""
    base = _KINDS.get(info['kind'], Family)
    if info['kind'] == 'AutoFamily':
        # a family_files URL: pywikibot's AutoFamily is a SingleSiteFamily,
        # also one named like a Wikimedia family (family_files['meta'] =
        # 'https://meta.miraheze.org/w/api.php')
        base = SingleSiteFamily
    bases = (base,)
    wikimedia = (WikimediaFamily.multi_language_content_families + WikimediaFamily.other_content_families
                 + WikimediaFamily.wikimedia_org_content_families + WikimediaFamily.wikimedia_org_meta_families
                 + WikimediaFamily.wikimedia_org_other_families)
    if info.get('builtin') and info['name'] in wikimedia and not issubclass(base, WikimediaFamily):
        bases = (base, WikimediaFamily)
    langs = dict(info['langs'])
    attrs = {
        '__module__': 'pywikibot.families.{}_family'.format(info['name']),
        '__doc__': 'Family class for {}.'.format(info['name']),
        'name': info['name'],
        'langs': langs,
        'codes': set(info['codes']) or set(langs),
        'code_aliases': dict(info['code_aliases']),
        'closed_wikis': list(info['closed_wikis']),
        'removed_wikis': list(info['removed_wikis']),
    }
    if issubclass(base, SingleSiteFamily) and len(langs) == 1:
        # a single site family names its site: code and domain
        (attrs['code'], attrs['domain']), = langs.items()
    docs = info.get('doc_subpages')
    if docs is not None:
        # pywikibot's shape: '_default' a (suffixes, codes) pair, a code its suffixes
        attrs['doc_subpages'] = {code: (tuple(v[0]), list(v[1])) if code == '_default' else tuple(v)
                                 for code, v in docs.items()}
    sites = info.get('sites')
    if sites:
        # a family file's own protocol(), hostname(), scriptpath() and
        # verify_SSL_certificate(), as the core evaluated them per code
        attrs['_gwb_sites'] = {code: dict(v) for code, v in sites.items()}
        attrs['protocol'] = _site_value('protocol')
        attrs['hostname'] = _site_value('hostname')
        attrs['scriptpath'] = _site_value('scriptpath')
        attrs['verify_SSL_certificate'] = _site_value('verify', 'verify_SSL_certificate')
    if not info.get('builtin'):
        for name, value in _family_file_data(info['name']).items():
            attrs.setdefault(name, value)
    cls = type('AutoFamily' if info['kind'] == 'AutoFamily' else 'Family', bases, attrs)
    fam = cls()
    paths = info.get('scriptpath') or {}
    if any(fam.scriptpath(code) != path for code, path in paths.items()):
        # the family's own script paths (wikihow's and lingualibre's are
        # ''), as its module's scriptpath() gives them in 9.6.3
        default = fam.scriptpath

        def scriptpath(self, code, _paths=dict(paths), _default=default):
            return _paths[code] if code in _paths else _default(code)

        cls.scriptpath = scriptpath
    fam._gwb_builtin = bool(info.get('builtin'))
    return fam


def _family_file_data(name):
    """The data a third-party family file's Family class (and its bases
    up to pywikibot's) sets: category_redirect_templates, disambiguation
    templates, interwiki orders and the like, as pywikibot's Family.load,
    which runs the file in the script's process, has them. The Go core
    evaluates the file's methods; {} when the file is not on disk or does
    not run here."""
    path = config.family_files.get(name)
    if not isinstance(path, str) or path.startswith('<gowikibot>') or '://' in path:
        return {}
    try:
        with open(path, encoding='utf-8') as f:
            source = f.read()
        ns = {'__name__': 'pywikibot.families.{}_family'.format(name), '__file__': path}
        exec(compile(source, path, 'exec'), ns)
        file_cls = ns.get('Family')
        if not isinstance(file_cls, type):
            return {}
    except Exception:
        return {}
    data = {}
    for klass in reversed(file_cls.__mro__):
        if klass.__module__ == 'pywikibot.family' or klass is object:
            continue
        for key, value in vars(klass).items():
            if key.startswith('__') or callable(value) or isinstance(value, (classmethod, staticmethod, property)):
                continue
            data[key] = value
    return data


def _gwb_family_name(fam):
    """The name the Go core knows fam by: an AutoFamily object is
    registered with its URL in config.family_files first (as a family_files
    entry naming a URL is an AutoFamily in pywikibot)."""
    url = getattr(fam, '_gwb_url', None)
    if url is not None:
        from pywikibot import config
        if config.family_files.get(fam.name) != url:
            config.family_files[fam.name] = url
    return fam.name


def AutoFamily(name, url):
    """Family that uses the given API endpoint URL."""
    scheme, rest = 'https', url
    i = url.find('://')
    if i >= 0:
        scheme, rest = url[:i], url[i + 3:]
    i = rest.find('/')
    if i >= 0:
        netloc, path = rest[:i], rest[i:]
    else:
        netloc, path = rest, ''
    for mark in ('?', '#'):
        i = path.find(mark)
        if i >= 0:
            path = path[:i]

    class AutoFamily(SingleSiteFamily):
        pass

    AutoFamily.name = name
    AutoFamily._gwb_url = url
    AutoFamily.domain = netloc
    AutoFamily._gwb_scheme = scheme
    AutoFamily._gwb_path = path

    def protocol(self, code):
        return self._gwb_scheme

    def scriptpath(self, code):
        if self._gwb_path.endswith('/api.php'):
            return self._gwb_path[:-len('/api.php')]
        return '/w'

    AutoFamily.protocol = protocol
    AutoFamily.scriptpath = scriptpath
    return AutoFamily()
