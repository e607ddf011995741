"""Module attributes pywikibot 9.6.3 keeps as deprecated aliases (its
ModuleDeprecationWrapper), which pywikibot 7 era scripts import
(`from pywikibot.tools import itergroup, filter_unique`): each warns with
a FutureWarning attributed to the line that read it, and gives the
replacement. gowikibot had none of the pywikibot.tools ones (ImportError)
and no warning for the others."""
import importlib
import os
import warnings

import pywikibot  # noqa: F401

NAMES = {
    'pywikibot.tools': 'CombinedError DequeGenerator EmptyDefault SizedKeyCollection EMPTY_DEFAULT itergroup '
                       'islice_with_ellipsis intersect_generators roundrobin_generators filter_unique RLock '
                       'ThreadedGenerator ThreadList',
    'pywikibot.data.api': 'LoginManager',
    'pywikibot.textlib': 'tzoneFixedOffset',
    # (backports.nullcontext warns in 9.6.3 but not here: 7.7.3's own
    # archivebot.py imports it, and gowikibot runs 7.7.3's scripts as 7.7.3)
    'pywikibot.backports': 'SimpleQueue',
    'pywikibot.exceptions': 'Server414Error',
}
for module, names in NAMES.items():
    for name in names.split():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            getattr(importlib.import_module(module), name)
        w = caught[0]
        print(module, name, w.category.__name__, w.message)
        print('   at', os.path.basename(w.filename), w.lineno)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    from pywikibot.tools import itergroup, filter_unique  # the 7.x form
    print(list(itergroup(range(5), 2)), list(filter_unique([1, 2, 1, 3])))
print([(os.path.basename(w.filename), w.lineno) for w in caught])
try:
    from pywikibot.tools import nosuchname  # noqa: F401
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
