package gomods

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/gil"
)

// StreamType is the type of the sequential file objects of this package:
// gzip, bz2 and lzma files, zip members, subprocess pipes. Their names
// follow CPython's (a text stream reports _io.TextIOWrapper).
var StreamType = py.NewType("_io.BufferedReader", "A sequential binary or text stream.")

// TextStreamType is the type of a stream opened in text mode.
var TextStreamType = py.NewType("_io.TextIOWrapper", "A sequential text stream.")

// Stream is a sequential (unseekable) file object over Go readers and
// writers, in binary or text (UTF-8, universal newlines) mode.
type Stream struct {
	r      *bufio.Reader
	w      io.Writer
	closer func() error
	text   bool
	closed bool
	// blocking: reads and writes can wait (pipes): the interpreter lock is
	// released around them.
	blocking bool
	name     py.Object
	mode     string
	// closedMsg replaces the ValueError text of an operation on the closed
	// stream ("" : io's "I/O operation on closed file.").
	closedMsg string
	extra     py.StringDict // attributes set from Python
}

// Type returns StreamType or TextStreamType.
func (s *Stream) Type() *py.Type {
	if s.text {
		return TextStreamType
	}
	return StreamType
}

// newStream makes a stream; r or w may be nil.
func newStream(r io.Reader, w io.Writer, closer func() error, text bool, name py.Object, mode string) *Stream {
	s := &Stream{w: w, closer: closer, text: text, name: name, mode: mode}
	if r != nil {
		s.r = bufio.NewReaderSize(r, 64*1024)
	}
	return s
}

func (s *Stream) io(fn func()) {
	if s.blocking {
		gil.Blocking(fn)
		return
	}
	fn()
}

func (s *Stream) check(read bool) error {
	if s.closed {
		if s.closedMsg != "" {
			return py.ExceptionNewf(py.ValueError, "%s", s.closedMsg)
		}
		return py.ExceptionNewf(py.ValueError, "I/O operation on closed file.")
	}
	if read && s.r == nil {
		return py.ExceptionNewf(py.OSError, "read() on write-only stream")
	}
	if !read && s.w == nil {
		return py.ExceptionNewf(py.OSError, "write() on read-only stream")
	}
	return nil
}

// result turns raw bytes into the str or bytes a read returns.
func (s *Stream) result(b []byte) py.Object {
	if !s.text {
		return newBytes(b)
	}
	t := strings.ReplaceAll(string(b), "\r\n", "\n")
	if !utf8.ValidString(t) {
		t = strings.ToValidUTF8(t, "\uFFFD")
	}
	return py.String(t)
}

// readAll reads to EOF.
func (s *Stream) readAll() (py.Object, error) {
	var b []byte
	var err error
	s.io(func() { b, err = io.ReadAll(s.r) })
	if err != nil {
		return nil, readError(err)
	}
	return s.result(b), nil
}

// readN reads n bytes (binary) or n characters (text).
func (s *Stream) readN(n int) (py.Object, error) {
	var buf []byte
	var err error
	s.io(func() {
		if !s.text {
			buf = make([]byte, n)
			var m int
			m, err = io.ReadFull(s.r, buf)
			buf = buf[:m]
			if err == io.ErrUnexpectedEOF || err == io.EOF {
				err = nil
			}
			return
		}
		for i := 0; i < n; i++ {
			r, size, e := s.r.ReadRune()
			if e != nil {
				if e != io.EOF {
					err = e
				}
				return
			}
			if r == '\r' {
				if nx, e := s.r.Peek(1); e == nil && nx[0] == '\n' {
					continue
				}
			}
			buf = append(buf, string(r)...)
			_ = size
		}
	})
	if err != nil {
		return nil, readError(err)
	}
	return s.result(buf), nil
}

// readLine reads one line including its newline ("" / b"" at EOF).
func (s *Stream) readLine() (py.Object, error) {
	var b []byte
	var err error
	s.io(func() { b, err = s.r.ReadBytes('\n') })
	if err != nil && err != io.EOF {
		return nil, readError(err)
	}
	return s.result(b), nil
}

func readError(err error) error {
	if e, ok := err.(*py.Exception); ok {
		return e
	}
	return py.ExceptionNewf(py.OSError, "%v", err)
}

// Write writes str (text mode) or bytes.
func (s *Stream) Write(o py.Object) (py.Object, error) {
	if err := s.check(false); err != nil {
		return nil, err
	}
	var data []byte
	var n int
	if s.text {
		str, ok := o.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "write() argument must be str, not %s", typeName(o))
		}
		data, n = []byte(str), utf8.RuneCountInString(string(str))
	} else {
		b, ok := asBytes(o)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", typeName(o))
		}
		data, n = b, len(b)
	}
	var err error
	s.io(func() { _, err = s.w.Write(data) })
	if err != nil {
		return nil, py.ExceptionNewf(py.OSError, "%v", err)
	}
	return py.Int(n), nil
}

// Close flushes and closes the stream (twice is harmless).
func (s *Stream) Close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	if s.closer != nil {
		var err error
		s.io(func() { err = s.closer() })
		if err != nil {
			return py.ExceptionNewf(py.OSError, "%v", err)
		}
	}
	return nil
}

