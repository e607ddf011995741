package sysmods

import (
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/go-python/gpython/py"
)

// File descriptors and who owns them. In CPython a script may os.close()
// any descriptor; in gowikibot most descriptors belong to the Go runtime
// (its epoll and wake-up descriptors) or to live Go *os.File values (HTTP
// connections, the cookie jar, open() files). gpython's os.close wraps the
// number in a new *os.File and closes it: closing the runtime's epoll
// descriptor ends the process with "fatal error: runtime: netpoll failed"
// and a goroutine dump, and closing a descriptor a Go file still holds
// makes that file close a stranger later. gpython's tempfile.mkstemp, in
// turn, returns the number of an *os.File it drops, whose finalizer closes
// the descriptor at the next garbage collection: under load the script's
// os.close(fd) then failed with "SystemError: close 5: bad file
// descriptor" (pywikibot.editor), or closed whatever had reused the number.
//
// So descriptors handed to Python (mkstemp) are recorded with their
// *os.File, which keeps them open until Python closes them; os.close
// closes those and the standard streams 0-2, and refuses every other
// descriptor with OSError(EBADF), as CPython does for a descriptor that is
// not open. os.fdopen takes over a recorded descriptor, and wraps a
// duplicate of any other open one, so that two Go files never own one
// descriptor.

// pyFDs are the descriptors Python owns, with the files that hold them.
var pyFDs = struct {
	sync.Mutex
	m map[int]*os.File
}{m: map[int]*os.File{}}

// givePython records f as owned by Python code and returns its descriptor.
func givePython(f *os.File) int {
	fd := int(f.Fd())
	pyFDs.Lock()
	pyFDs.m[fd] = f
	pyFDs.Unlock()
	return fd
}

// takeFromPython removes fd from Python's descriptors and returns its file.
func takeFromPython(fd int) *os.File {
	pyFDs.Lock()
	defer pyFDs.Unlock()
	f := pyFDs.m[fd]
	delete(pyFDs.m, fd)
	return f
}

// ebadf is CPython's OSError for a descriptor that is not open.
func ebadf() error { return osError(syscall.EBADF, "") }

// runtimeInternal reports whether fd is one of the Go runtime's own
// descriptors (epoll, eventfd and the like are anonymous inodes), which
// may have taken a standard stream's number in a process started with it
// closed.
func runtimeInternal(fd int) bool {
	link, err := os.Readlink("/proc/self/fd/" + strconv.Itoa(fd))
	return err == nil && strings.HasPrefix(link, "anon_inode:")
}

// fdArg reads the descriptor argument of os.close/os.fdopen.
func fdArg(o py.Object, fn string) (int, error) {
	if _, ok := o.(py.Int); !ok {
		if _, ok := o.(py.Bool); !ok {
			return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(o))
		}
	}
	return toInt(o, fn)
}

// osClose is os.close(fd).
func osClose(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := tempArgs(args, kwargs, []string{"fd"}, []py.Object{nil})
	if err != nil {
		return nil, err
	}
	if a["fd"] == nil {
		return nil, py.ExceptionNewf(py.TypeError, "close() missing required argument 'fd' (pos 1)")
	}
	fd, err := fdArg(a["fd"], "close")
	if err != nil {
		return nil, err
	}
	if f := takeFromPython(fd); f != nil {
		if err := f.Close(); err != nil {
			return nil, osError(err, "")
		}
		return py.None, nil
	}
	if fd < 0 || fd > 2 || runtimeInternal(fd) {
		return nil, ebadf()
	}
	if err := closeFd(fd); err != nil {
		return nil, osError(err, "")
	}
	return py.None, nil
}

// osFdopen is os.fdopen(fd, mode="r", buffering=-1, encoding=None): a
// file object over a descriptor from mkstemp (which it takes over), or
// over a duplicate of another open descriptor.
func osFdopen(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := tempArgs(args, kwargs, []string{"fd", "mode", "buffering", "encoding", "errors", "newline", "closefd"},
		[]py.Object{nil, py.String("r"), py.Int(-1), py.None, py.None, py.None, py.True})
	if err != nil {
		return nil, err
	}
	if a["fd"] == nil {
		return nil, py.ExceptionNewf(py.TypeError, "fdopen() missing required argument 'fd' (pos 1)")
	}
	fd, err := fdArg(a["fd"], "fdopen")
	if err != nil {
		return nil, err
	}
	mode, ok := a["mode"].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "fdopen() argument 'mode' must be str, not %s", typeName(a["mode"]))
	}
	perm, _, _, err := py.FileModeFrom(string(mode))
	if err != nil {
		return nil, err
	}
	f := takeFromPython(fd)
	if f == nil {
		if fd < 0 || runtimeInternal(fd) {
			return nil, ebadf()
		}
		nfd, err := dupFd(fd)
		if err != nil {
			return nil, osError(err, "")
		}
		f = os.NewFile(uintptr(nfd), strconv.Itoa(fd))
	}
	return &py.File{File: f, FileMode: perm}, nil
}

// mkstemp is tempfile.mkstemp(suffix=None, prefix=None, dir=None,
// text=False): (descriptor, absolute path) of a new file, mode 0600, which
// stays open until os.close.
func mkstemp(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := tempArgs(args, kwargs, []string{"suffix", "prefix", "dir", "text"}, []py.Object{py.None, py.None, py.None, py.False})
	if err != nil {
		return nil, err
	}
	asBytes := false
	for _, k := range []string{"suffix", "prefix", "dir"} {
		if b, ok := a[k].(py.Bytes); ok {
			a[k] = py.String(b)
			asBytes = true
		}
	}
	dir, pat := tempPattern(a)
	f, err := os.CreateTemp(dir, pat)
	if err != nil {
		return nil, osError(err, dir)
	}
	name := f.Name()
	if abs, err := absPath(name); err == nil {
		name = abs
	}
	fd := givePython(f)
	if asBytes {
		return py.Tuple{py.Int(fd), py.Bytes(name)}, nil
	}
	return py.Tuple{py.Int(fd), py.String(name)}, nil
}

func absPath(p string) (string, error) {
	if strings.HasPrefix(p, "/") {
		return p, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return p, err
	}
	return wd + "/" + p, nil
}

func init() {
	extendModule("os", map[string]interface{}{"close": osClose, "fdopen": osFdopen}, nil)
	extendModule("tempfile", map[string]interface{}{"mkstemp": mkstemp}, nil)
}
