"""pywikibot.data.api: MediaWiki Action API requests and query
generators, with pywikibot's names (gowikibot: every request is sent by
the Go site core, which does the tokens, throttling, maxlag and retries,
login and continuation).

Responses have pywikibot's default shape (formatversion 1: flags as '',
query.pages keyed by page id) unless formatversion=2 is asked for.
"""
import datetime
import sys

import pywikibot
from pywikibot.comms import http  # noqa: F401 (pywikibot.data.api.http, as pywikibot's)
from pywikibot.data._api_more import (  # noqa: F401 (pywikibot.data.api exports them)
    APIGenerator,
    APIGeneratorBase,
    OptionSet,
)
from pywikibot.exceptions import APIError, Error  # noqa: F401
from pywikibot.family import SubdomainFamily  # noqa: F401 (pywikibot's api imports it)
from pywikibot.tools import ModuleDeprecationWrapper  # noqa: F401 (pywikibot's api imports it)

__all__ = ('APIError', 'APIGenerator', 'APIGeneratorBase', 'CachedRequest', 'ListGenerator',
           'LogEntryListGenerator', 'LoginManager', 'OptionSet', 'PageGenerator', 'ParamInfo',
           'PropertyGenerator', 'QueryGenerator', 'Request', 'encode_url', 'update_page')

# pywikibot.data.api is a package whose modules _generators and _paraminfo
# scripts reach into; here it is one module, which they name.
_generators = _paraminfo = sys.modules[__name__]

# the actions that change the wiki (pywikibot's WRITE_ACTIONS, 9.6.3)
WRITE_ACTIONS = {
    'block', 'clearhasmsg', 'createaccount', 'delete', 'edit', 'emailuser', 'filerevert',
    'flowthank', 'imagerotate', 'import', 'managetags', 'mergehistory', 'move', 'options',
    'patrol', 'protect', 'purge', 'resetpassword', 'revisiondelete', 'rollback', 'setnotificationtimestamp',
    'setpagelanguage', 'tag', 'thank', 'unblock', 'undelete', 'upload', 'userrights', 'watch',
    'wbcreateclaim', 'wbcreateredirect', 'wbeditentity', 'wblinktitles', 'wbmergeitems',
    'wbremoveclaims', 'wbremovequalifiers', 'wbremovereferences', 'wbsetaliases', 'wbsetclaim',
    'wbsetclaimvalue', 'wbsetdescription', 'wbsetlabel', 'wbsetqualifier', 'wbsetreference',
    'wbsetsitelink',
}

_TOKEN_TYPES = ('csrf', 'patrol', 'watch', 'rollback', 'userrights', 'login', 'createaccount',
                'deleteglobalaccount', 'setglobalaccountstatus')

_PARAM_DEFAULT = object()


def _format_value(site, value):
    if isinstance(value, datetime.datetime):
        return value.strftime('%Y-%m-%dT%H:%M:%SZ')
    if isinstance(value, pywikibot.page.BasePage):
        if value.site != site:
            raise RuntimeError('value.site {!r} is different from Request.site {!r}'
                               .format(value.site, site))
        return value.title(with_section=False)
    return str(value)


