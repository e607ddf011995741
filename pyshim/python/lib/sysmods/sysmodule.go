package sysmods

import (
	"bufio"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
	"github.com/gowikibot/gowikibot/pyshim/python/gil"
)

// VersionInfoType is the type of sys.version_info: a tuple-like record.
var VersionInfoType = py.NewType("sys.version_info", "Version information as a named tuple.")

// versionInfo is sys.version_info; it compares and indexes as a tuple.
type versionInfo struct{ t py.Tuple }

func (v *versionInfo) Type() *py.Type { return VersionInfoType }

func (v *versionInfo) M__repr__() (py.Object, error) {
	return py.String("sys.version_info(major=3, minor=11, micro=2, releaselevel='final', serial=0)"), nil
}
func (v *versionInfo) M__getitem__(k py.Object) (py.Object, error) { return v.t.M__getitem__(k) }
func (v *versionInfo) M__len__() (py.Object, error)                { return py.Int(len(v.t)), nil }
func (v *versionInfo) M__iter__() (py.Object, error)               { return py.NewIterator(v.t), nil }
func (v *versionInfo) other(o py.Object) py.Object {
	if w, ok := o.(*versionInfo); ok {
		return w.t
	}
	return o
}
func (v *versionInfo) M__eq__(o py.Object) (py.Object, error) { return v.t.M__eq__(v.other(o)) }
func (v *versionInfo) M__ne__(o py.Object) (py.Object, error) { return v.t.M__ne__(v.other(o)) }
func (v *versionInfo) M__lt__(o py.Object) (py.Object, error) { return tupleCmp(v.t, v.other(o), "<") }
func (v *versionInfo) M__le__(o py.Object) (py.Object, error) { return tupleCmp(v.t, v.other(o), "<=") }
func (v *versionInfo) M__gt__(o py.Object) (py.Object, error) { return tupleCmp(v.t, v.other(o), ">") }
func (v *versionInfo) M__ge__(o py.Object) (py.Object, error) { return tupleCmp(v.t, v.other(o), ">=") }

// tupleCmp compares tuples lexicographically.
func tupleCmp(a py.Tuple, bo py.Object, op string) (py.Object, error) {
	b, ok := bo.(py.Tuple)
	if !ok {
		return py.NotImplemented, nil
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		eq, err := py.Eq(a[i], b[i])
		if err != nil {
			return nil, err
		}
		if eq == py.True {
			continue
		}
		switch op {
		case "<", "<=":
			return py.Lt(a[i], b[i])
		default:
			return py.Gt(a[i], b[i])
		}
	}
	la, lb := len(a), len(b)
	var r bool
	switch op {
	case "<":
		r = la < lb
	case "<=":
		r = la <= lb
	case ">":
		r = la > lb
	case ">=":
		r = la >= lb
	}
	return py.NewBool(r), nil
}

