package sysmods

import (
	"math"
	"os"
	"time"

	"github.com/go-python/gpython/py"
)

// osUtime is os.utime(path, times=None, *, ns=None): set the access and
// modification times from times (seconds, int or float) or ns
// (nanoseconds), or to now when both are None, as CPython's.
func osUtime(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var p, times, ns py.Object = nil, py.None, py.None
	var dirFD, follow py.Object = py.None, py.True
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOOO:utime", []string{"path", "times", "ns", "dir_fd", "follow_symlinks"},
		&p, &times, &ns, &dirFD, &follow); err != nil {
		return nil, err
	}
	s, err := fspath(p)
	if err != nil {
		return nil, err
	}
	pair := func(o py.Object, what string) (py.Tuple, error) {
		t, ok := o.(py.Tuple)
		if !ok || len(t) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "utime: '%s' must be a tuple of two %s", what, map[string]string{"times": "ints", "ns": "ints"}[what])
		}
		return t, nil
	}
	var atime, mtime time.Time
	switch {
	case times != py.None && ns != py.None:
		return nil, py.ExceptionNewf(py.ValueError, "utime: you may specify either 'times' or 'ns' but not both")
	case times != py.None:
		t, err := pair(times, "times")
		if err != nil {
			return nil, err
		}
		var secs [2]float64
		for i, x := range t {
			if secs[i], err = toFloat(x); err != nil {
				return nil, err
			}
		}
		atime, mtime = fromSeconds(secs[0]), fromSeconds(secs[1])
	case ns != py.None:
		t, err := pair(ns, "ns")
		if err != nil {
			return nil, err
		}
		var n [2]int
		for i, x := range t {
			if n[i], err = toInt(x, ""); err != nil {
				return nil, err
			}
		}
		atime, mtime = time.Unix(0, int64(n[0])), time.Unix(0, int64(n[1]))
	default:
		atime = time.Now()
		mtime = atime
	}
	if err := os.Chtimes(s, atime, mtime); err != nil {
		return nil, osError(err, s)
	}
	return py.None, nil
}

// fromSeconds is the time sec seconds after the epoch (fractions kept).
func fromSeconds(sec float64) time.Time {
	whole, frac := math.Modf(sec)
	return time.Unix(int64(whole), int64(frac*1e9))
}
