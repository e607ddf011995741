"""The names that pywikibot, pywikibot.bot, pywikibot.page, pywikibot.site,
pywikibot.pagegenerators, pywikibot.exceptions, pywikibot.data and
pywikibot.comms export but load only when
a script asks for them (module __getattr__ and __dir__, PEP 562: gowikibot
calls __getattr__ for `from module import name`), so that importing
pywikibot stays as cheap as it was; and pywikibot.show_help, which scripts
call as an attribute.

Each table maps a name to (module, attribute): the attribute of that
module, or with attribute None the module itself (a submodule such as
pywikibot.date, or a private module alias such as pywikibot.site._apisite,
which in pywikibot is the module defining APISite: here the module itself)."""

__all__ = ('bot_dir', 'bot_getattr', 'comms_dir', 'comms_getattr', 'data_dir', 'data_getattr',
           'exceptions_dir', 'exceptions_getattr', 'package_dir',
           'package_getattr', 'page_dir', 'page_getattr', 'pagegenerators_dir', 'pagegenerators_getattr',
           'show_help', 'site_dir', 'site_getattr')


def _lookup(module, table, name):
    if name in table:
        import importlib
        source, attr = table[name]
        mod = importlib.import_module(source)
        return mod if attr is None else getattr(mod, attr)
    raise AttributeError("module '{}' has no attribute '{}'".format(module, name))


def _dir(module, table):
    import sys
    return sorted(set(vars(sys.modules[module])) | set(table))


def _from(module, names):
    return {name: (module, name) for name in names.split()}


def _modules(names, package='pywikibot'):
    return {name: (package + '.' + name, None) for name in names.split()}


_tables = {}


def _table(name):
    """The table name ('package', 'bot', ...), the tables built on the
    first lookup: a script that asks for none of these names (`import
    pywikibot` itself does not) never builds them."""
    if not _tables:
        _build_tables()
    return _tables[name]


def _build_tables():
    _PACKAGE = dict(
        _from('pywikibot.bot', 'Bot CurrentPageBot'),
        **_from('pywikibot._wikidatabot', 'WikidataBot'),
        **_from('pywikibot.family', 'AutoFamily Family'),
        **_from('pywikibot.diff', 'PatchManager'),
        **_from('pywikibot._async', 'async_manager async_request page_put_queue page_put_queue_busy _putthread _flush'),
        **_from('pywikibot.backports', 'removesuffix'),
        **_from('pywikibot.__metadata__', '__copyright__'),
        **_from('pywikibot._ui', 'ui'),
        **_from('pywikibot._wbclasses', 'Claim Coordinate ItemPage LexemeForm LexemePage LexemeSense MediaInfo '
                                        'PropertyPage SiteLink WbGeoShape WbMonolingualText WbQuantity '
                                        'WbTabularData WbTime WbUnknown'),
        **_modules('backports comms cosmetic_changes daemonize data date diff echo family i18n logging login '
                   'plural proofreadpage throttle time userinterfaces version xmlreader'))

    _BOT = dict(
        _from('pywikibot._wikidatabot', 'WikidataBot'),
        **_from('pywikibot._interactive', 'InteractiveReplace LinkChoice'),
        **_from('pywikibot._showhelp', '_GLOBAL_HELP _GLOBAL_HELP_NOTE'),
        **_from('pywikibot.logging', 'CRITICAL DEBUG ERROR INFO INPUT STDOUT VERBOSE WARNING add_init_routine'),
        **_from('pywikibot.exceptions', 'WikiBaseError'),
        **_from('pywikibot.throttle', 'Throttle'),
        **_from('pywikibot._ui', 'LoggingFormatter handler_namer init_handlers initialize_handlers '
                                 'input_list_choice set_interface ui writelogheader'),
        **_from('pywikibot.tools', 'issue_deprecation_warning redirect_func strtobool'),
        **_modules('daemonize i18n version'),
        pwb_logging=('pywikibot.logging', None))

    # The Wikibase classes (pywikibot._wbclasses, about 0.8 ms and 300 KB of
    # allocations at import with abc) load on first use too: loading them puts
    # them into pywikibot.page and DataSite into pywikibot.site.
    _PAGE = dict(_from('pywikibot._contribution', 'Contribution'),
                 **_modules('_basepage _category _collections _filepage _links _page _revision _user _wikibase',
                            'pywikibot.page'),
                 **_from('pywikibot._wbclasses', 'WikibaseEntity WikibasePage ItemPage PropertyPage LexemePage '
                                                 'LexemeSubEntity LexemeForm LexemeSense MediaInfo Property Claim '
                                                 'SiteLink'))
    _SITE = dict(_from('pywikibot._obsoletesites', 'ClosedSite'), _apisite=('pywikibot.site', None),
                 _namespace=('pywikibot.site._namespace', None),
                 _generators=('pywikibot.site', None), **_from('pywikibot._wbclasses', 'DataSite'))
    _PAGEGENERATORS = dict(
        _generators=('pywikibot.pagegenerators', None))
    _EXCEPTIONS = dict(
        _from('pywikibot._wbexceptions', 'CoordinateGlobeUnknownError EntityTypeUnknownError '
                                         'NoWikibaseEntityError WikiBaseError'),
        **_from('pywikibot.tools', 'ModuleDeprecationWrapper'),
        pywikibot=('pywikibot', None))
    # pywikibot's `import pywikibot` imports pywikibot.data.api (with
    # wikistats) and pywikibot.comms.http, so scripts use them as attributes
    # after a bare `import pywikibot`
    _DATA = _modules('api wikistats', 'pywikibot.data')
    _COMMS = _modules('http', 'pywikibot.comms')
    _tables.update(package=_PACKAGE, bot=_BOT, page=_PAGE, site=_SITE, pagegenerators=_PAGEGENERATORS,
                   exceptions=_EXCEPTIONS, data=_DATA, comms=_COMMS)


