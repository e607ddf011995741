package methods

import (
	"bufio"
	"errors"
	"io"
	"os"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// FileType is the type of text files opened by open(); BinaryFileType is
// the type of binary files. Their names are CPython's.
var (
	FileType       = py.NewType("_io.TextIOWrapper", "Character and line based layer over a BufferedIOBase object.")
	BinaryFileType = py.NewType("_io.BufferedReader", "Buffered binary file.")
)

// UnsupportedOperation is io.UnsupportedOperation (raised when reading a
// write-only file and vice versa).
var UnsupportedOperation = newExcType("io.UnsupportedOperation", py.OSError)

func newExcType(name string, base *py.Type) *py.Type {
	t := base.NewType(name, "", nil, nil)
	t.ObjectType = py.TypeType
	t.Base = base
	t.Flags &^= py.TPFLAGS_READY
	_ = t.Ready()
	return t
}

// File is a file object returned by open().
type File struct {
	f        *os.File
	name     py.Object
	mode     string
	binary   bool
	read     bool
	write    bool
	appendM  bool
	encoding string
	encLabel string // encoding as given to open (CPython reports it verbatim)
	errors   string
	newline  py.Object // None, "", "\n", "\r", "\r\n"
	closed   bool
	r        *bufio.Reader
	// w is unused: writes go straight to the OS file so that nothing is
	// lost when a script exits without closing its files.
	w *bufio.Writer
}

// Type returns the file's type.
func (f *File) Type() *py.Type {
	if f.binary {
		return BinaryFileType
	}
	return FileType
}

var errClosedFile = func() error { return py.ExceptionNewf(py.ValueError, "I/O operation on closed file.") }

func (f *File) check(reading bool) error {
	if f.closed {
		return errClosedFile()
	}
	if reading && !f.read {
		return py.ExceptionNewf(UnsupportedOperation, "not readable")
	}
	if !reading && !f.write {
		return py.ExceptionNewf(UnsupportedOperation, "not writable")
	}
	return nil
}

// flushWrite flushes pending writes; prepareRead drops the read buffer
// position back onto the OS file before writes/seeks.
func (f *File) flushWrite() error {
	if f.w != nil {
		if err := f.w.Flush(); err != nil {
			return osError(err, f.name)
		}
	}
	return nil
}

func (f *File) syncRead() {
	if f.r != nil && f.r.Buffered() > 0 {
		_, _ = f.f.Seek(int64(-f.r.Buffered()), io.SeekCurrent)
	}
	f.r = nil
}

func (f *File) reader() *bufio.Reader {
	if f.w != nil {
		_ = f.w.Flush()
	}
	if f.r == nil {
		atStart := false
		if f.encoding == "utf-8-sig" {
			if pos, err := f.f.Seek(0, io.SeekCurrent); err == nil && pos == 0 {
				atStart = true
			}
		}
		f.r = bufio.NewReaderSize(f.f, 64*1024)
		if atStart {
			if head, err := f.r.Peek(3); err == nil && string(head) == "\ufeff" {
				_, _ = f.r.Discard(3)
			}
		}
	}
	return f.r
}

func (f *File) universal() bool { return f.newline == py.None }

// readRawLine reads one line of bytes, ending at the newline convention
// of the file ("\n" only, or also "\r" and "\r\n").
func (f *File) readRawLine(limit int) ([]byte, error) {
	r := f.reader()
	if f.binary {
		var line []byte
		for limit < 0 || len(line) < limit {
			c, err := r.ReadByte()
			if err != nil {
				if err == io.EOF {
					return line, nil
				}
				return line, err
			}
			line = append(line, c)
			if c == '\n' {
				break
			}
		}
		return line, nil
	}
	var nl string
	if s, ok := f.newline.(py.String); ok {
		nl = string(s)
	}
	var line []byte
	chars := 0
	for limit < 0 || chars < limit {
		c, err := r.ReadByte()
		if err != nil {
			if err == io.EOF {
				return line, nil
			}
			return line, err
		}
		switch {
		case c == '\r' && (f.universal() || nl == "" || nl == "\r" || nl == "\r\n"):
			next, err := r.Peek(1)
			if err == nil && next[0] == '\n' && nl != "\r" {
				_, _ = r.ReadByte()
				if f.universal() {
					line = append(line, '\n')
				} else {
					line = append(line, '\r', '\n')
				}
				return line, nil
			}
			if nl == "\r\n" {
				line = append(line, c)
				chars++
				continue
			}
			if f.universal() {
				line = append(line, '\n')
			} else {
				line = append(line, c)
			}
			return line, nil
		case c == '\n' && nl != "\r" && nl != "\r\n":
			line = append(line, c)
			return line, nil
		case c == '\n' && nl == "\r\n":
			line = append(line, c)
			if len(line) >= 2 && line[len(line)-2] == '\r' {
				return line, nil
			}
			chars++
		default:
			line = append(line, c)
			if c < 0x80 || c >= 0xc0 || !strings.HasPrefix(f.encoding, "utf-8") {
				chars++
			}
		}
	}
	return line, nil
}

func (f *File) decode(b []byte) (py.Object, error) {
	if f.binary {
		return Bytes(b), nil
	}
	enc := f.encoding
	if enc == "utf-8-sig" {
		enc = "utf-8" // the BOM was dropped when reading started
	}
	s, err := Decode(b, enc, f.errors)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// Readline reads one line (at most size characters when size >= 0).
func (f *File) Readline(size int) (py.Object, error) {
	if err := f.check(true); err != nil {
		return nil, err
	}
	line, err := f.readRawLine(size)
	if err != nil {
		return nil, osError(err, f.name)
	}
	return f.decode(line)
}

// Read reads size characters (bytes in binary mode), or everything.
func (f *File) Read(size int) (py.Object, error) {
	if err := f.check(true); err != nil {
		return nil, err
	}
	r := f.reader()
	if size < 0 {
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, osError(err, f.name)
		}
		if !f.binary && f.universal() && len(data) > 0 {
			s := strings.ReplaceAll(string(data), "\r\n", "\n")
			s = strings.ReplaceAll(s, "\r", "\n")
			data = []byte(s)
		}
		return f.decode(data)
	}
	if f.binary {
		buf := make([]byte, size)
		n, err := io.ReadFull(r, buf)
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return nil, osError(err, f.name)
		}
		return Bytes(buf[:n]), nil
	}
	var out []byte
	for n := 0; n < size; n++ {
		var c []byte
		if strings.HasPrefix(f.encoding, "utf-8") {
			r1, sz, err := r.ReadRune()
			if err != nil {
				break
			}
			if r1 == utf8.RuneError && sz == 1 {
				return nil, py.ExceptionNewf(py.UnicodeDecodeError, "'utf-8' codec can't decode byte in file %s", quoteName(f.name))
			}
			c = []byte(string(r1))
		} else {
			b, err := r.ReadByte()
			if err != nil {
				break
			}
			c = []byte{b}
		}
		if f.universal() && c[0] == '\r' {
			if next, err := r.Peek(1); err == nil && next[0] == '\n' {
				_, _ = r.ReadByte()
			}
			c = []byte{'\n'}
		}
		out = append(out, c...)
	}
	return f.decode(out)
}