// M__iter__ returns the stream.
func (s *Stream) M__iter__() (py.Object, error) {
	if err := s.check(true); err != nil {
		return nil, err
	}
	return s, nil
}

// M__next__ returns the next line.
func (s *Stream) M__next__() (py.Object, error) {
	if err := s.check(true); err != nil {
		return nil, err
	}
	l, err := s.readLine()
	if err != nil {
		return nil, err
	}
	if n, _ := py.Len(l); n == py.Int(0) {
		return nil, py.StopIteration
	}
	return l, nil
}

// M__enter__ returns the stream.
func (s *Stream) M__enter__() (py.Object, error) { return s, nil }

// M__exit__ closes it.
func (s *Stream) M__exit__(a, b, c py.Object) (py.Object, error) { return py.False, s.Close() }

// M__getattr__ returns attributes set from Python.
func (s *Stream) M__getattr__(name string) (py.Object, error) {
	if v, ok := s.extra[name]; ok {
		return v, nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", s.Type().Name, name)
}

// M__repr__ names the stream.
func (s *Stream) M__repr__() (py.Object, error) {
	r, _ := py.ReprAsString(s.name)
	return py.String("<" + s.Type().Name + " name=" + r + ">"), nil
}

func streamSelf(self py.Object) (*Stream, error) {
	s, ok := self.(*Stream)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a stream, not '%s'", typeName(self))
	}
	return s, nil
}

func init() {
	for _, t := range []*py.Type{StreamType, TextStreamType} {
		t.Dict["read"] = method("read", func(self py.Object, args py.Tuple) (py.Object, error) {
			s, err := streamSelf(self)
			if err != nil {
				return nil, err
			}
			if err := s.check(true); err != nil {
				return nil, err
			}
			n := -1
			if len(args) > 0 && !isNone(args[0]) {
				if n, err = toInt(args[0]); err != nil {
					return nil, err
				}
			}
			if n < 0 {
				return s.readAll()
			}
			return s.readN(n)
		})
		t.Dict["read1"] = t.Dict["read"]
		t.Dict["readline"] = method("readline", func(self py.Object, args py.Tuple) (py.Object, error) {
			s, err := streamSelf(self)
			if err != nil {
				return nil, err
			}
			if err := s.check(true); err != nil {
				return nil, err
			}
			return s.readLine()
		})
		t.Dict["readlines"] = method("readlines", func(self py.Object, args py.Tuple) (py.Object, error) {
			s, err := streamSelf(self)
			if err != nil {
				return nil, err
			}
			if err := s.check(true); err != nil {
				return nil, err
			}
			var out []py.Object
			for {
				l, err := s.readLine()
				if err != nil {
					return nil, err
				}
				if n, _ := py.Len(l); n == py.Int(0) {
					return py.NewListFromItems(out), nil
				}
				out = append(out, l)
			}
		})
		t.Dict["write"] = method("write", func(self py.Object, o py.Object) (py.Object, error) {
			s, err := streamSelf(self)
			if err != nil {
				return nil, err
			}
			return s.Write(o)
		})
		t.Dict["writelines"] = method("writelines", func(self py.Object, o py.Object) (py.Object, error) {
			s, err := streamSelf(self)
			if err != nil {
				return nil, err
			}
			var werr error
			err = py.Iterate(o, func(item py.Object) bool {
				_, werr = s.Write(item)
				return werr != nil
			})
			if werr != nil {
				return nil, werr
			}
			return py.None, err
		})
		t.Dict["close"] = method("close", func(self py.Object) (py.Object, error) {
			s, err := streamSelf(self)
			if err != nil {
				return nil, err
			}
			return py.None, s.Close()
		})
		t.Dict["flush"] = method("flush", func(self py.Object) (py.Object, error) {
			s, err := streamSelf(self)
			if err != nil {
				return nil, err
			}
			if f, ok := s.w.(interface{ Flush() error }); ok && !s.closed {
				if err := f.Flush(); err != nil {
					return nil, py.ExceptionNewf(py.OSError, "%v", err)
				}
			}
			return py.None, nil
		})
		t.Dict["readable"] = method("readable", func(self py.Object) (py.Object, error) {
			s, err := streamSelf(self)
			if err != nil {
				return nil, err
			}
			return py.NewBool(s.r != nil), nil
		})
		t.Dict["writable"] = method("writable", func(self py.Object) (py.Object, error) {
			s, err := streamSelf(self)
			if err != nil {
				return nil, err
			}
			return py.NewBool(s.w != nil), nil
		})
		t.Dict["seekable"] = method("seekable", func(self py.Object) (py.Object, error) { return py.False, nil })
		t.Dict["closed"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			s, err := streamSelf(self)
			if err != nil {
				return nil, err
			}
			return py.NewBool(s.closed), nil
		}}
		t.Dict["name"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			s, err := streamSelf(self)
			if err != nil {
				return nil, err
			}
			return s.name, nil
		}}
		t.Dict["mode"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			s, err := streamSelf(self)
			if err != nil {
				return nil, err
			}
			return py.String(s.mode), nil
		}}
	}
}
