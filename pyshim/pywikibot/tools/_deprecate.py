"""pywikibot.tools._deprecate: pywikibot's module of the deprecation
decorators. gowikibot's are in pywikibot._deprecate, outside the
pywikibot.tools package, so that `import pywikibot` (whose output functions
and Page methods they decorate) does not load pywikibot.tools."""
from pywikibot._deprecate import (  # noqa: F401
    __all__, _NotImplementedWarning, add_decorated_full_name, add_full_name, deprecate_arg, deprecate_positionals,
    deprecated, deprecated_args, get_wrapper_depth, issue_deprecation_warning, manage_wrapping, redirect_func,
    remove_last_args,
)
