"""The loaded configuration: user-config.py's variables by pywikibot's names.

The Go core reads user-config.py (and the global command line options);
this module mirrors its values, every pywikibot config variable with its
default when user-config.py does not set it. Assigning a value here changes
it for the Python side only.
"""
import collections
import os

import _gowikibot


def _load():
    g = globals()
    for key, value in _gowikibot.config().items():
        g[key] = value
    # pywikibot's usernames is a defaultdict(dict): scripts index
    # usernames[family][code] for a family user-config.py never named.
    g['usernames'] = collections.defaultdict(dict, g.get('usernames') or {})


_load()


def makepath(path, create=True):
    """path with its directory created when missing (create=True)."""
    folder = os.path.dirname(path)
    if create and folder and not os.path.isdir(folder):
        os.makedirs(folder)
    return path


def datafilepath(*filename, create=True):
    """The path of a data file under base_dir (its directory created when
    missing, create=True)."""
    return makepath(os.path.join(base_dir, *filename), create=create)  # noqa: F821


def shortpath(path):
    """path relative to base_dir when it lies inside it, else path."""
    prefix = base_dir.rstrip(os.sep) + os.sep  # noqa: F821
    if path.startswith(prefix):
        return path[len(prefix):]
    return path
