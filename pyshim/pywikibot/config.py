"""The loaded configuration: user-config.py's variables by pywikibot's names.

The Go core reads user-config.py (and the global command line options);
this module mirrors its values. Assigning a value here changes it for the
Python side only.
"""
import _gowikibot


def _load():
    g = globals()
    for key, value in _gowikibot.config().items():
        g[key] = value


_load()
