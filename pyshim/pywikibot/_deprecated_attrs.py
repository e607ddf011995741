"""Module attributes pywikibot 9.6.3 keeps as deprecated aliases (its
ModuleDeprecationWrapper.add_deprecated_attr): reading one warns
(FutureWarning '<module>.<name> is deprecated since release <since>; use
<replacement> instead.') and gives the replacement. Scripts of the
pywikibot 7 era import them (`from pywikibot.tools import itergroup`);
the modules' __getattr__ ask here for names they do not have."""

__all__ = ('lookup',)

# (module, name): (replacement's module, attribute, since)
_TABLE = {
    ('pywikibot.tools', 'CombinedError'): ('pywikibot.tools.collections', 'CombinedError', '7.6.0'),
    ('pywikibot.tools', 'DequeGenerator'): ('pywikibot.tools.collections', 'DequeGenerator', '7.6.0'),
    ('pywikibot.tools', 'EmptyDefault'): ('pywikibot.tools.collections', 'EmptyDefault', '7.6.0'),
    ('pywikibot.tools', 'SizedKeyCollection'): ('pywikibot.tools.collections', 'SizedKeyCollection', '7.6.0'),
    ('pywikibot.tools', 'EMPTY_DEFAULT'): ('pywikibot.tools.collections', 'EMPTY_DEFAULT', '7.6.0'),
    ('pywikibot.tools', 'itergroup'): ('pywikibot.backports', 'batched', '7.6.0'),
    ('pywikibot.tools', 'islice_with_ellipsis'): ('pywikibot.tools.itertools', 'islice_with_ellipsis', '7.6.0'),
    ('pywikibot.tools', 'intersect_generators'): ('pywikibot.tools.itertools', 'intersect_generators', '7.6.0'),
    ('pywikibot.tools', 'roundrobin_generators'): ('pywikibot.tools.itertools', 'roundrobin_generators', '7.6.0'),
    ('pywikibot.tools', 'filter_unique'): ('pywikibot.tools.itertools', 'filter_unique', '7.6.0'),
    ('pywikibot.tools', 'RLock'): ('pywikibot.tools.threading', 'RLock', '7.7.0'),
    ('pywikibot.tools', 'ThreadedGenerator'): ('pywikibot.tools.threading', 'ThreadedGenerator', '7.7.0'),
    ('pywikibot.tools', 'ThreadList'): ('pywikibot.tools.threading', 'ThreadList', '7.7.0'),
    ('pywikibot.data.api', 'LoginManager'): ('pywikibot.login', 'ClientLoginManager', '8.0.0'),
    ('pywikibot.textlib', 'tzoneFixedOffset'): ('pywikibot.time', 'TZoneFixedOffset', '7.5.0'),
    ('pywikibot.backports', 'SimpleQueue'): ('queue', 'SimpleQueue', '9.0.0'),
    ('pywikibot.exceptions', 'Server414Error'): ('pywikibot.exceptions', 'Client414Error', '8.1.0'),
}


def lookup(module, name):
    """The replacement of module's deprecated name, after the warning
    (attributed to the code that read it); AttributeError if name is not
    one of module's deprecated names."""
    try:
        source, attr, since = _TABLE[(module, name)]
    except KeyError:
        raise AttributeError("module '{}' has no attribute '{}'".format(module, name)) from None
    import importlib
    from pywikibot._deprecate import issue_deprecation_warning
    replacement = source + '.' + attr
    # this function, then the module's __getattr__, then the reader
    issue_deprecation_warning('{}.{}'.format(module, name), replacement, 3, since=since)
    return getattr(importlib.import_module(source), attr)
