package gomods

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"hash/crc32"
	"io"
	"os"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
)

// The primitives of zlib, gzip and bz2 (module _gwb_compress): whole-buffer
// compression in each of the three container formats, and file streams.
// The deflate bytes are Go's compress/flate output: they decompress to the
// same data as CPython's zlib output but are not the same bytes (bz2
// writing, in bz2write.go, is likewise not libbz2's bytes).

// format is a container of deflate data, chosen as zlib's wbits does.
type format int

const (
	fmtZlib format = iota
	fmtRaw
	fmtGzip
	fmtAuto // zlib or gzip, by the header
)

func wbitsFormat(wbits int) (format, error) {
	switch {
	case wbits >= 8 && wbits <= 15, wbits == 0:
		return fmtZlib, nil
	case wbits >= -15 && wbits <= -8:
		return fmtRaw, nil
	case wbits >= 24 && wbits <= 31:
		return fmtGzip, nil
	case wbits >= 40 && wbits <= 47:
		return fmtAuto, nil
	}
	return 0, py.ExceptionNewf(py.ValueError, "Invalid initialization option")
}

func level(l int) int {
	if l < -1 || l > 9 {
		return -2
	}
	return l
}

func compressBytes(data []byte, f format, lvl int) ([]byte, error) {
	if level(lvl) == -2 {
		return nil, zlibError("Bad compression level")
	}
	var buf bytes.Buffer
	var w io.WriteCloser
	var err error
	switch f {
	case fmtRaw:
		w, err = flate.NewWriter(&buf, lvl)
	case fmtGzip:
		var g *gzip.Writer
		g, err = gzip.NewWriterLevel(&buf, lvl)
		if g != nil {
			g.Header.OS = 255
			w = g
		}
	default:
		w, err = zlib.NewWriterLevel(&buf, lvl)
	}
	if err != nil {
		return nil, zlibError(err.Error())
	}
	if _, err := w.Write(data); err != nil {
		return nil, zlibError(err.Error())
	}
	if err := w.Close(); err != nil {
		return nil, zlibError(err.Error())
	}
	return buf.Bytes(), nil
}

// decompressBytes decompresses one stream and returns the data and the
// bytes after its end.
func decompressBytes(data []byte, f format) ([]byte, []byte, error) {
	if f == fmtAuto {
		f = fmtZlib
		if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
			f = fmtGzip
		}
	}
	br := bytes.NewReader(data)
	var r io.Reader
	var err error
	switch f {
	case fmtRaw:
		r = flate.NewReader(br)
	case fmtGzip:
		var g *gzip.Reader
		g, err = gzip.NewReader(br)
		if g != nil {
			g.Multistream(false)
			r = g
		}
	default:
		r, err = zlib.NewReader(br)
	}
	if err != nil {
		return nil, nil, zlibErrorFor(err, "while decompressing data")
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, zlibErrorFor(err, "while decompressing data")
	}
	return out, data[len(data)-br.Len():], nil
}

var zlibErrorType *py.Type

func zlibError(msg string) error {
	if zlibErrorType == nil {
		return py.ExceptionNewf(py.ValueError, "%s", msg)
	}
	return py.ExceptionNewf(zlibErrorType, "%s", msg)
}

// zlibErrorFor is zlib.error with CPython's wording for the common cases.
func zlibErrorFor(err error, while string) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return zlibError("Error -5 " + while + ": incomplete or truncated stream")
	case errors.Is(err, zlib.ErrHeader), errors.Is(err, gzip.ErrHeader):
		return zlibError("Error -3 " + while + ": incorrect header check")
	case errors.Is(err, zlib.ErrChecksum), errors.Is(err, gzip.ErrChecksum):
		return zlibError("Error -3 " + while + ": incorrect data check")
	}
	return zlibError("Error -3 " + while + ": invalid " + strings.TrimPrefix(err.Error(), "flate: "))
}