class Request:
    """A request to the API of site: a mutable mapping of its parameters
    (each value kept as a list, '|'-joined when sent); submit() sends it
    and returns the decoded response.

    Request(site, parameters={'action': ...}) is the form to use; keyword
    parameters (Request(site, action=...)) are accepted as pywikibot
    accepts them."""

    def __init__(self, site=None, mime=None, throttle=True, max_retries=None, retry_wait=None,
                 use_get=None, parameters=_PARAM_DEFAULT, **kwargs):
        if site is None:
            import warnings
            self.site = pywikibot.Site()
            warnings.warn('Request() invoked without a site; setting to {}'.format(self.site),
                          RuntimeWarning, 2)
        else:
            self.site = site
        if isinstance(mime, bool):
            raise TypeError('mime param in api.Request() must not be boolean')
        self.mime = mime
        self.throttle = throttle
        self.use_get = use_get
        self.max_retries = max_retries
        self.retry_wait = retry_wait
        if kwargs:
            if parameters is not _PARAM_DEFAULT:
                kwargs['parameters'] = parameters
            parameters = kwargs
        elif parameters is _PARAM_DEFAULT:
            parameters = {}
        self._params = {}
        if 'action' not in parameters:
            raise ValueError("'action' specification missing from Request.")
        self.action = parameters['action']
        self.update(parameters)
        self.write = self.action in WRITE_ACTIONS
        if self.write:
            own = getattr(self.site, '__dict__', {})
            if '_userinfo_set' in own or '_userinfo' in own:
                self._check_write_user()
            self['assert'] = 'user'

    def _check_write_user(self):
        """pywikibot 9.6.3's client-side check of a write action, made when
        the script set the site's userinfo: Error without a user name or
        as an IP, a warning for a user other than the site's. (Otherwise
        gowikibot's core logs in when the write is sent.)"""
        info = self.site.userinfo
        try:
            username = info['name']
        except KeyError:
            raise Error('API write action attempted without user name')
        if 'anon' in info:
            raise Error('API write action attempted as IP {!r}'.format(username))
        if not self.site.user() or self.site.username() != username:
            pywikibot.warning('API write action by unexpected username {} commenced.\nuserinfo: {!r}'
                              .format(username, info))

    @classmethod
    def create_simple(cls, req_site, **kwargs):
        """A Request of req_site with kwargs as its parameters."""
        return cls(site=req_site, parameters=kwargs)

    @staticmethod
    def _generate_mime_part(key, content, keytype=None, headers=None):
        """The form-data part of key: text/plain when content is ASCII
        text, else application/octet-stream (or keytype, a (maintype,
        subtype) pair) sent as binary; headers are added to its
        Content-disposition. (gowikibot's uploads are built in Go; this is
        pywikibot's helper.)"""
        from email.mime.nonmultipart import MIMENonMultipart
        if not keytype:
            try:
                content.encode('ascii')
                keytype = ('text', 'plain')
            except (UnicodeError, AttributeError):
                keytype = ('application', 'octet-stream')
        part = MIMENonMultipart(*keytype)
        disposition = {'name': key}
        disposition.update(headers or {})
        part.add_header('Content-disposition', 'form-data', **disposition)
        if keytype != ('text', 'plain'):
            part['Content-Transfer-Encoding'] = 'binary'
        part.set_payload(content)
        return part

    @classmethod
    def _build_mime_request(cls, params, mime_params):
        """(headers, body) of a multipart/form-data post of params (each a
        part of its own) and mime_params ({key: (content, keytype,
        headers)}): the body without the MIME headers, which are returned
        as the HTTP headers."""
        # 9.6.3's api.MIMEMultipart, whose as_bytes keeps a binary part's
        # bytes (the email package's turns its \r and \r\n into \n, on
        # CPython too)
        from pywikibot.data._api_mime import MIMEMultipart
        container = MIMEMultipart(_subtype='form-data')
        for key, value in params.items():
            container.attach(cls._generate_mime_part(key, value))
        for key, value in mime_params.items():
            container.attach(cls._generate_mime_part(key, *value))
        body = container.as_bytes()
        marker = b'\n\n'
        body = body[body.find(marker) + len(marker):]
        return dict(container.items()), body

    @classmethod
    def clean_kwargs(cls, kwargs):
        """kwargs with the API parameters moved under 'parameters'."""
        kwargs = dict(kwargs)
        if 'parameters' not in kwargs:
            known = ('site', 'mime', 'throttle', 'max_retries', 'retry_wait', 'use_get')
            params = {k: v for k, v in kwargs.items() if k not in known}
            for k in params:
                del kwargs[k]
            kwargs['parameters'] = params
        return kwargs

    # -- the mapping --
    def __getitem__(self, key):
        return self._params[key]

    def __setitem__(self, key, value):
        if isinstance(value, bytes):
            value = value.decode('utf-8')
        if isinstance(value, str):
            value = value.split('|')
        if isinstance(value, (list, tuple, set, frozenset)) or (
                hasattr(value, '__iter__') and not isinstance(value, (dict, pywikibot.page.BasePage))):
            self._params[key] = list(value)
        else:
            self._params[key] = [value]

    def __delitem__(self, key):
        del self._params[key]

    def __iter__(self):
        return iter(self._params)

    def __len__(self):
        return len(self._params)

    def __contains__(self, key):
        return key in self._params

    def keys(self):
        return self._params.keys()

    def iteritems(self):
        """iter(self.items()) (deprecated in pywikibot 9.0)."""
        from pywikibot.tools import issue_deprecation_warning
        issue_deprecation_warning('pywikibot.data.api._requests.Request.iteritems', 'items()',
                                  since='9.0.0')
        return iter(self.items())

    def wait(self, delay=None):
        """Sleep before retrying a failed request: delay (else retry_wait)
        doubled with each retry, at most config.retry_max seconds; a
        TimeoutError after max_retries retries."""
        config = pywikibot.config
        self.last_error = dict.fromkeys(['code', 'info'])
        if self.max_retries is None:
            self.max_retries = config.max_retries
        if self.retry_wait is None:
            self.retry_wait = config.retry_wait
        self.current_retries = getattr(self, 'current_retries', 0) + 1
        if self.current_retries > self.max_retries:
            raise pywikibot.exceptions.TimeoutError('Maximum retries attempted without success.')
        delay = min((delay or self.retry_wait) * 2 ** (self.current_retries - 1), config.retry_max)
        pywikibot.warning('Waiting {:.1f} seconds before retrying.'.format(delay))
        pywikibot.sleep(delay)

    def items(self):
        return self._params.items()

    def values(self):
        return self._params.values()

    def get(self, key, default=None):
        return self._params.get(key, default)

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def pop(self, key, *default):
        return self._params.pop(key, *default)

    def _add_defaults(self):
        """Add pywikibot's default parameters, once: for a query,
        meta=userinfo with uiprop blockinfo and hasmsg (unless it asks
        for a login token); maxlag and format=json. gowikibot's core sends
        format and maxlag itself and asks for the user's data once per
        run, so only CachedRequest calls this: its key (and the response
        it keeps) are then pywikibot's."""
        if getattr(self, '_defaulted', False):
            return
        self._defaulted = True
        if self.action == 'query':
            meta = self._params.get('meta', [])
            typep = self._params.get('type', [])
            if not ('tokens' in meta and 'login' in typep):
                if 'userinfo' not in meta:
                    self['meta'] = sorted(set(meta) | {'userinfo'})
                self['uiprop'] = sorted(set(self._params.get('uiprop', [])) | {'blockinfo', 'hasmsg'})
            if 'prop' in self._params and self.site.has_extension('ProofreadPage'):
                self['prop'] = sorted(set(self['prop'] + ['proofread']))
        elif self.action == 'help':
            self['wrap'] = ''
        if pywikibot.config.maxlag:
            self._params.setdefault('maxlag', [str(pywikibot.config.maxlag)])
        self._params.setdefault('format', ['json'])
        if self['format'] != ['json']:
            raise TypeError('Query format {!r} cannot be parsed.'.format(self['format']))

    def _handle_warnings(self, result):
        """Print the response's warnings as pywikibot does (one line per
        warning, the 'info' module's left out); False: the request is
        not to be retried (gowikibot's core retries what pywikibot's
        warning handlers retry)."""
        for mod, warning in (result.get('warnings') or {}).items():
            if mod == 'info':
                continue
            if '*' in warning:
                text = warning['*']
            elif 'html' in warning:
                text = warning['html']['*']
            else:
                pywikibot.warning('API warning ({}) of unknown format: {}'.format(mod, warning))
                continue
            for single_warning in text.splitlines():
                pywikibot.warning('API warning ({}): {}'.format(mod, single_warning))
        return False

    def _encoded_items(self):
        """The parameters as sent: lists '|'-joined, True as '', False
        and None left out."""
        out = {}
        for key, values in self._params.items():
            if len(values) == 1:
                if values[0] is True:
                    values = ['']
                elif values[0] is False or values[0] is None:
                    continue
            out[key] = '|'.join(_format_value(self.site, v) for v in values)
        return out

    def __str__(self):
        from urllib.parse import urlencode
        return self.site.base_url(self.site.apipath()) + '?' + urlencode(self._encoded_items()) \
            if hasattr(self.site, 'apipath') else urlencode(self._encoded_items())

    def __repr__(self):
        return '{}.{}<{}->{!r}>'.format(self.__class__.__module__, self.__class__.__name__,
                                        self.site.sitename, str(self))

    def submit(self):
        """Send the request; return the response as a dict. API errors are
        raised as pywikibot raises them (APIError with code and info)."""
        params = self._encoded_items()
        token = None
        value = params.get('token')
        if value is not None and (value in _TOKEN_TYPES or not value.endswith('+\\')):
            # a token type (or a placeholder): the core fetches the token
            token = value if value in _TOKEN_TYPES else 'csrf'
            del params['token']
        elif self.write and value is None and self.action not in ('login', 'createaccount'):
            token = 'csrf'
        version = params.pop('formatversion', '1')
        params.pop('format', None)
        if self._asked_formatversion:
            # the wiki's own answer in the format asked for (the core asks
            # formatversion 2 only when none is given)
            params['formatversion'] = version
            return self.site._api_request(params, self.write or token is not None, token)
        if version == '2':
            # (the core's own choice, but named: an API error then keeps
            # the wiki's 'docref' as pywikibot's does under formatversion 2;
            # under 1 the wiki calls it '*', which pywikibot makes 'help')
            params['formatversion'] = version
            return self.site._api_request(params, self.write or token is not None, token)
        result = self.site._api_request(params, self.write or token is not None, token)
        from pywikibot.site import _to_formatversion1
        return _to_formatversion1(result)

    # whether submit asks the wiki for the formatversion of the request
    # (1 unless given) instead of converting the core's formatversion 2
    _asked_formatversion = False


