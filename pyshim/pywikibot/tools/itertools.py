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
    """Yield the items not seen before (by key). container keeps the seen
    keys (a set by default; a mapping gets them as keys with the value
    True); add(item), when given, records an item instead. A
    StopIteration raised by the container or add ends the items."""
    if container is None:
        container = set()
    if not add:
        if hasattr(container, 'add'):
            def add(item):
                container.add(key(item) if key else item)
        else:
            def add(item):
                container[key(item) if key else item] = True
    for item in iterable:
        try:
            if (key(item) if key else item) not in container:
                add(item)
                yield item
        except StopIteration:
            return


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
    """Yield the items every iterable yields, as soon as the last of them
    has yielded it (the iterables are read in turn, one item each); with
    allow_duplicates, an item as often as every iterable yields it."""
    import collections
    from itertools import chain, zip_longest
    if not iterables:
        return
    if len(iterables) == 1:
        yield from iterables[0]
        return
    for source in iterables:
        if not source:
            return
    count = len(iterables)
    # by item: how many times each iterable (by index) has yielded it and
    # it has not been used yet
    pending = collections.defaultdict(collections.Counter)
    once_each = collections.Counter(range(count))
    running = set(range(count))
    done = set()
    end = object()
    for row in zip_longest(*iterables, fillvalue=end):
        for index, item in enumerate(row):
            if item is end:
                running.discard(index)
                continue
            if not allow_duplicates and hash(item) in done:
                continue
            pending[item][index] += 1
            if len(pending[item]) == count:
                yield item
                if not allow_duplicates:
                    del pending[item]
                    done.add(hash(item))
                elif pending[item] == once_each:
                    del pending[item]
                else:
                    pending[item] -= once_each
        if len(running) < count:
            # an ended iterable can complete no pending item
            if set(chain.from_iterable(c.keys() for c in pending.values())) <= running:
                return
