package sysmods

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// The io module's in-memory stream types.
var (
	StringIOType = py.NewTypeX("_io.StringIO", "Text I/O implementation using an in-memory buffer.", stringIONew, nil)
	BytesIOType  = py.NewTypeX("_io.BytesIO", "Buffered I/O implementation using an in-memory bytes buffer.", bytesIONew, nil)
	// UnsupportedOperation is io.UnsupportedOperation.
	UnsupportedOperation = newExceptionType("UnsupportedOperation", "", py.OSError)
)

// memIO is the shared implementation of StringIO (runes) and BytesIO.
type memIO struct {
	text   bool
	runes  []rune
	bytes  []byte
	pos    int
	closed bool
}

// StringIO is io.StringIO.
type StringIO struct{ memIO }

// BytesIO is io.BytesIO.
type BytesIO struct{ memIO }

// Type returns StringIOType.
func (s *StringIO) Type() *py.Type { return StringIOType }

// Type returns BytesIOType.
func (b *BytesIO) Type() *py.Type { return BytesIOType }

func stringIONew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var init, nl py.Object = py.String(""), py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:StringIO", []string{"initial_value", "newline"}, &init, &nl); err != nil {
		return nil, err
	}
	s := &StringIO{memIO{text: true}}
	if !isNone(init) {
		v, ok := init.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "initial_value must be str or None, not %s", typeName(init))
		}
		s.runes = []rune(string(v))
	}
	return s, nil
}

func bytesIONew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var init py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:BytesIO", []string{"initial_bytes"}, &init); err != nil {
		return nil, err
	}
	b := &BytesIO{}
	if !isNone(init) {
		v, ok := asBytes(init)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", typeName(init))
		}
		b.bytes = append([]byte{}, v...)
	}
	return b, nil
}

func (m *memIO) size() int {
	if m.text {
		return len(m.runes)
	}
	return len(m.bytes)
}

func (m *memIO) check() error {
	if m.closed {
		return py.ExceptionNewf(py.ValueError, "I/O operation on closed file")
	}
	return nil
}

func (m *memIO) slice(a, b int) py.Object {
	if m.text {
		return py.String(string(m.runes[a:b]))
	}
	return newBytes(append([]byte{}, m.bytes[a:b]...))
}

func (m *memIO) write(o py.Object) (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	if m.text {
		s, ok := o.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "string argument expected, got '%s'", typeName(o))
		}
		r := []rune(string(s))
		for len(m.runes) < m.pos {
			m.runes = append(m.runes, 0)
		}
		end := m.pos + len(r)
		if end > len(m.runes) {
			m.runes = append(m.runes[:m.pos], r...)
		} else {
			copy(m.runes[m.pos:], r)
		}
		m.pos = end
		return py.Int(len(r)), nil
	}
	b, ok := asBytes(o)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", typeName(o))
	}
	for len(m.bytes) < m.pos {
		m.bytes = append(m.bytes, 0)
	}
	end := m.pos + len(b)
	if end > len(m.bytes) {
		m.bytes = append(m.bytes[:m.pos], b...)
	} else {
		copy(m.bytes[m.pos:], b)
	}
	m.pos = end
	return py.Int(len(b)), nil
}

func sizeArg(args py.Tuple) (int, error) {
	if len(args) == 0 || isNone(args[0]) {
		return -1, nil
	}
	return toInt(args[0], "")
}

func (m *memIO) read(args py.Tuple) (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	n, err := sizeArg(args)
	if err != nil {
		return nil, err
	}
	st := m.pos
	if st > m.size() {
		st = m.size()
	}
	end := m.size()
	if n >= 0 && st+n < end {
		end = st + n
	}
	m.pos = end
	return m.slice(st, end), nil
}

func (m *memIO) readline(limit int) py.Object {
	st := m.pos
	if st > m.size() {
		st = m.size()
	}
	end := st
	for end < m.size() && (limit < 0 || end-st < limit) {
		var nl bool
		if m.text {
			nl = m.runes[end] == '\n'
		} else {
			nl = m.bytes[end] == '\n'
		}
		end++
		if nl {
			break
		}
	}
	m.pos = end
	return m.slice(st, end)
}

func emptyOf(o py.Object) bool {
	switch v := o.(type) {
	case py.String:
		return len(v) == 0
	}
	if b, ok := asBytes(o); ok {
		return len(b) == 0
	}
	return true
}

func memOf(o py.Object) *memIO {
	switch v := o.(type) {
	case *StringIO:
		return &v.memIO
	case *BytesIO:
		return &v.memIO
	}
	return nil
}

// M__iter__ returns the stream.
func (s *StringIO) M__iter__() (py.Object, error) { return s, nil }

// M__next__ returns the next line.
func (s *StringIO) M__next__() (py.Object, error) { return memNext(&s.memIO) }

// M__enter__ returns the stream.
func (s *StringIO) M__enter__() (py.Object, error) { return s, nil }

// M__exit__ closes the stream.
func (s *StringIO) M__exit__(a, b, c py.Object) (py.Object, error) {
	s.closed = true
	return py.None, nil
}

// M__iter__ returns the stream.
func (b *BytesIO) M__iter__() (py.Object, error) { return b, nil }

// M__next__ returns the next line.
func (b *BytesIO) M__next__() (py.Object, error) { return memNext(&b.memIO) }

// M__enter__ returns the stream.
func (b *BytesIO) M__enter__() (py.Object, error) { return b, nil }

// M__exit__ closes the stream.
func (b *BytesIO) M__exit__(x, y, z py.Object) (py.Object, error) {
	b.closed = true
	return py.None, nil
}