class CachedRequest(Request):
    """A Request whose response is kept on disk for expiry (days or a
    timedelta, at most config.API_config_expiry days), as pywikibot 9.6.3
    keeps it: <base_dir>/apicache holds a file per request, named by the
    SHA-256 of its description (the site, the user or 'LoginStatus(-1)',
    and the sorted parameters as sent, pywikibot's defaults included), a
    pickle of (description, response, Timestamp of the fetch). pywikibot's
    scripts/maintenance/cache.py lists them, and each side reads the
    other's entries. The response kept is the wiki's own, in the
    formatversion asked for (1 unless given), as pywikibot keeps it."""

    _asked_formatversion = True

    def __init__(self, expiry, *args, **kwargs):
        assert expiry is not None
        super().__init__(*args, **kwargs)
        if not isinstance(expiry, datetime.timedelta):
            expiry = datetime.timedelta(expiry)
        self.expiry = min(expiry, datetime.timedelta(pywikibot.config.API_config_expiry))
        self._data = None
        self._cachetime = None

    @classmethod
    def create_simple(cls, req_site, **kwargs):
        """Not available for CachedRequest, as in pywikibot."""
        raise NotImplementedError('CachedRequest cannot be created simply.')

    @classmethod
    def _get_cache_dir(cls):
        """<base_dir>/apicache (made if missing), a pathlib.Path."""
        from pathlib import Path
        path = Path(pywikibot.config.base_dir, 'apicache')
        cls._make_dir(path)
        return path

    @staticmethod
    def _make_dir(dir_name):
        """dir_name (a str or Path) made if missing, as a Path."""
        from pathlib import Path
        if isinstance(dir_name, str):
            dir_name = Path(dir_name)
        dir_name.mkdir(exist_ok=True)
        return dir_name

    def _uniquedescriptionstr(self):
        """The site, the user (or not logged in) and the sorted parameters."""
        from pywikibot.login import LoginStatus
        if self.site._loginstatus >= LoginStatus.AS_USER:
            user_key = 'User(User:{})'.format(self.site.userinfo['name'])
        else:
            user_key = repr(LoginStatus(LoginStatus.NOT_LOGGED_IN))
        request_key = repr(sorted(self._encoded_items().items()))
        return '{!r}{}{}'.format(self.site, user_key, request_key)

    def _create_file_name(self):
        """The cache file's name: the SHA-256 of the description."""
        import hashlib
        return hashlib.sha256(self._uniquedescriptionstr().encode('utf-8')).hexdigest()

    def _cachefile_path(self):
        """The cache file of this request (a pathlib.Path)."""
        return CachedRequest._get_cache_dir() / self._create_file_name()

    def _expired(self, dt):
        """Whether a response fetched at dt is older than expiry."""
        return dt + self.expiry < pywikibot.Timestamp.nowutc()

    def _load_cache(self):
        """Whether the response was read from an unexpired cache file."""
        import pickle
        self._add_defaults()
        try:
            filename = self._cachefile_path()
            with filename.open('rb') as f:
                uniquedescr, self._data, self._cachetime = pickle.load(f)
            if uniquedescr != self._uniquedescriptionstr():
                raise RuntimeError('Expected unique description for the cache '
                                   'entry is different from file entry.')
            if self._expired(self._cachetime):
                self._data = None
                return False
            pywikibot.debug('{}: cache ({}) hit\n{}, API request:\n{}'.format(
                type(self).__name__, filename.parent, filename.name, uniquedescr))
        except OSError:
            pass  # no cache file
        except Exception as e:
            pywikibot.info('Could not load cache: {!r}'.format(e))
        else:
            return True
        return False

    def _write_cache(self, data):
        """Write (description, data, now) to the cache file."""
        import pickle
        data = self._uniquedescriptionstr(), data, pywikibot.Timestamp.nowutc()
        path = self._cachefile_path()
        try:
            with path.open('wb') as f:
                pickle.dump(data, f, protocol=pywikibot.config.pickle_protocol)
            return
        except OSError:
            pass
        # delete an invalid cache entry
        path.unlink()

    def submit(self):
        """The response: from the cache when there is one, else sent and
        kept."""
        if not self._load_cache():
            self._data = super().submit()
            self._write_cache(self._data)
        else:
            self._handle_warnings(self._data)
        return self._data


