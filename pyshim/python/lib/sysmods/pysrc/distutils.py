"""distutils (deprecated in CPython 3.10, removed in 3.12): the parts old
bot scripts import, distutils.version's version classes."""
import warnings as _warnings

_warnings.warn("The distutils package is deprecated and slated for removal in Python 3.12. "
               "Use setuptools or check PEP 632 for potential alternatives",
               DeprecationWarning, 2)

__version__ = '3.11.2'