func memNext(m *memIO) (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	l := m.readline(-1)
	if emptyOf(l) {
		return nil, py.StopIteration
	}
	return l, nil
}

func ioInit() {
	for _, t := range []*py.Type{StringIOType, BytesIOType} {
		t.Flags |= py.TPFLAGS_BASETYPE
		d := t.Dict
		d["write"] = method("write", func(self, o py.Object) (py.Object, error) { return memOf(self).write(o) })
		d["writelines"] = method("writelines", func(self, o py.Object) (py.Object, error) {
			err := iterate(o, func(x py.Object) error { _, err := memOf(self).write(x); return err })
			return py.None, err
		})
		d["read"] = method("read", func(self py.Object, args py.Tuple) (py.Object, error) { return memOf(self).read(args) })
		d["readline"] = method("readline", func(self py.Object, args py.Tuple) (py.Object, error) {
			m := memOf(self)
			if err := m.check(); err != nil {
				return nil, err
			}
			n, err := sizeArg(args)
			if err != nil {
				return nil, err
			}
			return m.readline(n), nil
		})
		d["readlines"] = method("readlines", func(self py.Object, args py.Tuple) (py.Object, error) {
			m := memOf(self)
			if err := m.check(); err != nil {
				return nil, err
			}
			var out []py.Object
			for {
				l := m.readline(-1)
				if emptyOf(l) {
					return py.NewListFromItems(out), nil
				}
				out = append(out, l)
			}
		})
		d["getvalue"] = method("getvalue", func(self py.Object) (py.Object, error) {
			m := memOf(self)
			if err := m.check(); err != nil {
				return nil, err
			}
			return m.slice(0, m.size()), nil
		})
		d["seek"] = method("seek", func(self py.Object, args py.Tuple) (py.Object, error) {
			var p, w py.Object = nil, py.Int(0)
			if err := py.UnpackTuple(args, nil, "seek", 1, 2, &p, &w); err != nil {
				return nil, err
			}
			m := memOf(self)
			if err := m.check(); err != nil {
				return nil, err
			}
			pos, err := toInt(p, "")
			if err != nil {
				return nil, err
			}
			whence, err := toInt(w, "")
			if err != nil {
				return nil, err
			}
			switch whence {
			case 0:
				if pos < 0 {
					return nil, py.ExceptionNewf(py.ValueError, "Negative seek position %d", pos)
				}
				m.pos = pos
			case 1:
				if m.text && pos != 0 {
					return nil, py.ExceptionNewf(py.OSError, "Can't do nonzero cur-relative seeks")
				}
				m.pos += pos
			case 2:
				if m.text && pos != 0 {
					return nil, py.ExceptionNewf(py.OSError, "Can't do nonzero end-relative seeks")
				}
				m.pos = m.size() + pos
			default:
				return nil, py.ExceptionNewf(py.ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence)
			}
			if m.pos < 0 {
				m.pos = 0
			}
			return py.Int(m.pos), nil
		})
		d["tell"] = method("tell", func(self py.Object) (py.Object, error) {
			m := memOf(self)
			if err := m.check(); err != nil {
				return nil, err
			}
			return py.Int(m.pos), nil
		})
		d["truncate"] = method("truncate", func(self py.Object, args py.Tuple) (py.Object, error) {
			m := memOf(self)
			if err := m.check(); err != nil {
				return nil, err
			}
			n, err := sizeArg(args)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				n = m.pos
			}
			if n < m.size() {
				if m.text {
					m.runes = m.runes[:n]
				} else {
					m.bytes = m.bytes[:n]
				}
			}
			return py.Int(n), nil
		})
		d["close"] = method("close", func(self py.Object) (py.Object, error) { memOf(self).closed = true; return py.None, nil })
		d["flush"] = method("flush", func(self py.Object) (py.Object, error) { return py.None, nil })
		d["closed"] = getter(func(self py.Object) (py.Object, error) { return py.NewBool(memOf(self).closed), nil })
		for _, n := range []string{"readable", "writable", "seekable"} {
			d[n] = method(n, func(self py.Object) (py.Object, error) {
				if err := memOf(self).check(); err != nil {
					return nil, err
				}
				return py.True, nil
			})
		}
		d["isatty"] = method("isatty", func(self py.Object) (py.Object, error) { return py.False, nil })
	}
	StringIOType.Dict["__repr__"] = nil
	delete(StringIOType.Dict, "__repr__")
	register("io", "The io module provides the Python interfaces to stream handling.", map[string]interface{}{
		"open": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			ctx := ctxOf(self)
			if ctx == nil {
				return nil, py.ExceptionNewf(py.RuntimeError, "no interpreter context")
			}
			return py.Call(ctx.Store().Builtins.Globals["open"], args, kwargs)
		},
	}, py.StringDict{
		"StringIO":             StringIOType,
		"BytesIO":              BytesIOType,
		"TextIOWrapper":        StreamType,
		"FileIO":               py.FileType,
		"BufferedReader":       py.FileType,
		"BufferedWriter":       py.FileType,
		"IOBase":               py.ObjectType,
		"TextIOBase":           py.ObjectType,
		"RawIOBase":            py.ObjectType,
		"BufferedIOBase":       py.ObjectType,
		"UnsupportedOperation": UnsupportedOperation,
		"SEEK_SET":             py.Int(0),
		"SEEK_CUR":             py.Int(1),
		"SEEK_END":             py.Int(2),
		"DEFAULT_BUFFER_SIZE":  py.Int(8192),
	})
	_ = strings.Builder{}
}

func init() { ioInit() }
