"""Heap queue (priority queue) algorithms on lists (gowikibot)."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _siftdown(heap, start, pos):
    item = heap[pos]
    while pos > start:
        ppos = (pos - 1) >> 1
        parent = heap[ppos]
        if item < parent:
            heap[pos] = parent
            pos = ppos
            continue
        break
    heap[pos] = item


def _siftup(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, start, pos)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap."""
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    """Pop the smallest item, then push item."""
    if not heap:
        raise IndexError('index out of range')
    ret = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return ret


def heappushpop(heap, item):
    """Push item, then pop the smallest item (faster than both calls)."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Turn list x into a heap, in place."""
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator."""
    entries = []
    order = 0
    for it in iterables:
        it = iter(it)
        for v in it:
            entries.append([v if key is None else key(v), order, v, it])
            order += 1
            break
    while entries:
        best = None
        for e in entries:
            if best is None:
                best = e
            elif reverse:
                if best[0] < e[0]:
                    best = e
            elif e[0] < best[0]:
                best = e
        yield best[2]
        it = best[3]
        for v in it:
            best[0] = v if key is None else key(v)
            best[2] = v
            break
        else:
            entries.remove(best)


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable (stable, as sorted)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable (stable, as sorted with reverse=True)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
