"""A general purpose event scheduler (gowikibot)."""
import heapq
import time
from collections import namedtuple

__all__ = ["scheduler"]

_sentinel = object()


class Event(namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')):
    __slots__ = []

    def __eq__(s, o):
        return (s.time, s.priority) == (o.time, o.priority)

    def __lt__(s, o):
        return (s.time, s.priority) < (o.time, o.priority)

    def __le__(s, o):
        return (s.time, s.priority) <= (o.time, o.priority)

    def __gt__(s, o):
        return (s.time, s.priority) > (o.time, o.priority)

    def __ge__(s, o):
        return (s.time, s.priority) >= (o.time, o.priority)


class scheduler:
    """Runs events at given times, as measured by timefunc."""

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence = 0

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        if kwargs is _sentinel:
            kwargs = {}
        event = Event(time, priority, self._sequence, action, argument, kwargs)
        self._sequence += 1
        heapq.heappush(self._queue, (time, priority, event.sequence, event))
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        time = self.timefunc() + delay
        return self.enterabs(time, priority, action, argument, kwargs)

    def cancel(self, event):
        for i, entry in enumerate(self._queue):
            if entry[3] is event:
                del self._queue[i]
                heapq.heapify(self._queue)
                return
        raise ValueError('event not in queue')

    def empty(self):
        return not self._queue

    def run(self, blocking=True):
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            if not q:
                break
            t, priority, seq, event = q[0]
            now = timefunc()
            if t > now:
                delay = True
            else:
                delay = False
                pop(q)
            if delay:
                if not blocking:
                    return t - now
                delayfunc(t - now)
            else:
                event.action(*event.argument, **event.kwargs)
                delayfunc(0)

    @property
    def queue(self):
        return [e[3] for e in sorted(self._queue)]