def package_getattr(name):
    """pywikibot.__getattr__ (bot classes, submodules, ...)."""
    return _lookup('pywikibot', _table('package'), name)


def package_dir():
    """pywikibot.__dir__."""
    return _dir('pywikibot', _table('package'))


def bot_getattr(name):
    """pywikibot.bot.__getattr__ (WikidataBot, the logging set-up, ...)."""
    return _lookup('pywikibot.bot', _table('bot'), name)


def bot_dir():
    """pywikibot.bot.__dir__."""
    return _dir('pywikibot.bot', _table('bot'))


def page_getattr(name):
    """pywikibot.page.__getattr__ (Contribution, the Wikibase entities)."""
    return _lookup('pywikibot.page', _table('page'), name)


def page_dir():
    """pywikibot.page.__dir__."""
    return _dir('pywikibot.page', _table('page'))


def data_getattr(name):
    """pywikibot.data.__getattr__ (api, wikistats)."""
    return _lookup('pywikibot.data', _table('data'), name)


def data_dir():
    """pywikibot.data.__dir__."""
    return _dir('pywikibot.data', _table('data'))


def comms_getattr(name):
    """pywikibot.comms.__getattr__ (http)."""
    return _lookup('pywikibot.comms', _table('comms'), name)


def comms_dir():
    """pywikibot.comms.__dir__."""
    return _dir('pywikibot.comms', _table('comms'))


def site_getattr(name):
    """pywikibot.site.__getattr__ (ClosedSite, DataSite)."""
    return _lookup('pywikibot.site', _table('site'), name)


def site_dir():
    """pywikibot.site.__dir__."""
    return _dir('pywikibot.site', _table('site'))


def pagegenerators_getattr(name):
    """pywikibot.pagegenerators.__getattr__."""
    return _lookup('pywikibot.pagegenerators', _table('pagegenerators'), name)


def pagegenerators_dir():
    """pywikibot.pagegenerators.__dir__."""
    return _dir('pywikibot.pagegenerators', _table('pagegenerators'))


def exceptions_getattr(name):
    """pywikibot.exceptions.__getattr__ (the Wikibase exceptions, ...; and
    the deprecated Server414Error)."""
    table = _table('exceptions')
    if name not in table:
        from pywikibot._deprecated_attrs import lookup
        return lookup('pywikibot.exceptions', name)
    return _lookup('pywikibot.exceptions', table, name)


def exceptions_dir():
    """pywikibot.exceptions.__dir__."""
    return _dir('pywikibot.exceptions', _table('exceptions'))


def show_help(module_name=None, show_global=False):
    """Print a script's help (pywikibot._showhelp, loaded on first use)."""
    from pywikibot._showhelp import show_help as show
    return show(module_name, show_global)


class _Submodule:
    """pywikibot.NAME before pywikibot.NAME is imported.

    pywikibot's __init__ imports these submodules, so scripts write
    ``pywikibot.textlib.replaceExcept(...)`` or ``pywikibot.bot.SingleSiteBot``
    after a bare ``import pywikibot``. gowikibot loads them on first use
    instead (start-up and memory): this stand-in imports the real module at
    its first attribute, and the import puts the module itself in its place
    (``from pywikibot import NAME`` imports the module too: the import hook
    recognises the stand-in by ``_gwb_lazy_submodule``)."""

    _gwb_lazy_submodule = True

    def __init__(self, name):
        self.__dict__['_gwb_target'] = name

    def _gwb_module(self):
        import importlib
        return importlib.import_module(self.__dict__['_gwb_target'])

    def __getattr__(self, attr):
        return getattr(self._gwb_module(), attr)

    def __setattr__(self, attr, value):
        setattr(self._gwb_module(), attr, value)

    def __dir__(self):
        return dir(self._gwb_module())

    def __repr__(self):
        return repr(self._gwb_module())


# the submodules pywikibot 9.6.3's `import pywikibot` leaves as attributes
_SUBMODULES = ('bot bot_choice backports comms cosmetic_changes daemonize data date diff echo '
               'family i18n logging login plural textlib throttle time tools userinterfaces version')


def install_submodules(package_globals):
    """Put a stand-in for each submodule `import pywikibot` loads in
    pywikibot (but not yet in gowikibot) into the package's namespace."""
    for name in _SUBMODULES.split():
        if name not in package_globals:
            package_globals[name] = _Submodule('pywikibot.' + name)
