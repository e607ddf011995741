"""Iterator helpers that scripts import from pywikibot.tools.itertools."""
import itertools as _it

from pywikibot.backports import batched  # noqa: F401 (as pywikibot's)
from pywikibot.logging import debug  # noqa: F401 (as pywikibot's)
from pywikibot.tools import deprecated  # noqa: F401 (as pywikibot's)


def islice_with_ellipsis(iterable, *args, marker='…'):
    """Like itertools.islice, yielding marker at the end when items remain."""
    s = slice(*args)
    it = iter(iterable)
    for item in _it.islice(it, s.start, s.stop, s.step):
        yield item
    if marker:
        for _ in it:
            yield marker
            break


def itergroup(iterable, size, strict=False):
    """Lists of size items (the last one may be shorter; with strict a
    ValueError instead): backports.batched's groups as lists. (pywikibot
    9.6.3 also warns that it is deprecated for backports.batched; not here:
    7.7.3's replace.py, template.py and claimit.py call it on every run,
    and their output is what the side-by-side tests compare with.)"""
    from pywikibot.backports import batched
    for group in batched(iterable, size, strict=strict):
        yield list(group)


def filter_unique(iterable, container=None, key=None, add=None):
    """Yield the items not seen before (by key)."""
    seen = set() if container is None else container
    for item in iterable:
        k = key(item) if key else item
        if k not in seen:
            if add is not None:
                add(k)
            else:
                seen.add(k)
            yield item


def roundrobin_generators(*iterables):
    """Yield one item of each iterable in turn until all are exhausted."""
    its = [iter(i) for i in iterables]
    while its:
        rest = []
        for it in its:
            try:
                yield next(it)
            except StopIteration:
                continue
            rest.append(it)
        its = rest


def intersect_generators(*iterables, allow_duplicates=False):
    """Yield the items every iterable yields."""
    lists = [list(i) for i in iterables]
    if not lists:
        return
    seen = set()
    for item in lists[0]:
        if all(item in other for other in lists[1:]):
            if allow_duplicates or item not in seen:
                seen.add(item)
                yield item