// Write writes a str (bytes in binary mode).
func (f *File) Write(o py.Object) (py.Object, error) {
	if err := f.check(false); err != nil {
		return nil, err
	}
	var data []byte
	var n int
	if f.binary {
		b, ok := bytesOf(o)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", o.Type().Name)
		}
		data, n = b, len(b)
	} else {
		s, ok := o.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "write() argument must be str, not %s", o.Type().Name)
		}
		n = utf8.RuneCountInString(string(s))
		str := string(s)
		if nl, ok := f.newline.(py.String); ok && nl != "" && nl != "\n" {
			str = strings.ReplaceAll(str, "\n", string(nl))
		}
		enc := f.encoding
		if enc == "utf-8-sig" {
			enc = "utf-8"
			if pos, err := f.f.Seek(0, io.SeekCurrent); err == nil && pos == 0 && f.r == nil {
				str = "\ufeff" + str
			}
		}
		b, err := Encode(str, enc, f.errors)
		if err != nil {
			return nil, err
		}
		data = b
	}
	if f.binary {
		f.syncRead()
	} else {
		// CPython's text layer writes at the position its buffer has
		// read up to, not at the logical read position.
		f.r = nil
	}
	if _, err := f.f.Write(data); err != nil {
		return nil, osError(err, f.name)
	}
	return py.Int(n), nil
}

