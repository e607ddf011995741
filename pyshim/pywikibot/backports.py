"""Names that scripts import from pywikibot.backports (typing aliases and
small helpers for older Pythons)."""
import functools
from typing import (  # noqa: F401
    Any, Callable, Dict, FrozenSet, Generator, Iterable, Iterator, List, Mapping, Match, Optional,
    Pattern, Sequence, Set, Tuple, Type, Union,
)
from collections import defaultdict as DefaultDict  # noqa: F401
from collections import OrderedDict  # noqa: F401
from collections import Counter  # noqa: F401

cache = functools.lru_cache(maxsize=None)


def removeprefix(string, prefix):
    return string[len(prefix):] if prefix and string.startswith(prefix) else string


def removesuffix(string, suffix):
    return string[:-len(suffix)] if suffix and string.endswith(suffix) else string


def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for item in it:
        yield prev, item
        prev = item