class QueryGenerator(APIGeneratorBase):
    """Iterate over the results of a continued action=query request.

    QueryGenerator(site=..., parameters={...}) (or the parameters as
    keywords); the items are those of the module's result key (the list
    items for a list, the pages for prop and generator queries)."""

    def __init__(self, **kwargs):
        kwargs = Request.clean_kwargs(kwargs)
        site = kwargs.pop('site', None) or pywikibot.Site()
        params = dict(kwargs.pop('parameters'))
        params.setdefault('action', 'query')
        if params['action'] != 'query':
            raise Error('Unrecognized query action: {}'.format(params['action']))
        self.site = site
        self.request = Request(site=site, parameters=params)
        self.limit = None
        self.query_limit = None
        self._namespaces = None
        # the modules of the first kind the query names (pywikibot's: a
        # generator's, not the properties asked for its pages)
        self.modules = []
        for kind in ('generator', 'list', 'prop', 'meta'):
            if kind in self.request:
                self.modules.extend(self.request[kind])
                break
        if 'generator' in self.request:
            self.resultkey = 'pages'
        elif 'list' in self.request:
            self.resultkey = self.request['list'][0]
        elif 'prop' in self.request:
            self.resultkey = 'pages'
        elif 'meta' in self.request:
            self.resultkey = self.request['meta'][0]
        else:
            self.resultkey = 'pages'
        self._started = None

    def _prefix(self):
        """The parameter prefix of the main module (e.g. 'ap' for allpages)."""
        prefixes = {
            'allpages': 'ap', 'allcategories': 'ac', 'allimages': 'ai', 'alllinks': 'al',
            'allusers': 'au', 'backlinks': 'bl', 'categorymembers': 'cm', 'embeddedin': 'ei',
            'imageusage': 'iu', 'logevents': 'le', 'recentchanges': 'rc', 'search': 'sr',
            'usercontribs': 'uc', 'watchlist': 'wl', 'exturlusage': 'eu', 'random': 'rn',
            'protectedtitles': 'pt', 'querypage': 'qp', 'prefixsearch': 'ps', 'blocks': 'bk',
            'revisions': 'rv', 'links': 'pl', 'templates': 'tl', 'categories': 'cl',
            'images': 'im', 'langlinks': 'll', 'extlinks': 'el', 'imageinfo': 'ii',
            'linkshere': 'lh', 'transcludedin': 'ti', 'redirects': 'rd', 'fileusage': 'fu',
            'allrevisions': 'arv', 'deletedrevs': 'dr', 'alldeletedrevisions': 'adr',
            'users': 'us', 'pageswithprop': 'pwp', 'allredirects': 'ar', 'alltransclusions': 'at',
            'allfileusages': 'af', 'mystashedfiles': 'ms', 'tags': 'tg', 'filearchive': 'fa',
        }
        main = self.modules[0] if self.modules else ''
        p = prefixes.get(main, '')
        return ('g' + p) if 'generator' in self.request and p else p

    def set_query_increment(self, value):
        """Ask for at most value items per request."""
        self.query_limit = int(value)

    def set_maximum_items(self, value):
        """Stop after value items (a negative value: no limit; None is
        ignored), as pywikibot 9.6.3's."""
        if value is not None:
            self.limit = int(value)

    def _count_limit(self):
        """The number of items to stop after (None: no limit; a limit of 0
        or below is none, as pywikibot 9.6.3's)."""
        return self.limit if self.limit is not None and self.limit > 0 else None

    def set_namespace(self, namespaces):
        """Restrict the query to namespaces (numbers, names, Namespaces, or
        a '|'-separated str), resolved by the site as pywikibot resolves
        them: KeyError for one the site does not have, TypeError for None;
        an empty list lifts the restriction. Returns None, as pywikibot's
        when the module takes a namespace.

        A generator built from parameters first consults the parameter
        information of its first module with a limit, as pywikibot 9.6.3
        does: AssertionError when none has a limit; for a module without a
        namespace parameter a warning, a FutureWarning and False; for one
        that takes a single namespace, TypeError for several (or none),
        unless the generator checks each result's namespace itself (log
        events: _check_result_namespace)."""
        checked = self._list is None and self._run is None
        if checked:
            limited = self._limited_module()
            assert limited  # (as pywikibot's: some modules have no prefix)
            param = self.site._paraminfo.parameter('query+' + limited, 'namespace')
            if not param:
                import warnings
                pywikibot.warning('{} module does not support a namespace parameter'.format(limited))
                warnings.warn('set_namespace() will be modified to raise TypeError when namespace '
                              'parameter is not supported. It will be a Breaking Change, please '
                              'update your code ASAP, due date July, 31st 2019.', FutureWarning, 2)
                return False
        if isinstance(namespaces, str):
            namespaces = namespaces.split('|')
        ids = [ns.id for ns in self.site.namespaces.resolve(namespaces)]
        key = self._prefix() + 'namespace'
        if checked and 'multi' not in param and len(ids) != 1:
            if self._check_result_namespace is NotImplemented:
                raise TypeError('{} module does not support multiple namespaces'.format(limited))
            self._namespaces = set(ids)
            ids = None
        if ids:
            self.request[key] = ids
        elif key in self.request:
            del self.request[key]
        if not checked:
            # a site method's generator: its items are filtered by these
            self._namespaces = ids or None

    # pywikibot's hook: whether a result is in the namespaces set_namespace
    # kept (_namespaces) when the module could not take them all
    _check_result_namespace = NotImplemented

    def _limited_module(self):
        """The first module of the query whose parameter information has a
        limit (pywikibot's limited_module), or None."""
        for module in self.modules:
            if self.site._paraminfo.parameter('query+' + module, 'limit'):
                return module
        return None

    def _params(self):
        params = self.request._encoded_items()
        params.pop('action', None)
        limit = self.query_limit
        if self._count_limit() is not None and (limit is None or self.limit < limit):
            limit = self.limit
        key = self._prefix() + 'limit'
        if limit is not None and self._prefix():
            params[key] = str(limit)
        elif self._prefix() and key not in params:
            params[key] = 'max'
        return params

    def _results(self, q):
        data = q.get(self.resultkey, [])
        if self.resultkey == 'pages':
            if isinstance(data, dict):
                data = list(data.values())
            data = sorted(data, key=lambda d: d.get('index', 0))
        elif isinstance(data, dict):
            data = [data]
        return data

    # (list module name, its parameters, content) of a site method's
    # pages (_list_pages); None for a query built from parameters
    _list = None

    def __iter__(self):
        if self._list is not None:
            yield from self._iter_list()
            return
        if self._run is not None:
            yield from self._iter_run()
            return
        from pywikibot.data._api_submit import iter_submitted, submit_is_replaced
        if submit_is_replaced(self.request, Request.submit):
            # the script's submit (or its Request subclass's) answers
            yield from iter_submitted(self)
            return
        import _gowikibot
        params = self._params()
        version = params.pop('formatversion', '1')
        n = 0
        limit = self._count_limit()
        from pywikibot.site import _to_formatversion1
        # a list: each continued request asks only for the items still
        # wanted (pages of a generator may come back with more of their
        # properties, so they are not counted)
        key = self._prefix() + 'limit'
        extra = ()
        if self.limit is not None and self.resultkey != 'pages' and params.get(key, '').isdigit():
            extra = (key, self.limit)
        wanted = self._namespaces
        for q in _gowikibot.query(self.site._fam, self.site.code, params, *extra):
            if version != '2':
                q = _to_formatversion1({'query': q})['query']
            for item in self._results(q):
                result = self.result(item)
                if wanted and not self._check_result_namespace(result):
                    continue
                yield result
                n += 1
                if limit is not None and n >= limit:
                    return

    def result(self, data):
        """The item yielded for one result (the dict itself)."""
        return data

    # pywikibot's QueryGenerator is a GeneratorWrapper: next(), send(),
    # throw() and restart() work on one started iteration. Here a for loop
    # starts a new iteration each time (as before); next() and send() use
    # the started one.
    _started_gen = None

    def __next__(self):
        return self.send(None)

    def send(self, value):
        """The next item of the started iteration (started now if not)."""
        if self._started_gen is None:
            self._started_gen = iter(self)
        if value is None:
            return next(self._started_gen)
        return self._started_gen.send(value)

    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the started iteration."""
        if self._started_gen is None:
            self._started_gen = iter(self)
        args = [a for a in (typ, val, tb)]
        while args and args[-1] is None and len(args) > 1:
            args.pop()
        return self._started_gen.throw(*args)

    def close(self):
        """End the started iteration."""
        if self._started_gen is not None:
            self._started_gen.close()

    def restart(self):
        """Start the iteration of next() and send() again."""
        self.close()
        self._started_gen = None

    @property
    def continuekey(self):
        """The query's modules (deprecated in pywikibot 8.4)."""
        from pywikibot.tools import issue_deprecation_warning
        issue_deprecation_warning('pywikibot.data.api._generators.QueryGenerator.continuekey', since='8.4.0')
        return self.modules

    def support_namespace(self):
        """Whether the main module of the query takes a namespace."""
        main = self.modules[0] if self.modules else ''
        return bool(self.site._paraminfo.parameter('query+' + main, 'namespace'))

    def continue_update(self):
        """Put the continue values of the last response (self.data) into
        the request (gowikibot's core continues queries itself; this is
        for code that sets self.data)."""
        for key, value in getattr(self, 'data', {}).get('continue', {}).items():
            self.request[key] = str(value) if isinstance(value, int) else value

    @property
    def generator(self):
        return iter(self)


