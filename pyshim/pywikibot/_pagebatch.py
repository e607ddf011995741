"""Batches of pages whose texts are loaded together (gowikibot's own).

A generator groups the pages it yields in batches of up to 50 per site.
A batch is loaded in one request:

- eagerly (preloading: ``getCombinedGenerator(preload=True)``, ``-grep``,
  ``PreloadingGenerator``, ``site.preloadpages``): before its pages are
  yielded;
- lazily (a plain walk): only when a page of it is first read
  (``.text``, ``get()``, ``exists()``, ...); a title-only walk loads
  nothing.

While the script works on a batch, the Go core loads the next two in the
background (``load_pages_start``; up to two requests in flight, in order)
once the script asks for a second page of the batch: when preloading,
always; in a plain walk, when the first page's read loaded the batch (a
script that reads texts reads them from the first page on), or once two
batches in a row were read. A write to the wiki waits for that request and makes the
prefetched copy of a page it wrote stale (the Go core loads it again).
"""

_GROUPSIZE = 50

# batches loaded ahead of the one the script works on: with two, up to two
# text requests are in flight, so that a wiki slower per batch than the
# script (one worker per request) still keeps pace with it (a SQLite wiki
# runs POSTed reads one after the other, bench/scale/WALLTIME.md; sending
# them one at a time there was slower still, measured idle)
_AHEAD = 2


class PageBatch:
    """Pages of one site loaded in one request."""

    def __init__(self, site, pages, attach):
        self.site = site
        self.pages = pages
        self.next = None
        # whether the batch before this one was loaded (no reference back:
        # a walk must not keep every batch it went through)
        self.prev_loaded = False
        self.loaded = False
        self._handle = None
        self._keys = {}  # id(page) -> title, from _titles
        self.lazy = attach
        if attach:
            for p in pages:
                if not p._loaded:
                    p._batch = self

    def _titles(self, keys=None):
        """The titles of the pages not loaded yet, each once; keys, when
        given, gets each such page's title by id(page) (what _apply looks
        it up by: title() is asked once a page)."""
        seen = set()
        out = []
        for p in self.pages:
            if not p._loaded:
                t = p.title(with_section=False)
                if keys is not None:
                    keys[id(p)] = t
                if t not in seen:
                    seen.add(t)
                    out.append(t)
        return out

    def prefetch(self):
        """Start loading this batch in the background."""
        if self._handle is None and not self.loaded:
            titles = self._titles(self._keys)
            if titles:
                self._handle = self.site._call('load_pages_start', titles)

    def prefetch_ahead(self):
        """Start loading this batch and the _AHEAD - 1 after it."""
        b = self
        for _ in range(_AHEAD):
            if b is None:
                return
            b.prefetch()
            b = b.next

    def cancel(self):
        """Drop a background load that was not used."""
        if self._handle is not None:
            handle, self._handle = self._handle, None
            self.site._call('load_pages_cancel', handle)

    def load(self):
        """Load the pages of this batch not loaded yet (once), then start
        loading the next batches (when the walk reads texts)."""
        if self.loaded:
            return
        self.loaded = True
        handle, self._handle = self._handle, None
        todo = [p for p in self.pages if not p._loaded]
        data = None
        if handle is not None:
            data = self.site._call('load_pages_wait', handle)
        if data is None:
            data = self.site._call('load_pages', self._titles(self._keys)) if todo else []
        _apply(todo, data, self._keys)
        self._keys = {}
        for p in self.pages:
            if p._batch is self:
                p._batch = None
        if self.next is not None:
            self.next.prev_loaded = True
            if self.lazy and self.prev_loaded:
                # two batches in a row were read: the script reads texts
                self.next.prefetch_ahead()


def _apply(pages, data, keys=None):
    by_title = {}
    for d in data:
        by_title[d['title']] = d
    for p in pages:
        if p._loaded:
            continue
        t = keys.get(id(p)) if keys else None
        if t is None:
            t = p.title(with_section=False)
        d = by_title.get(t)
        if d is None:
            for d2 in data:
                if d2['title'].replace('_', ' ') == t:
                    d = d2
                    break
        if d is not None:
            p._apply(d)


def _unique(pages):
    seen = set()
    out = []
    for p in pages:
        t = p.title()
        if t not in seen:
            seen.add(t)
            out.append(p)
    return out


def batched(generator, groupsize=_GROUPSIZE, eager=False, announce=None):
    """The pages of generator in batches of groupsize per site.

    eager: each batch is loaded before its pages are yielded, and a title
    given twice in a batch is yielded once (as pywikibot's preloading);
    announce(site, n) is then called before each batch's pages. Otherwise
    the pages are yielded as they come, each loading its batch on first
    read.
    """
    groupsize = groupsize or _GROUPSIZE
    filling = {}
    sites = {}
    order = []
    queue = []
    last = {}

    def form(key):
        pages = filling[key]
        filling[key] = []
        if eager:
            pages = _unique(pages)
        b = PageBatch(sites[key], pages, not eager)
        prev = last.get(key)
        if prev is not None:
            prev.next = b
            b.prev_loaded = prev.loaded
            if not eager and prev.prev_loaded and (prev.loaded or prev._handle is not None):
                b.prefetch()
        last[key] = b
        queue.append(b)

    def emit(b):
        if eager:
            if announce is not None:
                announce(b.site, len(b.pages))
            b.load()
        return b.pages

    try:
        for page in generator:
            key = str(page.site)
            if key not in filling:
                filling[key] = []
                sites[key] = page.site
                order.append(key)
            filling[key].append(page)
            if len(filling[key]) >= groupsize:
                form(key)
                # _AHEAD batches formed ahead of the one yielded, so that
                # loading a batch can start the next ones' prefetches
                while len(queue) > _AHEAD:
                    b = queue.pop(0)
                    pages = emit(b)
                    for i in range(len(pages)):
                        if i == 1 and b.next is not None and (eager or b.loaded):
                            # the script came back for a second page (in a plain
                            # walk: after reading the first one's text): load the
                            # next batches while it works on this one
                            b.next.prefetch_ahead()
                        yield pages[i]
        for key in order:
            if filling[key]:
                form(key)
        while queue:
            b = queue.pop(0)
            pages = emit(b)
            for i in range(len(pages)):
                if i == 1 and b.next is not None and (eager or b.loaded):
                    # the script came back for a second page (in a plain
                    # walk: after reading the first one's text): load the
                    # next batches while it works on this one
                    b.next.prefetch_ahead()
                yield pages[i]
    finally:
        for b in queue:
            b.cancel()