func init() {
	for i, n := range []string{"major", "minor", "micro", "releaselevel", "serial"} {
		i := i
		VersionInfoType.Dict[n] = getter(func(self py.Object) (py.Object, error) { return self.(*versionInfo).t[i], nil })
	}
	vi := &versionInfo{t: py.Tuple{py.Int(3), py.Int(11), py.Int(2), py.String("final"), py.Int(0)}}
	platform := runtime.GOOS
	if platform == "windows" {
		platform = "win32"
	}
	exe, _ := os.Executable()
	extendModule("sys", map[string]interface{}{
		"getdefaultencoding":    func(self py.Object) (py.Object, error) { return py.String("utf-8"), nil },
		"getfilesystemencoding": func(self py.Object) (py.Object, error) { return py.String("utf-8"), nil },
		"exc_info":              sysExcInfo,
		"exception":             sysException,
		"_getframe": func(self py.Object, args py.Tuple) (py.Object, error) {
			var depth py.Object = py.Int(0)
			if err := py.UnpackTuple(args, nil, "_getframe", 0, 1, &depth); err != nil {
				return nil, err
			}
			n, ok := depth.(py.Int)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", depth.Type().Name)
			}
			return classes.GetFrame(int(n))
		},
		"exit": func(self py.Object, args py.Tuple) (py.Object, error) {
			var code py.Object = py.None
			if err := py.UnpackTuple(args, nil, "exit", 0, 1, &code); err != nil {
				return nil, err
			}
			// gpython's own sys.exit returns the exception instead of
			// raising it.
			if len(args) == 0 {
				return nil, &py.Exception{Base: py.SystemExit, Args: py.Tuple{}, Dict: py.StringDict{"code": py.None}}
			}
			return nil, &py.Exception{Base: py.SystemExit, Args: py.Tuple{code}, Dict: py.StringDict{"code": code}}
		},
	}, py.StringDict{
		"version":              py.String("3.11.2 (gowikibot, gpython) [Go]"),
		"version_info":         vi,
		"hexversion":           py.Int(0x30b02f0),
		"platform":             py.String(platform),
		"maxsize":              py.Int(1<<63 - 1),
		"maxunicode":           py.Int(0x10FFFF),
		"byteorder":            py.String("little"),
		"executable":           py.String(exe),
		"prefix":               py.String("/usr"),
		"exec_prefix":          py.String("/usr"),
		"dont_write_bytecode":  py.True,
		"warnoptions":          py.NewList(),
		"builtin_module_names": py.Tuple{py.String("builtins"), py.String("sys")},
		"implementation":       sysImplementation(vi),
		"hash_info":            sysHashInfo(),
	})
	StreamType.Dict["write"] = method("write", func(self, arg py.Object) (py.Object, error) { return self.(*Stream).write(arg) })
	StreamType.Dict["flush"] = method("flush", func(self py.Object) (py.Object, error) { return py.None, nil })
	StreamType.Dict["readline"] = method("readline", func(self py.Object, args py.Tuple) (py.Object, error) {
		return self.(*Stream).readline(args)
	})
	StreamType.Dict["readlines"] = method("readlines", func(self py.Object) (py.Object, error) {
		s := self.(*Stream)
		var out []py.Object
		for {
			l, err := s.readLine(-1)
			if err != nil {
				return nil, err
			}
			if l == "" {
				return py.NewListFromItems(out), nil
			}
			out = append(out, py.String(l))
		}
	})
	StreamType.Dict["read"] = method("read", func(self py.Object, args py.Tuple) (py.Object, error) { return self.(*Stream).read(args) })
	StreamType.Dict["fileno"] = method("fileno", func(self py.Object) (py.Object, error) { return py.Int(self.(*Stream).fd), nil })
	StreamType.Dict["isatty"] = method("isatty", func(self py.Object) (py.Object, error) { return py.NewBool(isTerminal(self.(*Stream).fd)), nil })
	StreamType.Dict["readable"] = method("readable", func(self py.Object) (py.Object, error) { return py.NewBool(self.(*Stream).r != nil), nil })
	StreamType.Dict["writable"] = method("writable", func(self py.Object) (py.Object, error) { return py.NewBool(self.(*Stream).w != nil), nil })
	StreamType.Dict["close"] = method("close", func(self py.Object) (py.Object, error) { return py.None, nil })
	StreamType.Dict["buffer"] = getter(func(self py.Object) (py.Object, error) {
		return &BinaryStream{s: self.(*Stream)}, nil
	})
	BinaryStreamType.Dict["write"] = method("write", func(self, arg py.Object) (py.Object, error) {
		b, ok := asBytes(arg)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", typeName(arg))
		}
		s := self.(*BinaryStream).s
		if s.w == nil {
			return nil, py.ExceptionNewf(py.OSError, "not writable")
		}
		if _, err := s.w.Write(b); err != nil {
			return nil, py.ExceptionNewf(py.OSError, "%v", err)
		}
		return py.Int(len(b)), nil
	})
	BinaryStreamType.Dict["flush"] = method("flush", func(self py.Object) (py.Object, error) { return py.None, nil })
	BinaryStreamType.Dict["read"] = method("read", func(self py.Object, args py.Tuple) (py.Object, error) {
		r, err := self.(*BinaryStream).s.read(args)
		if err != nil {
			return nil, err
		}
		return newBytes([]byte(string(r.(py.String)))), nil
	})
	BinaryStreamType.Dict["readline"] = method("readline", func(self py.Object, args py.Tuple) (py.Object, error) {
		r, err := self.(*BinaryStream).s.readline(args)
		if err != nil {
			return nil, err
		}
		return newBytes([]byte(string(r.(py.String)))), nil
	})
	StreamType.Dict["name"] = getter(func(self py.Object) (py.Object, error) { return py.String(self.(*Stream).name), nil })
	StreamType.Dict["encoding"] = getter(func(self py.Object) (py.Object, error) { return py.String("utf-8"), nil })
	StreamType.Dict["errors"] = getter(func(self py.Object) (py.Object, error) { return py.String("strict"), nil })
	StreamType.Dict["closed"] = getter(func(self py.Object) (py.Object, error) { return py.False, nil })
	StreamType.Dict["mode"] = getter(func(self py.Object) (py.Object, error) {
		if self.(*Stream).r != nil {
			return py.String("r"), nil
		}
		return py.String("w"), nil
	})
}

