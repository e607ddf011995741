//go:build unix

// poll(2) is Unix only: on Windows _gwb_select (and so select and selectors)
// is left out of the build (gowikibot is tested on Linux; it builds for
// Windows).

package gomods

import (
	"time"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/gil"
	"golang.org/x/sys/unix"
)

// _gwb_select: poll(2) for select and selectors (Python), with the
// interpreter lock released while waiting.

// selectPoll(fds, timeout_ms) where fds is [(fd, events)] -> [(fd, revents)]
func selectPoll(self py.Object, args py.Tuple) (py.Object, error) {
	var fo, to py.Object
	if err := py.UnpackTuple(args, nil, "poll", 2, 2, &fo, &to); err != nil {
		return nil, err
	}
	var fds []unix.PollFd
	err := py.Iterate(fo, func(o py.Object) bool {
		t := o.(py.Tuple)
		fd, _ := toInt(t[0])
		ev, _ := toInt(t[1])
		fds = append(fds, unix.PollFd{Fd: int32(fd), Events: int16(ev)})
		return false
	})
	if err != nil {
		return nil, err
	}
	timeout := -1
	if !isNone(to) {
		if timeout, err = toInt(to); err != nil {
			return nil, err
		}
	}
	var n int
	gil.Blocking(func() {
		deadline := time.Now().Add(time.Duration(timeout) * time.Millisecond)
		for {
			n, err = unix.Poll(fds, timeout)
			if err != unix.EINTR {
				return
			}
			if timeout >= 0 {
				timeout = int(time.Until(deadline) / time.Millisecond)
				if timeout < 0 {
					timeout = 0
				}
			}
		}
	})
	if err != nil {
		return py.Tuple{py.String("oserror"), py.Int(int(err.(unix.Errno))), py.String(err.Error())}, nil
	}
	out := make([]py.Object, 0, n)
	for _, f := range fds {
		if f.Revents != 0 {
			out = append(out, py.Tuple{py.Int(int(f.Fd)), py.Int(int(f.Revents))})
		}
	}
	return py.NewListFromItems(out), nil
}

func selectModule() (map[string]any, py.StringDict) {
	return map[string]any{"poll": selectPoll}, py.StringDict{
		"POLLIN": py.Int(unix.POLLIN), "POLLPRI": py.Int(unix.POLLPRI), "POLLOUT": py.Int(unix.POLLOUT),
		"POLLERR": py.Int(unix.POLLERR), "POLLHUP": py.Int(unix.POLLHUP), "POLLNVAL": py.Int(unix.POLLNVAL),
	}
}

func init() { registerGo("_gwb_select", "poll(2) for select and selectors.", selectModule) }