// Close flushes and closes the file.
func (f *File) Close() error {
	if f.closed {
		return nil
	}
	err := f.flushWrite()
	f.closed = true
	if cerr := f.f.Close(); err == nil && cerr != nil {
		err = osError(cerr, f.name)
	}
	return err
}

// Tell returns the current position.
func (f *File) Tell() (int64, error) {
	if f.closed {
		return 0, errClosedFile()
	}
	if err := f.flushWrite(); err != nil {
		return 0, err
	}
	pos, err := f.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, osError(err, f.name)
	}
	if f.r != nil {
		pos -= int64(f.r.Buffered())
	}
	return pos, nil
}

// Seek moves the position.
func (f *File) Seek(off int64, whence int) (int64, error) {
	if f.closed {
		return 0, errClosedFile()
	}
	if err := f.flushWrite(); err != nil {
		return 0, err
	}
	if !f.binary && whence != 0 && off != 0 {
		if whence == 1 {
			return 0, py.ExceptionNewf(UnsupportedOperation, "can't do nonzero cur-relative seeks")
		}
		return 0, py.ExceptionNewf(UnsupportedOperation, "can't do nonzero end-relative seeks")
	}
	if whence == 1 {
		cur, err := f.Tell()
		if err != nil {
			return 0, err
		}
		off, whence = cur+off, 0
	}
	f.r = nil
	pos, err := f.f.Seek(off, whence)
	if err != nil {
		if off < 0 {
			return 0, py.ExceptionNewf(py.ValueError, "negative seek position %d", off)
		}
		return 0, osError(err, f.name)
	}
	return pos, nil
}

// M__enter__ returns the file.
func (f *File) M__enter__() (py.Object, error) {
	if f.closed {
		return nil, errClosedFile()
	}
	return f, nil
}

// M__exit__ closes the file.
func (f *File) M__exit__(a, b, c py.Object) (py.Object, error) {
	return py.None, f.Close()
}

// M__iter__ returns the file itself.
func (f *File) M__iter__() (py.Object, error) {
	if f.closed {
		return nil, errClosedFile()
	}
	return f, nil
}

// M__next__ returns the next line or raises StopIteration.
func (f *File) M__next__() (py.Object, error) {
	line, err := f.Readline(-1)
	if err != nil {
		return nil, err
	}
	if l, ok := line.(py.String); ok && l == "" {
		return nil, py.StopIteration
	}
	if l, ok := line.(Bytes); ok && len(l) == 0 {
		return nil, py.StopIteration
	}
	return line, nil
}

// M__repr__ is CPython's.
func (f *File) M__repr__() (py.Object, error) {
	name, err := py.ReprAsString(f.name)
	if err != nil {
		return nil, err
	}
	if f.binary {
		kind := "BufferedReader"
		if f.write && f.read {
			kind = "BufferedRandom"
		} else if f.write {
			kind = "BufferedWriter"
		}
		return py.String("<_io." + kind + " name=" + name + ">"), nil
	}
	enc := f.encLabel
	return py.String("<_io.TextIOWrapper name=" + name + " mode='" + f.mode + "' encoding='" + enc + "'>"), nil
}

func quoteName(o py.Object) string {
	s, err := py.ReprAsString(o)
	if err != nil {
		return "?"
	}
	return s
}