// BinaryStreamType is the type of sys.stdout.buffer and friends.
var BinaryStreamType = py.NewType("_io.BufferedWriter", "Binary layer of a standard stream.")

// BinaryStream is the .buffer of a standard stream.
type BinaryStream struct{ s *Stream }

// Type returns BinaryStreamType.
func (b *BinaryStream) Type() *py.Type { return BinaryStreamType }

// StreamType is the type of sys.stdin, sys.stdout and sys.stderr.
var StreamType = py.NewTypeX("_io.TextIOWrapper", "Character and line based layer over a buffered stream.", streamNew, nil)

// streamNew is io.TextIOWrapper(buffer, encoding=None, errors=None,
// newline=None, line_buffering=False, write_through=False) for the binary
// buffers of the standard streams.
func streamNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var buf, enc, errs, nl, lb, wt py.Object = nil, py.None, py.None, py.None, py.False, py.False
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOOOO:TextIOWrapper", []string{"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, &buf, &enc, &errs, &nl, &lb, &wt); err != nil {
		return nil, err
	}
	b, ok := buf.(*BinaryStream)
	if !ok {
		// any other binary stream: our Python TextIOWrapper
		f := classes.CurrentFrame()
		if f == nil {
			return nil, py.ExceptionNewf(py.TypeError, "TextIOWrapper() supports only the .buffer of a standard stream here, not %s", typeName(buf))
		}
		mod, err := py.Call(f.Context.Store().Builtins.Globals["__import__"], py.Tuple{py.String("_gwb_textio")}, nil)
		if err != nil {
			return nil, err
		}
		cls, err := py.GetAttrString(mod, "TextIOWrapper")
		if err != nil {
			return nil, err
		}
		return py.Call(cls, args, kwargs)
	}
	return &Stream{name: b.s.name, fd: b.s.fd, r: b.s.r, w: b.s.w}, nil
}

// Stream is a text stream over the process's standard streams.
type Stream struct {
	name string
	fd   int
	mu   sync.Mutex
	r    *bufio.Reader
	w    io.Writer
	// pending is the line a read left behind when Ctrl-C ended the wait
	// for it (ReadLineInterruptible): the next read returns it first.
	pending chan string
	// dict holds the attributes a script sets on the stream
	// (sys.__stdout__.isatty = ...), as CPython's TextIOWrapper has a
	// __dict__; made on first use.
	dict py.StringDict
}

// GetDict returns the stream's attribute dict (py.IGetDict), so that a
// script can set and read attributes of its own on a standard stream.
func (s *Stream) GetDict() py.StringDict {
	if s.dict == nil {
		s.dict = py.NewStringDict()
	}
	return s.dict
}

// Type returns StreamType.
func (s *Stream) Type() *py.Type { return StreamType }

// M__repr__ is CPython's repr of a standard stream.
func (s *Stream) M__repr__() (py.Object, error) {
	mode := "w"
	if s.r != nil {
		mode = "r"
	}
	return py.String("<_io.TextIOWrapper name='" + s.name + "' mode='" + mode + "' encoding='utf-8'>"), nil
}

// M__iter__ returns the stream itself.
func (s *Stream) M__iter__() (py.Object, error) { return s, nil }