class PageGenerator(QueryGenerator):
    """Pages of a generator=... query, as pywikibot.Page objects (with
    their info, and text when g_content)."""

    def __init__(self, generator, g_content=False, **kwargs):
        kwargs = Request.clean_kwargs(kwargs)
        params = kwargs['parameters']
        params['generator'] = generator
        prop = params.get('prop', '')
        props = [p for p in (prop.split('|') if isinstance(prop, str) else list(prop)) if p]
        for p in ('info', 'imageinfo', 'categoryinfo'):
            if p not in props:
                props.append(p)
        if g_content and 'revisions' not in props:
            props.append('revisions')
            params.setdefault('rvprop', 'content|timestamp|user|comment|ids|flags|size|sha1')
            params.setdefault('rvslots', 'main')
        params['prop'] = '|'.join(props)
        params.setdefault('inprop', 'protection')
        self.g_content = g_content
        super().__init__(**kwargs)
        self.resultkey = 'pages'

    def result(self, pagedata):
        page = pywikibot.Page(self.site, pagedata['title'])
        update_page(page, pagedata)
        return page


def _list_pages(site, listname, params, total=None, content=False):
    """The pages of the list module listname (its parameters params) as
    pywikibot 9.6.3's site methods return them: an api.PageGenerator
    (generator=listname) that takes set_maximum_items, set_namespace and
    set_query_increment before it is iterated, with total as its limit."""
    gen = PageGenerator.__new__(PageGenerator)
    gparams = {'action': 'query', 'generator': listname,
               'prop': 'info|imageinfo|categoryinfo', 'inprop': 'protection'}
    for key, value in params.items():
        gparams['g' + key] = value
    gen.site = site
    gen.request = Request(site=site, parameters=gparams)
    gen.limit = None if total is None else int(total)
    gen.query_limit = None
    gen._namespaces = None
    gen.modules = [listname]
    gen.resultkey = 'pages'
    gen._started = None
    gen.g_content = content
    gen._list = (listname, dict(params), content)
    return gen