// osError converts a Go file error into the matching Python exception
// with CPython's message.
func osError(err error, name py.Object) error {
	if err == nil {
		return nil
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return py.ExceptionNewf(py.OSError, "%s", err.Error())
	}
	t := py.OSError
	switch errno {
	case syscall.ENOENT:
		t = py.FileNotFoundError
	case syscall.EEXIST:
		t = py.FileExistsError
	case syscall.EISDIR:
		t = py.IsADirectoryError
	case syscall.ENOTDIR:
		t = py.NotADirectoryError
	case syscall.EACCES, syscall.EPERM:
		t = py.PermissionError
	}
	msg := errno.Error()
	if len(msg) > 0 {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	var e *py.Exception
	if name != nil {
		e = py.ExceptionNewf(t, "[Errno %d] %s: %s", int(errno), msg, quoteName(name))
	} else {
		e = py.ExceptionNewf(t, "[Errno %d] %s", int(errno), msg)
	}
	// the attributes CPython's OSError has (read through the exception
	// layer's attribute support)
	e.Dict = py.StringDict{"errno": py.Int(errno), "strerror": py.String(msg), "filename": py.None}
	if name != nil {
		e.Dict["filename"] = name
	}
	return e
}

// Open implements the builtin open().
func Open(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var file, mode, buffering, encoding, errs, newline, closefd, opener py.Object = nil, py.String("r"), py.Int(-1), py.None, py.None, py.None, py.True, py.None
	if err := py.ParseTupleAndKeywords(args, kw, "O|OOOOOOO:open", []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, &file, &mode, &buffering, &encoding, &errs, &newline, &closefd, &opener); err != nil {
		return nil, err
	}
	var path string
	switch x := file.(type) {
	case py.String:
		path = string(x)
	case Bytes:
		path = string(x)
	case py.Bytes:
		path = string(x)
	default:
		if fs, err := py.GetAttrString(file, "__fspath__"); err == nil {
			r, err := py.Call(fs, nil, nil)
			if err != nil {
				return nil, err
			}
			if s, ok := r.(py.String); ok {
				path = string(s)
				file = s
				break
			}
		}
		if _, ok := file.(py.Int); ok {
			return nil, py.ExceptionNewf(py.NotImplementedError, "open() of a file descriptor is not supported")
		}
		return nil, py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", file.Type().Name)
	}
	ms, ok := mode.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "open() argument 'mode' must be str, not %s", mode.Type().Name)
	}
	f := &File{name: file, mode: string(ms), newline: newline, encoding: "utf-8", encLabel: "UTF-8", errors: "strict"}
	var create, trunc, excl, plus, text bool
	seen := map[rune]bool{}
	for _, c := range string(ms) {
		if seen[c] || !strings.ContainsRune("rwxabt+U", c) {
			return nil, py.ExceptionNewf(py.ValueError, "invalid mode: '%s'", string(ms))
		}
		seen[c] = true
		switch c {
		case 'r':
			f.read = true
		case 'w':
			f.write, create, trunc = true, true, true
		case 'x':
			f.write, create, excl = true, true, true
		case 'a':
			f.write, create, f.appendM = true, true, true
		case 'b':
			f.binary = true
		case 't':
			text = true
		case '+':
			plus = true
		}
	}
	kinds := 0
	for _, c := range "rwxa" {
		if seen[c] {
			kinds++
		}
	}
	if kinds != 1 {
		return nil, py.ExceptionNewf(py.ValueError, "must have exactly one of create/read/write/append mode")
	}
	if text && f.binary {
		return nil, py.ExceptionNewf(py.ValueError, "can't have text and binary mode at once")
	}
	if plus {
		f.read, f.write = true, true
	}
	if f.binary && encoding != py.None {
		return nil, py.ExceptionNewf(py.ValueError, "binary mode doesn't take an encoding argument")
	}
	if f.binary && errs != py.None {
		return nil, py.ExceptionNewf(py.ValueError, "binary mode doesn't take an errors argument")
	}
	if f.binary && newline != py.None {
		return nil, py.ExceptionNewf(py.ValueError, "binary mode doesn't take a newline argument")
	}
	if encoding != py.None {
		e, ok := encoding.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "open() argument 'encoding' must be str or None, not %s", encoding.Type().Name)
		}
		name, err := encodingName(string(e))
		if err != nil {
			return nil, err
		}
		f.encoding, f.encLabel = name, string(e)
	}
	if errs != py.None {
		e, ok := errs.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "open() argument 'errors' must be str or None, not %s", errs.Type().Name)
		}
		f.errors = string(e)
	}
	if newline != py.None {
		nl, ok := newline.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "open() argument 'newline' must be str or None, not %s", newline.Type().Name)
		}
		switch nl {
		case "", "\n", "\r", "\r\n":
		default:
			r, _ := py.ReprAsString(nl)
			return nil, py.ExceptionNewf(py.ValueError, "illegal newline value: %s", r)
		}
	}
	flags := 0
	switch {
	case f.read && f.write:
		flags = os.O_RDWR
	case f.write:
		flags = os.O_WRONLY
	default:
		flags = os.O_RDONLY
	}
	if create {
		flags |= os.O_CREATE
	}
	if trunc {
		flags |= os.O_TRUNC
	}
	if excl {
		flags |= os.O_EXCL
	}
	if f.appendM {
		flags |= os.O_APPEND
	}
	fh, err := os.OpenFile(path, flags, 0666)
	if err != nil {
		return nil, osError(err, file)
	}
	if st, err := fh.Stat(); err == nil && st.IsDir() {
		fh.Close()
		return nil, osError(syscall.EISDIR, file)
	}
	f.f = fh
	return f, nil
}

