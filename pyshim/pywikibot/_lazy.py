"""The names that pywikibot, pywikibot.page, pywikibot.site and
pywikibot.exceptions export but load only when a script asks for them
(module __getattr__, PEP 562: gowikibot calls it for `from module import
name`), so that importing pywikibot stays as cheap as it was; and
pywikibot.show_help, which scripts call as an attribute."""

__all__ = ('exceptions_getattr', 'package_getattr', 'page_getattr', 'show_help', 'site_getattr')


def _lookup(module, table, name):
    if name in table:
        import importlib
        return getattr(importlib.import_module(table[name]), name)
    raise AttributeError("module '{}' has no attribute '{}'".format(module, name))


_PACKAGE = {'Bot': 'pywikibot.bot', 'CurrentPageBot': 'pywikibot.bot',
            'WikidataBot': 'pywikibot._wikidatabot'}
_PAGE = {'Contribution': 'pywikibot._contribution'}
_SITE = {'ClosedSite': 'pywikibot._obsoletesites'}
_EXCEPTIONS = {name: 'pywikibot._wbexceptions' for name in (
    'CoordinateGlobeUnknownError', 'EntityTypeUnknownError', 'NoWikibaseEntityError',
    'WikiBaseError')}


def package_getattr(name):
    """pywikibot.__getattr__ (the bot classes)."""
    return _lookup('pywikibot', _PACKAGE, name)


def page_getattr(name):
    """pywikibot.page.__getattr__ (Contribution)."""
    return _lookup('pywikibot.page', _PAGE, name)


def site_getattr(name):
    """pywikibot.site.__getattr__ (ClosedSite)."""
    return _lookup('pywikibot.site', _SITE, name)


def exceptions_getattr(name):
    """pywikibot.exceptions.__getattr__ (the Wikibase exceptions)."""
    return _lookup('pywikibot.exceptions', _EXCEPTIONS, name)


def show_help(module_name=None, show_global=False):
    """Print a script's help (pywikibot._showhelp, loaded on first use)."""
    from pywikibot._showhelp import show_help as show
    return show(module_name, show_global)