// M__next__ returns the next line.
func (s *Stream) M__next__() (py.Object, error) {
	l, err := s.readLine(-1)
	if err != nil {
		return nil, err
	}
	if l == "" {
		return nil, py.StopIteration
	}
	return py.String(l), nil
}

// M__enter__ returns the stream.
func (s *Stream) M__enter__() (py.Object, error) { return s, nil }

// M__exit__ does nothing.
func (s *Stream) M__exit__(a, b, c py.Object) (py.Object, error) { return py.None, nil }

func (s *Stream) write(arg py.Object) (py.Object, error) {
	str, ok := arg.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "write() argument must be str, not %s", typeName(arg))
	}
	if s.w == nil {
		return nil, py.ExceptionNewf(py.OSError, "not writable")
	}
	if _, err := io.WriteString(s.w, string(str)); err != nil {
		return nil, py.ExceptionNewf(py.OSError, "%v", err)
	}
	return py.Int(len([]rune(string(str)))), nil
}

// readLine reads up to limit runes (all: -1) through the end of a line.
// Waiting for the line (and for s.mu, held by another thread's read) is
// done with the interpreter lock released, as CPython's reads release its
// GIL: other Python threads run while one waits for input.
func (s *Stream) readLine(limit int) (string, error) {
	if s.r == nil {
		return "", py.ExceptionNewf(py.OSError, "not readable")
	}
	var line string
	gil.Blocking(func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.pending != nil {
			line = <-s.pending
			s.pending = nil
			return
		}
		line = s.readLineLocked(limit)
	})
	return line, nil
}

// ReadLineInterruptible reads a line as readline() does, but returns
// interrupted when done is closed first (Ctrl-C during input()): the read
// goes on in the background and its line is what the next read returns,
// as the line typed after a Ctrl-C is at a CPython prompt.
func (s *Stream) ReadLineInterruptible(done <-chan struct{}) (line string, interrupted bool, err error) {
	if s.r == nil {
		return "", false, py.ExceptionNewf(py.OSError, "not readable")
	}
	s.mu.Lock()
	ch := s.pending
	if ch == nil {
		ch = make(chan string, 1)
		s.pending = ch
		// The reader needs no lock: while pending is set, every other
		// read of s takes its line from pending first.
		go func() { ch <- s.readLineLocked(-1) }()
	}
	s.mu.Unlock()
	select {
	case line = <-ch:
		s.mu.Lock()
		if s.pending == ch {
			s.pending = nil
		}
		s.mu.Unlock()
		return line, false, nil
	case <-done:
		return "", true, nil
	}
}

// readLineLocked reads up to limit runes (all: -1) through the end of a
// line; s.mu is held, or the caller is the one background reader.
func (s *Stream) readLineLocked(limit int) string {
	var b strings.Builder
	n := 0
	for limit < 0 || n < limit {
		r, _, err := s.r.ReadRune()
		if err != nil {
			break
		}
		b.WriteRune(r)
		n++
		if r == '\n' {
			break
		}
	}
	return b.String()
}

func (s *Stream) readline(args py.Tuple) (py.Object, error) {
	limit := -1
	if len(args) > 0 && !isNone(args[0]) {
		n, err := toInt(args[0], "")
		if err != nil {
			return nil, err
		}
		limit = n
	}
	l, err := s.readLine(limit)
	return py.String(l), err
}

func (s *Stream) read(args py.Tuple) (py.Object, error) {
	if s.r == nil {
		return nil, py.ExceptionNewf(py.OSError, "not readable")
	}
	limit := -1
	if len(args) > 0 && !isNone(args[0]) {
		n, err := toInt(args[0], "")
		if err != nil {
			return nil, err
		}
		limit = n
	}
	var b strings.Builder
	gil.Blocking(func() { // as readLine: other threads run meanwhile
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.pending != nil {
			// a line an interrupted input() left behind comes first
			b.WriteString(<-s.pending)
			s.pending = nil
		}
		for n := len([]rune(b.String())); limit < 0 || n < limit; n++ {
			r, _, err := s.r.ReadRune()
			if err != nil {
				break
			}
			b.WriteRune(r)
		}
	})
	return py.String(b.String()), nil
}

