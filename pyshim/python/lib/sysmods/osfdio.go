package sysmods

import (
	"io"
	"os"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/gil"
)

// os.pipe, os.read and os.write, on the descriptors fds.go lets Python
// use: those it owns (os.pipe's, mkstemp's) and the standard streams 0-2.
// Any other descriptor is the Go runtime's or a live Go file's, and is
// refused with OSError(EBADF), as os.close refuses it. Reads and writes
// that can wait run outside the interpreter lock.

// pyFile returns the file Python owns as fd, or nil.
func pyFile(fd int) *os.File {
	pyFDs.Lock()
	defer pyFDs.Unlock()
	return pyFDs.m[fd]
}

// stdFD reports whether fd is a standard stream a script may use directly.
func stdFD(fd int) bool { return fd >= 0 && fd <= 2 && !runtimeInternal(fd) }

// stdFile is the *os.File of a standard descriptor (0, 1 or 2), so that
// reads and writes on it work on every OS (syscall's take a Handle on
// Windows).
func stdFile(fd int) *os.File {
	switch fd {
	case 0:
		return os.Stdin
	case 1:
		return os.Stdout
	}
	return os.Stderr
}

// osPipe is os.pipe(): (read end, write end).
func osPipe(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "os.pipe() takes no arguments (%d given)", len(args))
	}
	r, w, err := os.Pipe()
	if err != nil {
		return nil, osError(err, "")
	}
	return py.Tuple{py.Int(givePython(r)), py.Int(givePython(w))}, nil
}

// osRead is os.read(fd, n): at most n bytes, empty bytes at the end of the file.
func osRead(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "read expected 2 arguments, got %d", len(args))
	}
	fd, err := fdArg(args[0], "read")
	if err != nil {
		return nil, err
	}
	n, err := fdArg(args[1], "read")
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "negative count")
	}
	buf := make([]byte, n)
	var got int
	if f := pyFile(fd); f != nil {
		gil.Blocking(func() { got, err = f.Read(buf) })
		if err == io.EOF {
			err = nil
		}
	} else if stdFD(fd) {
		gil.Blocking(func() { got, err = stdFile(fd).Read(buf) })
		if err == io.EOF {
			err = nil
		}
	} else {
		return nil, ebadf()
	}
	if err != nil {
		return nil, osError(err, "")
	}
	if got < 0 {
		got = 0
	}
	return newBytes(buf[:got]), nil
}

// osWrite is os.write(fd, data): the number of bytes written.
func osWrite(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "write expected 2 arguments, got %d", len(args))
	}
	fd, err := fdArg(args[0], "write")
	if err != nil {
		return nil, err
	}
	data, ok := asBytes(args[1])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", typeName(args[1]))
	}
	var n int
	if f := pyFile(fd); f != nil {
		gil.Blocking(func() { n, err = f.Write(data) })
	} else if stdFD(fd) {
		gil.Blocking(func() { n, err = stdFile(fd).Write(data) })
	} else {
		return nil, ebadf()
	}
	if err != nil {
		return nil, osError(err, "")
	}
	return py.Int(n), nil
}

func init() {
	extendModule("os", map[string]interface{}{"pipe": osPipe, "read": osRead, "write": osWrite}, nil)
}