func intArgs(args py.Tuple, defs ...int) ([]int, error) {
	out := append([]int(nil), defs...)
	for i := range out {
		if i < len(args) && !isNone(args[i]) {
			v, err := toInt(args[i])
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
	}
	return out, nil
}

// compress(data, format, level), format: 0 zlib, 1 raw, 2 gzip
func cCompress(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 1 {
		return nil, py.ExceptionNewf(py.TypeError, "compress() missing required argument 'data'")
	}
	data, err := bytesArg(args[0], "compress()")
	if err != nil {
		return nil, err
	}
	n, err := intArgs(args[1:], 0, -1)
	if err != nil {
		return nil, err
	}
	out, err := compressBytes(data, format(n[0]), n[1])
	if err != nil {
		return nil, err
	}
	return newBytes(out), nil
}

// decompress(data, wbits) -> (data, unused)
func cDecompress(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 1 {
		return nil, py.ExceptionNewf(py.TypeError, "decompress() missing required argument 'data'")
	}
	data, err := bytesArg(args[0], "decompress()")
	if err != nil {
		return nil, err
	}
	n, err := intArgs(args[1:], 15)
	if err != nil {
		return nil, err
	}
	f, err := wbitsFormat(n[0])
	if err != nil {
		return nil, err
	}
	out, rest, err := decompressBytes(data, f)
	if err != nil {
		return nil, err
	}
	return py.Tuple{newBytes(out), newBytes(append([]byte(nil), rest...))}, nil
}

func checksum(name string, fn func(prev uint32, b []byte) uint32, init uint32) func(py.Object, py.Tuple) (py.Object, error) {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes 1 or 2 arguments", name)
		}
		data, err := bytesArg(args[0], name+"()")
		if err != nil {
			return nil, err
		}
		v := init
		if len(args) == 2 {
			i, err := toInt(args[1])
			if err != nil {
				return nil, err
			}
			v = uint32(i)
		}
		return py.Int(int64(fn(v, data))), nil
	}
}

func adlerUpdate(prev uint32, b []byte) uint32 {
	const mod = 65521
	s1, s2 := prev&0xffff, prev>>16
	for _, c := range b {
		s1 = (s1 + uint32(c)) % mod
		s2 = (s2 + s1) % mod
	}
	return s2<<16 | s1
}

// openFile opens path (str) or wraps a Python file object for the mode.
func openFile(target py.Object, write, appendMode bool) (io.Reader, io.Writer, func() error, py.Object, error) {
	if s, ok := target.(py.String); ok {
		flags := os.O_RDONLY
		if write {
			flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
			if appendMode {
				flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
			}
		}
		f, err := os.OpenFile(string(s), flags, 0o666)
		if err != nil {
			return nil, nil, nil, nil, sysmods.OSError(err, string(s))
		}
		return f, f, f.Close, s, nil
	}
	name := py.Object(py.String(""))
	if n, err := py.GetAttrString(target, "name"); err == nil {
		name = n
	}
	return pyReader{target}, pyWriter{target}, func() error { return nil }, name, nil
}

// open_stream(kind, target, mode, level, text): kind "gzip" or "bz2";
// target a path or a file object; mode "r", "w", "a" or "x".
func cOpenStream(self py.Object, args py.Tuple) (py.Object, error) {
	var ko, to, mo, lo, xo py.Object
	if err := py.UnpackTuple(args, nil, "open_stream", 5, 5, &ko, &to, &mo, &lo, &xo); err != nil {
		return nil, err
	}
	kind, _ := ko.(py.String)
	mode, _ := mo.(py.String)
	lvl, err := toInt(lo)
	if err != nil {
		return nil, err
	}
	text := xo == py.True
	write := mode != "r"
	r, w, closeFile, name, err := openFile(to, write, mode == "a")
	if err != nil {
		return nil, err
	}
	smode := "rb"
	if write {
		smode = "wb"
	}
	if !write {
		var dr io.Reader
		switch kind {
		case "gzip":
			dr = &lazyGzip{src: r}
		case "bz2":
			dr = &bz2Reader{r: bzip2.NewReader(r)}
		default:
			return nil, py.ExceptionNewf(py.ValueError, "unknown kind %s", kind)
		}
		st := newStream(dr, nil, closeFile, text, name, smode)
		if kind == "bz2" && !text {
			st.closedMsg = bz2ClosedMsg
		}
		return st, nil
	}
	if kind == "bz2" {
		bw, err := newBz2Writer(w, lvl)
		if err != nil {
			closeFile()
			return nil, err
		}
		closer := func() error {
			if err := bw.Close(); err != nil {
				closeFile()
				return err
			}
			return closeFile()
		}
		st := newStream(nil, bw, closer, text, name, smode)
		if !text {
			st.closedMsg = bz2ClosedMsg // CPython's BZ2File (_compression)
		}
		return st, nil
	}
	if kind != "gzip" {
		return nil, py.ExceptionNewf(py.ValueError, "unknown kind %s", kind)
	}
	gw, err := gzip.NewWriterLevel(w, lvl)
	if err != nil {
		return nil, zlibError(err.Error())
	}
	if s, ok := to.(py.String); ok {
		base := string(s)
		if i := strings.LastIndexByte(base, '/'); i >= 0 {
			base = base[i+1:]
		}
		gw.Header.Name = strings.TrimSuffix(base, ".gz")
	}
	gw.Header.OS = 255
	closer := func() error {
		if err := gw.Close(); err != nil {
			closeFile()
			return err
		}
		return closeFile()
	}
	return newStream(nil, gw, closer, text, name, smode), nil
}

