"""Names that scripts import from pywikibot.backports (typing aliases and
small helpers for older Pythons)."""
import functools
from typing import (  # noqa: F401
    Any, Callable, Container, Dict, FrozenSet, Generator, Iterable, Iterator, List, Mapping, Match,
    Optional, Pattern, Sequence, Set, Tuple, Type, Union,
)
from collections import defaultdict as DefaultDict  # noqa: F401
from collections import OrderedDict  # noqa: F401
from collections import Counter  # noqa: F401

cache = functools.lru_cache(maxsize=None)
NoneType = type(None)
SPHINX_RUNNING = False


# PEP 616's str methods, as pywikibot's backports has them on Python 3.9+
removeprefix = str.removeprefix
removesuffix = str.removesuffix


def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for item in it:
        yield prev, item
        prev = item


def batched(iterable, n, *, strict=False):
    """Tuples of n consecutive items of iterable (itertools.batched of
    Python 3.13): the last one shorter, or ValueError when strict."""
    if n < 1:
        raise ValueError('n must be at least one')
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        if strict:
            raise ValueError('batched(): incomplete batch')
        yield tuple(batch)


# contextlib.nullcontext without the FutureWarning pywikibot 9.6.3 gives for
# it (deprecated there since 9.0.0): pywikibot 7.7.3's own archivebot.py
# imports it, and gowikibot runs 7.7.3's scripts as 7.7.3 does
from contextlib import nullcontext  # noqa: E402,F401


def __getattr__(name):
    """pywikibot 9.6.3's deprecated names of pywikibot.backports
    (SimpleQueue): a FutureWarning, then the replacement."""
    from pywikibot._deprecated_attrs import lookup
    return lookup('pywikibot.backports', name)