func fileSelf(self py.Object) (*File, error) {
	f, ok := self.(*File)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a file object")
	}
	return f, nil
}

func sizeArg(args py.Tuple, name string) (int, error) {
	if len(args) == 0 || args[0] == py.None {
		return -1, nil
	}
	n, ok := args[0].(py.Int)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "argument should be integer or None, not '%s'", args[0].Type().Name)
	}
	return int(n), nil
}

func fileMethod(name string, fn func(f *File, args py.Tuple) (py.Object, error)) {
	m := py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		f, err := fileSelf(self)
		if err != nil {
			return nil, err
		}
		return fn(f, args)
	}, 0, name+"() as in CPython's file objects")
	FileType.Dict[name] = m
	BinaryFileType.Dict[name] = m
}

func fileProp(name string, fn func(f *File) py.Object) {
	p := &py.Property{Fget: func(self py.Object) (py.Object, error) {
		f, err := fileSelf(self)
		if err != nil {
			return nil, err
		}
		return fn(f), nil
	}}
	FileType.Dict[name] = p
	BinaryFileType.Dict[name] = p
}

func init() {
	fileMethod("read", func(f *File, args py.Tuple) (py.Object, error) {
		n, err := sizeArg(args, "read")
		if err != nil {
			return nil, err
		}
		return f.Read(n)
	})
	fileMethod("readline", func(f *File, args py.Tuple) (py.Object, error) {
		n, err := sizeArg(args, "readline")
		if err != nil {
			return nil, err
		}
		return f.Readline(n)
	})
	fileMethod("readlines", func(f *File, args py.Tuple) (py.Object, error) {
		hint, err := sizeArg(args, "readlines")
		if err != nil {
			return nil, err
		}
		l := py.NewList()
		total := 0
		for {
			line, err := f.Readline(-1)
			if err != nil {
				return nil, err
			}
			n, _ := py.Len(line)
			if n.(py.Int) == 0 {
				break
			}
			l.Append(line)
			total += int(n.(py.Int))
			if hint > 0 && total >= hint {
				break
			}
		}
		return l, nil
	})
	fileMethod("write", func(f *File, args py.Tuple) (py.Object, error) {
		if err := nargs("write", args, 1, 1); err != nil {
			return nil, err
		}
		return f.Write(args[0])
	})
	fileMethod("writelines", func(f *File, args py.Tuple) (py.Object, error) {
		if err := nargs("writelines", args, 1, 1); err != nil {
			return nil, err
		}
		var werr error
		err := py.Iterate(args[0], func(it py.Object) bool {
			_, werr = f.Write(it)
			return werr != nil
		})
		if err != nil {
			return nil, err
		}
		return py.None, werr
	})
	fileMethod("close", func(f *File, args py.Tuple) (py.Object, error) {
		return py.None, f.Close()
	})
	fileMethod("flush", func(f *File, args py.Tuple) (py.Object, error) {
		if f.closed {
			return nil, errClosedFile()
		}
		return py.None, f.flushWrite()
	})
	fileMethod("tell", func(f *File, args py.Tuple) (py.Object, error) {
		p, err := f.Tell()
		return py.Int(p), err
	})
	fileMethod("seek", func(f *File, args py.Tuple) (py.Object, error) {
		if err := nargs("seek", args, 1, 2); err != nil {
			return nil, err
		}
		off, err := argInt(args[0])
		if err != nil {
			return nil, err
		}
		whence := 0
		if len(args) > 1 {
			if whence, err = argInt(args[1]); err != nil {
				return nil, err
			}
		}
		p, err := f.Seek(int64(off), whence)
		return py.Int(p), err
	})
	fileMethod("truncate", func(f *File, args py.Tuple) (py.Object, error) {
		if err := f.check(false); err != nil {
			return nil, err
		}
		pos, err := f.Tell()
		if err != nil {
			return nil, err
		}
		if len(args) > 0 && args[0] != py.None {
			n, err := argInt(args[0])
			if err != nil {
				return nil, err
			}
			pos = int64(n)
		}
		if err := f.f.Truncate(pos); err != nil {
			return nil, osError(err, f.name)
		}
		return py.Int(pos), nil
	})
	fileMethod("readable", func(f *File, args py.Tuple) (py.Object, error) {
		if f.closed {
			return nil, errClosedFile()
		}
		return py.NewBool(f.read), nil
	})
	fileMethod("writable", func(f *File, args py.Tuple) (py.Object, error) {
		if f.closed {
			return nil, errClosedFile()
		}
		return py.NewBool(f.write), nil
	})
	fileMethod("seekable", func(f *File, args py.Tuple) (py.Object, error) {
		if f.closed {
			return nil, errClosedFile()
		}
		return py.True, nil
	})
	fileMethod("isatty", func(f *File, args py.Tuple) (py.Object, error) {
		return py.False, nil
	})
	fileMethod("fileno", func(f *File, args py.Tuple) (py.Object, error) {
		if f.closed {
			return nil, errClosedFile()
		}
		return py.Int(f.f.Fd()), nil
	})
	fileProp("closed", func(f *File) py.Object { return py.NewBool(f.closed) })
	fileProp("name", func(f *File) py.Object { return f.name })
	fileProp("mode", func(f *File) py.Object {
		if f.binary {
			// FileIO's mode, as CPython's binary files report it:
			// 'xb', 'ab', 'rb' or 'wb', '+' after when updating
			m, plus := "wb", ""
			if strings.Contains(f.mode, "+") {
				plus = "+"
			}
			switch {
			case strings.Contains(f.mode, "x"):
				m = "xb"
			case strings.Contains(f.mode, "a"):
				m = "ab"
			case strings.Contains(f.mode, "r") || plus != "":
				m = "rb"
			}
			return py.String(m + plus)
		}
		return py.String(f.mode)
	})
	fileProp("encoding", func(f *File) py.Object { return py.String(f.encLabel) })
	fileProp("errors", func(f *File) py.Object { return py.String(f.errors) })
	fileProp("newlines", func(f *File) py.Object { return py.None })
}