def _site_generator(site, cls, module, run, total):
    """An api generator of cls (PageGenerator for a generator module,
    ListGenerator or LogEntryListGenerator for a list module) for a site
    method: its request names the module, its limit is total, and its
    items are run(limit)'s (the site method's own, asked for limit items;
    those outside the namespaces set_namespace gave are left out)."""
    gen = cls.__new__(cls)
    kind = 'generator' if issubclass(cls, PageGenerator) else 'list'
    gen.site = site
    gen.request = Request(site=site, parameters={'action': 'query', kind: module})
    gen.limit = None if total is None else int(total)
    gen.query_limit = None
    gen._namespaces = None
    gen.modules = [module]
    gen.resultkey = 'pages' if kind == 'generator' else module
    gen._started = None
    gen._run = run
    return gen


def _item_namespace(item):
    """The namespace number of a site generator's item (a page's
    namespace(), a log entry's ns(), an API dict's 'ns'), or None when it
    has none."""
    if isinstance(item, dict):
        ns = item.get('ns')
    else:
        ns = getattr(item, 'namespace', None) or getattr(item, 'ns', None)
        if callable(ns):
            ns = ns()
    return None if ns is None else int(ns)


def _iter_run(self):
    limit = self._count_limit()
    wanted = None if self._namespaces is None else {int(ns) for ns in self._namespaces}
    n = 0
    for item in self._run(limit if wanted is None else None):
        # an item without a namespace is kept (the module has no namespace filter)
        ns = None if wanted is None else _item_namespace(item)
        if wanted is None or ns is None or ns in wanted:
            yield item
            n += 1
            if limit is not None and n >= limit:
                return


QueryGenerator._run = None
QueryGenerator._iter_run = _iter_run


def _iter_list(self):
    listname, params, content = self._list
    params = dict(params)
    prefix = self._prefix()[1:]
    if self._namespaces is not None:
        params[prefix + 'namespace'] = '|'.join(str(int(ns)) for ns in self._namespaces)
    if self.query_limit is not None:
        params[prefix + 'limit'] = str(self.query_limit)
    limit = self._count_limit()
    site = self.site
    # the request asks for no more than limit items (continued ones for
    # those still wanted), as pywikibot's
    items = site._query_list(listname, params, limit)
    yield from site._pages_from_list(items, limit, content)


QueryGenerator._iter_list = _iter_list


class PropertyGenerator(QueryGenerator):
    """The value of one prop=... module for each page (the page dicts)."""

    def __init__(self, prop, **kwargs):
        kwargs = Request.clean_kwargs(kwargs)
        kwargs['parameters']['prop'] = prop
        super().__init__(**kwargs)
        self.resultkey = prop.split('|')[0]
        self._props = prop.split('|')

    def _results(self, q):
        pages = q.get('pages', [])
        if isinstance(pages, dict):
            pages = list(pages.values())
        return pages


class ListGenerator(QueryGenerator):
    """The items of one list=... module."""

    def __init__(self, listaction, **kwargs):
        kwargs = Request.clean_kwargs(kwargs)
        kwargs['parameters']['list'] = listaction
        super().__init__(**kwargs)
        self.resultkey = listaction


class LogEntryListGenerator(ListGenerator):
    """The entries of list=logevents as LogEntry objects."""

    def __init__(self, logtype=None, **kwargs):
        # as pywikibot: logtype is the expected type of every entry (the
        # request is not restricted to it; a letype parameter does that)
        super().__init__('logevents', **kwargs)
        from pywikibot.logentries import LogEntryFactory
        self.entryFactory = LogEntryFactory(self.site, logtype)

    def result(self, pagedata):
        return self.entryFactory.create(pagedata)

    def _check_result_namespace(self, result):
        """Whether the log entry's namespace is one set_namespace kept."""
        return result.ns() in self._namespaces


def update_page(page, pagedict, props=None):
    """Take what an API query returned about page (its pageid, missing
    and redirect flags, revision text)."""
    pagedata = pagedict
    d = {'pageid': int(pagedata.get('pageid', 0) or 0),
         'missing': 'missing' in pagedata, 'invalid': 'invalid' in pagedata,
         'redirect': 'redirect' in pagedata and pagedata.get('redirect') is not False,
         'lastrevid': pagedata.get('lastrevid', 0)}
    revs = pagedata.get('revisions')
    if revs:
        rev = dict(revs[0])
        slots = rev.get('slots', {})
        main = slots.get('main', {}) if isinstance(slots, dict) else {}
        text = main.get('*', main.get('content', rev.get('*', rev.get('content'))))
        if text is not None:
            rev['text'] = text
        d['revision'] = rev
    page._apply(d)


def encode_url(query):
    """The query (a mapping or pairs) URL-encoded as urlencode does it,
    with the token parameters last (wpEditToken the very last), as the
    API asks for them."""
    from urllib.parse import urlencode
    if hasattr(query, 'items'):
        query = list(query.items())
    query.sort(key=lambda kv: kv[0].lower().endswith('token') + (kv[0] == 'wpEditToken'))
    return urlencode(query)