var (
	stdinOnce   sync.Once
	stdinReader *bufio.Reader
)

// StdinReader returns the process-wide buffered reader of standard input
// that sys.stdin reads from; other readers of stdin (input()) should use it
// so that buffered data is not lost between them.
func StdinReader() *bufio.Reader {
	stdinOnce.Do(func() { stdinReader = bufio.NewReader(os.Stdin) })
	return stdinReader
}

// NewStream makes a text stream; r or w may be nil.
func NewStream(name string, fd int, r *bufio.Reader, w io.Writer) *Stream {
	return &Stream{name: name, fd: fd, r: r, w: w}
}

// sysExcInfo is sys.exc_info(). gpython's VM keeps the exception being
// handled where Go code cannot read it; the layer's own record of the
// handlers being run (classes.HandledException, fed by the bytecode hooks
// at every handler's entry and exit) says which it is.
func sysExcInfo(self py.Object) (py.Object, error) {
	return currentExcInfo(), nil
}

// sysException is sys.exception() (3.11): the exception being handled, or
// None.
func sysException(self py.Object) (py.Object, error) {
	return currentExcInfo()[1], nil
}

// currentExcInfo is the (type, value, traceback) of the exception being
// handled, or three Nones.
func currentExcInfo() py.Tuple {
	if e := classes.HandledException(); e != nil {
		var tb py.Object = py.None
		if e.Traceback != nil {
			tb = e.Traceback
		}
		return py.Tuple{e.Type(), e, tb}
	}
	return py.Tuple{py.None, py.None, py.None}
}

// installSys binds the per-context parts of sys: standard streams,
// sys.modules and os.path.
func installSys(ctx py.Context, im *importer) error {
	sysm, err := ctx.GetModule("sys")
	if err != nil {
		return err
	}
	repl := func(key string, std *os.File, mk func() *Stream) {
		if f, ok := sysm.Globals[key].(*py.File); ok && f.File == std {
			s := mk()
			sysm.Globals[key] = s
			sysm.Globals["__"+key+"__"] = s
		}
	}
	repl("stdin", os.Stdin, func() *Stream { return NewStream("<stdin>", 0, StdinReader(), nil) })
	repl("stdout", os.Stdout, func() *Stream { return NewStream("<stdout>", 1, nil, os.Stdout) })
	repl("stderr", os.Stderr, func() *Stream { return NewStream("<stderr>", 2, nil, os.Stderr) })
	sysm.Globals["modules"] = &ModulesView{im: im}
	installImportAttrs(sysm)
	installBreakpoint(ctx, sysm)
	installDebugFlag(ctx)
	if _, err := im.Import("os.path", nil, nil, 0); err != nil {
		return err
	}
	return nil
}

// sysImplementation is sys.implementation: the name CPython's (as
// platform.python_implementation() says, for code that checks it before
// using the 3.11 behaviour this layer gives), no cache tag (no .pyc files
// are written or read), the version and hexversion of sys.
func sysImplementation(vi py.Object) py.Object {
	n := &Namespace{d: py.StringDict{}, name: "namespace"}
	n.set("name", py.String("cpython"))
	n.set("cache_tag", py.None)
	n.set("version", vi)
	n.set("hexversion", py.Int(0x30b02f0))
	return n
}

// sysHashInfo is sys.hash_info: CPython 3.11's values on a 64-bit machine
// (the numbers hash() of int, float and complex is defined with). Its
// attributes only: CPython's is also a tuple.
func sysHashInfo() py.Object {
	n := &Namespace{d: py.StringDict{}, name: "sys.hash_info"}
	for _, kv := range []struct {
		k string
		v py.Object
	}{{"width", py.Int(64)}, {"modulus", py.Int(1<<61 - 1)}, {"inf", py.Int(314159)}, {"nan", py.Int(0)},
		{"imag", py.Int(1000003)}, {"algorithm", py.String("siphash13")}, {"hash_bits", py.Int(64)},
		{"seed_bits", py.Int(128)}, {"cutoff", py.Int(0)}} {
		n.set(kv.k, kv.v)
	}
	return n
}