// lazyGzip reads the gzip header on first read (so that opening a
// non-gzip file fails at the first read, as in CPython) and reads every
// member of a multi-member file.
type lazyGzip struct {
	src io.Reader
	g   *gzip.Reader
}

func (l *lazyGzip) Read(p []byte) (int, error) {
	if l.g == nil {
		br := bufio.NewReader(l.src)
		magic, _ := br.Peek(2)
		g, err := gzip.NewReader(br)
		if err != nil {
			if err == io.EOF {
				return 0, io.EOF
			}
			if errors.Is(err, gzip.ErrHeader) {
				r, _ := py.ReprAsString(newBytes(append([]byte(nil), magic...)))
				return 0, badGzip("Not a gzipped file (" + r + ")")
			}
			return 0, err
		}
		l.g = g
	}
	n, err := l.g.Read(p)
	if err == io.ErrUnexpectedEOF {
		return n, io.ErrUnexpectedEOF
	}
	return n, err
}

// badGzip makes gzip.BadGzipFile (an OSError) when Python has defined it.
var badGzipType *py.Type

func badGzip(msg string) error {
	if badGzipType == nil {
		return py.ExceptionNewf(py.OSError, "%s", msg)
	}
	return py.ExceptionNewf(badGzipType, "%s", msg)
}

// bz2Reader maps compress/bzip2's errors to CPython's.
type bz2Reader struct{ r io.Reader }

func (b *bz2Reader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if err != nil && err != io.EOF {
		if strings.Contains(err.Error(), "bad magic") {
			return n, py.ExceptionNewf(py.OSError, "Invalid data stream")
		}
		if err == io.ErrUnexpectedEOF {
			return n, py.ExceptionNewf(py.EOFError, "Compressed file ended before the end-of-stream marker was reached")
		}
		return n, py.ExceptionNewf(py.OSError, "Invalid data stream")
	}
	return n, err
}

// bz2_decompress(data) -> data: every stream of data.
func cBz2Decompress(self py.Object, arg py.Object) (py.Object, error) {
	data, err := bytesArg(arg, "decompress()")
	if err != nil {
		return nil, err
	}
	out, err := io.ReadAll(&bz2Reader{bzip2.NewReader(bytes.NewReader(data))})
	if err != nil {
		if _, ok := err.(*py.Exception); ok {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.OSError, "%v", err)
	}
	return newBytes(out), nil
}

// gzip_decompress(data) -> data: every member of data.
func cGzipDecompress(self py.Object, arg py.Object) (py.Object, error) {
	data, err := bytesArg(arg, "decompress()")
	if err != nil {
		return nil, err
	}
	out, err := io.ReadAll(&lazyGzip{src: bytes.NewReader(data)})
	if err != nil {
		if _, ok := err.(*py.Exception); ok {
			return nil, err
		}
		if err == io.ErrUnexpectedEOF {
			return nil, py.ExceptionNewf(py.EOFError, "Compressed file ended before the end-of-stream marker was reached")
		}
		return nil, badGzip(err.Error())
	}
	return newBytes(out), nil
}

// set_errors(zlib_error, bad_gzip) tells Go the Python exception classes.
func cSetErrors(self py.Object, args py.Tuple) (py.Object, error) {
	for i, a := range args {
		if t, ok := a.(*py.Type); ok {
			if i == 0 {
				zlibErrorType = t
			} else {
				badGzipType = t
			}
		}
	}
	return py.None, nil
}

func compressModule() (map[string]any, py.StringDict) {
	return map[string]any{
		"compress":        cCompress,
		"decompress":      cDecompress,
		"crc32":           checksum("crc32", func(p uint32, b []byte) uint32 { return crc32.Update(p, crc32.IEEETable, b) }, 0),
		"adler32":         checksum("adler32", adlerUpdate, 1),
		"open_stream":     cOpenStream,
		"bz2_decompress":  cBz2Decompress,
		"bz2_compress":    cBz2Compress,
		"gzip_decompress": cGzipDecompress,
		"set_errors":      cSetErrors,
	}, nil
}

func init() {
	registerGo("_gwb_compress", "zlib, gzip and bz2 primitives (compress/*).", compressModule)
}