class ParamInfo:
    """The API's parameter information (action=paraminfo), loaded on
    demand per module path ('query+info', 'edit', ...)."""

    root_modules = frozenset(['main'])
    init_modules = frozenset(['main', 'paraminfo'])
    param_modules = ('list', 'meta', 'prop')

    def __init__(self, site, preloaded_modules=None):
        self.site = site
        self._paraminfo = {}
        self._action_modules = None
        self._query_modules = None
        self._submodules = {}
        self._prefix_map = {}
        self._preloaded_modules = set(self.init_modules) | set(preloaded_modules or ())
        if preloaded_modules:
            self.fetch(preloaded_modules)

    def fetch(self, modules):
        """Load the parameter information of modules."""
        if isinstance(modules, str):
            modules = modules.split('|')
        todo = [m for m in modules if m not in self._paraminfo]
        for i in range(0, len(todo), 50):
            batch = todo[i:i + 50]
            r = self.site._api({'action': 'paraminfo', 'modules': '|'.join(batch)})
            for info in r.get('paraminfo', {}).get('modules', []):
                self._paraminfo[info['path']] = info

    def _modules(self, group):
        self._preloaded_modules.add('query')  # as pywikibot's, once the module lists are read
        self.fetch(['main'] if group == 'main' else ['query'])
        info = self._paraminfo['main' if group == 'main' else 'query']
        for p in info.get('parameters', []):
            if p['name'] == ('action' if group == 'main' else group):
                return frozenset(p.get('type', []))
        return frozenset()

    @property
    def action_modules(self):
        """The action modules of the API."""
        if self._action_modules is None:
            self._action_modules = self._modules('main')
        return self._action_modules

    @property
    def query_modules(self):
        """The query modules (prop, list and meta) of the API."""
        if self._query_modules is None:
            self._query_modules = self._modules('prop') | self._modules('list') | self._modules('meta')
        return self._query_modules

    def __getitem__(self, key):
        self.fetch([key])
        return self._paraminfo[key]

    def __contains__(self, key):
        return key in self._paraminfo

    def __len__(self):
        return len(self._paraminfo)

    def parameter(self, module, param_name):
        """The information of one parameter of module, or None."""
        for p in self[module].get('parameters', []):
            if p['name'] == param_name:
                return p
        return None

    @property
    def modules(self):
        return self.action_modules | {'query+' + m for m in self.query_modules}

    def submodules(self, name, path=False):
        """The names of module name's submodules (with path, their paths:
        'query+info')."""
        if name not in self._submodules:
            names = set()
            for p in self[name].get('parameters', []):
                if 'submodules' not in p or name == 'main' and p['name'] == 'format':
                    continue
                # a parameter may list other modules' submodules (a
                # generator's): only those whose parent is name count
                for child, subpath in p['submodules'].items():
                    parent = subpath.rsplit('+', 1)[0] if '+' in subpath else 'main'
                    if parent == name:
                        names.add(child)
            self._submodules[name] = names
        names = self._submodules[name]
        return {'{}+{}'.format(name, m) for m in names} if path else set(names)

    @property
    def module_paths(self):
        """The paths of every action module and of their submodules."""
        actions = set(self.action_modules)
        self.fetch(sorted(actions))
        paths = set(actions)
        for name in actions:
            paths |= self.submodules(name, path=True)
        return paths

    def normalize_modules(self, modules):
        """The module paths of modules: 'query+' before a query module's
        name that is not also an action module's."""
        if isinstance(modules, str):
            modules = modules.split('|')
        actions = self.action_modules
        query = self.query_modules
        return {'query+' + m if '+' not in m and m in query and m not in actions else m for m in modules}

    @staticmethod
    def normalize_paraminfo(data):
        """{path: module info} of an action=paraminfo response (False for a
        path that comes twice; missing modules left out)."""
        result = {}
        for info in data['paraminfo'].get('modules', []):
            if 'missing' in info:
                continue
            path = info['path']
            if path not in result:
                result[path] = info
            elif result[path] is not False:
                result[path] = False
                pywikibot.warning('Path "{}" is ambiguous.'.format(path))
            else:
                pywikibot.log('Found another path "{}"'.format(path))
        return result

    def attributes(self, attribute, modules=None):
        """{module path: its attribute} for modules (default: every module
        path) that have the attribute."""
        if modules is None:
            modules = self.module_paths
        self.fetch(sorted(modules))
        return {m: self[m][attribute] for m in modules if attribute in self[m]}

    @property
    def prefix_map(self):
        """{module path: parameter prefix} of the modules that have one."""
        if not self._prefix_map:
            self._prefix_map = {m: p for m, p in self.attributes('prefix').items() if p}
        return self._prefix_map.copy()

    @property
    def preloaded_modules(self):
        """The modules given when the ParamInfo was made (deprecated)."""
        from pywikibot.tools import issue_deprecation_warning
        issue_deprecation_warning('pywikibot.data.api._paraminfo.ParamInfo.preloaded_modules', since='8.4.0')
        return self._preloaded_modules


def _paraminfo_keys(cls):
    from pywikibot.tools import issue_deprecation_warning
    issue_deprecation_warning('pywikibot.data.api._paraminfo.ParamInfo.paraminfo_keys', since='8.4.0')
    return frozenset(['modules'])


ParamInfo.paraminfo_keys = __import__('pywikibot.tools', fromlist=['classproperty']).classproperty(
    _paraminfo_keys)


def _configured_user(config, site):
    """The user config.usernames names for site (its family's entry, else
    the '*' family's; the site's code, else '*'), as pywikibot's
    LoginManager finds it; NoUsernameError with pywikibot's text when none."""
    from pywikibot.exceptions import NoUsernameError
    names = config.usernames
    code_to_user = names[site.family.name] or names['*']
    try:
        return code_to_user.get(site.code) or code_to_user['*']
    except KeyError:
        raise NoUsernameError(
            'ERROR: username for {fam}:{code} is undefined.\nIf you have a username for that site, '
            'please add a line to user config file (user-config.py) as follows:\n'
            "usernames['{fam}']['{code}'] = 'myUsername'".format(fam=site.family.name, code=site.code))


