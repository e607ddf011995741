"""High-level I/O multiplexing (gowikibot: poll(2) underneath)."""

import select

EVENT_READ = 1
EVENT_WRITE = 2


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError('Invalid file object: %r' % (fileobj,))
    if fd < 0:
        raise ValueError('Invalid file descriptor: %d' % fd)
    return fd


class SelectorKey:
    """A registered file object: (fileobj, fd, events, data)."""

    def __init__(self, fileobj, fd, events, data):
        self.fileobj = fileobj
        self.fd = fd
        self.events = events
        self.data = data

    def __repr__(self):
        return 'SelectorKey(fileobj=%r, fd=%r, events=%r, data=%r)' % (self.fileobj, self.fd, self.events, self.data)

    def __eq__(self, other):
        return isinstance(other, SelectorKey) and (self.fileobj, self.fd, self.events, self.data) == \
            (other.fileobj, other.fd, other.events, other.data)

    def __hash__(self):
        return hash(self.fd)


class BaseSelector:
    """Register file objects for events and wait for them with select()."""

    def __init__(self):
        self._keys = {}

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError('Invalid events: %r' % events)
        fd = _fileobj_to_fd(fileobj)
        if fd in self._keys:
            raise KeyError('%r (FD %d) is already registered' % (fileobj, fd))
        key = SelectorKey(fileobj, fd, events, data)
        self._keys[fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._keys.pop(self._fd(fileobj))
        except KeyError:
            raise KeyError('%r is not registered' % fileobj)

    def modify(self, fileobj, events, data=None):
        key = self.get_key(fileobj)
        if events != key.events or data != key.data:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        return key

    def _fd(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._keys.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def get_key(self, fileobj):
        try:
            return self._keys[self._fd(fileobj)]
        except KeyError:
            raise KeyError('%r is not registered' % fileobj)

    def get_map(self):
        return dict(self._keys)

    def select(self, timeout=None):
        p = select.poll()
        for fd, key in self._keys.items():
            mask = 0
            if key.events & EVENT_READ:
                mask |= select.POLLIN
            if key.events & EVENT_WRITE:
                mask |= select.POLLOUT
            p.register(fd, mask)
        if timeout is None:
            ms = None
        elif timeout <= 0:
            ms = 0
        else:
            ms = int(timeout * 1000 + 0.999)
        ready = []
        for fd, ev in p.poll(ms):
            events = 0
            if ev & ~select.POLLOUT:
                events |= EVENT_READ
            if ev & ~select.POLLIN:
                events |= EVENT_WRITE
            key = self._keys.get(fd)
            if key:
                ready.append((key, events & key.events))
        return ready

    def close(self):
        self._keys.clear()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class PollSelector(BaseSelector):
    pass


SelectSelector = EpollSelector = DefaultSelector = PollSelector
