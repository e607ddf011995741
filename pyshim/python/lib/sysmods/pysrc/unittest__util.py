"""unittest.util (gowikibot): the helpers of CPython's unittest.util that
test code imports."""
from unittest import _safe_repr as safe_repr


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)