class ClientLoginManager:
    """Logs in to a site (gowikibot: the Go core does the login with the
    configured bot password, main account or OAuth; the password stays
    there, so password is only what was passed)."""

    def __init__(self, password=None, site=None, user=None):
        from pywikibot import login
        config = login.config  # pywikibot.login's, which tests patch
        self.site = site or pywikibot.Site()
        if hasattr(self.site, '_call'):
            # gowikibot's site: the Go core knows the user (config.usernames
            # or -user:) and the name sent at login (Name@suffix for a bot
            # password)
            self.username = user or self.site.username()
            self.login_name = self.site._call('login_name') if user is None else user
        else:
            # another site object: the user from config.usernames as
            # pywikibot finds it
            self.username = self.login_name = user or _configured_user(config, self.site)
        self.password = password
        if getattr(config, 'password_file', ''):
            self.readPassword()

    def readPassword(self):  # noqa: N802 (pywikibot's name)
        """Set password (and, for a BotPassword, login_name) from the last
        line of config.password_file (relative to base_dir, else as it is)
        for this user on this site, as pywikibot does; lines below it that
        are not valid entries are warned about (_PasswordFileWarning). The
        file's mode is first set to config.private_files_permission. The
        lines are read as literals, never executed."""
        import os
        import warnings

        import codecs

        import _gowikibot_surface
        from pywikibot import login
        from pywikibot.login import _PasswordFileWarning
        from pywikibot.tools import file_mode_checker, normalize_username
        config = login.config
        password_file = os.path.join(config.base_dir, config.password_file)
        if not os.path.isfile(password_file):
            password_file = config.password_file
        file_mode_checker(password_file, mode=config.private_files_permission)
        with codecs.open(password_file, encoding='utf-8') as f:
            text = f.read()
        entries, problems = _gowikibot_surface.password_entries(password_file, text)
        lines = [(line, None, message) for line, message in problems]
        lines += [(entry[0], entry, None) for entry in entries]
        for line, entry, message in sorted(lines, key=lambda item: item[0], reverse=True):
            if entry is None:
                if not message.startswith(('The length of tuple', 'The BotPassword entry')):
                    message = 'Invalid tuple in line {}'.format(line)
                warnings.warn(message, _PasswordFileWarning)
                continue
            _, code, family, username, password, suffix = entry
            if (normalize_username(username) == self.username
                    and (family or self.site.family.name) == self.site.family.name
                    and (code or self.site.code) == self.site.code):
                self.password = password
                if suffix is not None:
                    self.login_name = '{}@{}'.format(self.username, suffix)
                break

    def check_user_exists(self):
        """NoUsernameError unless the user (the main account of a bot
        password login name) exists on the site."""
        from pywikibot.exceptions import NoUsernameError
        name = self.username.partition('@')[0]
        try:
            user = next(iter(self.site.allusers(start=name, total=1)), {'name': None})
        except APIError as e:
            if e.code == 'readapidenied':
                pywikibot.warning("Could not check user '{}' exists on {}".format(name, self.site))
                return
            raise
        if user['name'] != name:
            raise NoUsernameError("Username '{}' does not exist on {}".format(name, self.site))

    def botAllowed(self):  # noqa: N802 (pywikibot's name)
        """Whether the wiki's bot list allows the bot: pywikibot knows such
        lists for a few Wikipedias only; gowikibot knows none (True)."""
        return True

    def login(self, retry=False, autocreate=False):
        """Log in; True when logged in."""
        self.site.login()
        return self.site.logged_in()

    def login_to_site(self):
        self.site.login()

    # the API's login parameter names: (action=login, action=clientlogin)
    mapping = {
        'user': ('lgname', 'username'),
        'password': ('lgpassword', 'password'),
        'ldap': ('lgdomain', 'domain'),
        'token': ('lgtoken', 'logintoken'),
        'result': ('result', 'status'),
        'success': ('Success', 'PASS'),
        'fail': ('Failed', 'FAIL'),
        'reason': ('reason', 'message'),
    }

    def keyword(self, key):
        """The API's name of key for this login's action (self.action:
        'login' or 'clientlogin', set when pywikibot logs in)."""
        return self.mapping[key][self.action != 'login']

    def check_user_exists(self):
        """Raise NoUsernameError when the account (a bot password's main
        account) is not a user of the site (a warning when the wiki does
        not let the list be read)."""
        name = self.username
        if '@' in name:
            import warnings
            warnings.warn('When using BotPasswords it is recommended that you store your login credentials in '
                          'a password_file instead. See {}/BotPasswords for instructions and more information.'
                          .format(pywikibot.__url__))
            name = name.partition('@')[0]
        try:
            user = next(iter(self.site.allusers(start=name, total=1)), {'name': None})
        except APIError as e:
            if e.code == 'readapidenied':
                pywikibot.warning("Could not check user '{}' exists on {}".format(name, self.site))
                return
            raise
        if user['name'] != name:
            from pywikibot.exceptions import NoUsernameError
            raise NoUsernameError("Username '{}' does not exist on {}".format(name, self.site))

    def botAllowed(self):  # noqa: N802 (pywikibot's name)
        """Whether the wiki's bot list (pywikibot.login.botList) names the
        bot; True on wikis that have none."""
        from pywikibot.login import botList
        code, fam = self.site.code, self.site.family.name
        if code not in botList.get(fam, []):
            return True
        title, template = botList[fam][code]
        page = pywikibot.Page(self.site, title)
        if template:
            return any(t.title() == template and params and params[0] == self.username
                       for t, params in page.templatesWithParams())
        return any(p.title(with_ns=False) == self.username for p in page.linkedPages())

    def storecookiedata(self):
        """Nothing to store: gowikibot's login keeps the cookies in the
        LWP file itself."""

    def get_login_token(self):
        """The site's login token (deprecated in pywikibot 8.0)."""
        return self.site.tokens['login']


# LoginManager, pywikibot.data.api's old name of
# pywikibot.login.ClientLoginManager, is a deprecated attribute
# (pywikibot._deprecated_attrs)


# the MIME multipart classes, imported on first use (`from
# pywikibot.data.api import MIMEMultipart`; module __getattr__, PEP 562)
_MIME_NAMES = ('CTEBinaryBytesGenerator', 'CTEBinaryMIMEMultipart', 'MIMEMultipart')


def __getattr__(name):
    if name in _MIME_NAMES:
        import pywikibot.data._api_mime as mime
        return getattr(mime, name)
    from pywikibot._deprecated_attrs import lookup
    return lookup('pywikibot.data.api', name)


def __dir__():
    return sorted(set(globals()) | set(_MIME_NAMES))
