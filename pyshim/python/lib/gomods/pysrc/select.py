"""Wait for I/O completion (gowikibot: poll(2) underneath)."""

import _gwb_select

POLLIN = _gwb_select.POLLIN
POLLPRI = _gwb_select.POLLPRI
POLLOUT = _gwb_select.POLLOUT
POLLERR = _gwb_select.POLLERR
POLLHUP = _gwb_select.POLLHUP
POLLNVAL = _gwb_select.POLLNVAL
POLLRDNORM = 64
POLLWRNORM = 256
error = OSError


def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        fd = obj.fileno()
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError('file descriptor cannot be a negative integer (%d)' % fd)
    return fd


def _check(result):
    if isinstance(result, tuple):
        raise OSError(result[1], result[2])
    return result


class poll:
    """A polling object: register file descriptors, then poll()."""

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._fds[_fileno(fd)] = eventmask

    def modify(self, fd, eventmask):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        self._fds[fd] = eventmask

    def unregister(self, fd):
        del self._fds[_fileno(fd)]

    def poll(self, timeout=None):
        if timeout is not None:
            if timeout < 0:
                timeout = None
            else:
                timeout = int(timeout)
        return _check(_gwb_select.poll(list(self._fds.items()), timeout))


def select(rlist, wlist, xlist, timeout=None):
    """Wait until some of the objects are ready for reading, writing or an exceptional condition."""
    if timeout is not None and timeout < 0:
        raise ValueError('timeout must be non-negative')
    masks = {}
    objs = {}
    for lst, mask in ((rlist, POLLIN), (wlist, POLLOUT), (xlist, POLLPRI)):
        for o in lst:
            fd = _fileno(o)
            masks[fd] = masks.get(fd, 0) | mask
            objs.setdefault((fd, mask), o)
    ms = None if timeout is None else int(timeout * 1000)
    ready = dict(_check(_gwb_select.poll(list(masks.items()), ms)))
    r = [o for o in rlist if ready.get(_fileno(o), 0) & (POLLIN | POLLHUP | POLLERR)]
    w = [o for o in wlist if ready.get(_fileno(o), 0) & (POLLOUT | POLLERR)]
    x = [o for o in xlist if ready.get(_fileno(o), 0) & POLLPRI]
    return r, w, x
