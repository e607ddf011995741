package gomods

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/ulikunitz/xz"
	"github.com/ulikunitz/xz/lzma"
)

// _gwb_lzma: .xz and legacy .lzma data on github.com/ulikunitz/xz (pure
// Go) for lzma (Python). Raw LZMA streams (FORMAT_RAW) and filter chains
// are not supported.

// The formats as lzma numbers them.
const (
	lzmaAuto  = 0
	lzmaXZ    = 1
	lzmaAlone = 2
)

func lzmaReader(r io.Reader, format int) (io.Reader, error) {
	if format == lzmaAuto {
		br := &peekReader{r: r}
		head, _ := br.peek(13)
		r = br
		format = lzmaAlone
		if bytes.HasPrefix(head, []byte{0xfd, '7', 'z', 'X', 'Z', 0}) {
			format = lzmaXZ
		} else if !plausibleAlone(head) {
			return nil, errNotSupported
		}
	}
	if format == lzmaXZ {
		return xz.NewReader(r)
	}
	return lzma.NewReader(r)
}

var errNotSupported = errors.New("lzma: header magic: input format not supported")

// plausibleAlone checks a .lzma header as liblzma's automatic detection
// does: properties below 225, a dictionary size of 2^n or 2^n + 2^(n-1),
// an uncompressed size that is unknown or below 2^38.
func plausibleAlone(h []byte) bool {
	if len(h) < 13 || h[0] >= 225 {
		return false
	}
	d := binary.LittleEndian.Uint32(h[1:5])
	ok := false
	for n := uint(0); n < 32 && !ok; n++ {
		ok = d == 1<<n || (n > 0 && d == 1<<n+1<<(n-1))
	}
	size := binary.LittleEndian.Uint64(h[5:13])
	return ok && (size == ^uint64(0) || size < 1<<38)
}

// peekReader lets the first bytes be looked at before reading them.
type peekReader struct {
	r   io.Reader
	buf []byte
}

func (p *peekReader) peek(n int) ([]byte, error) {
	for len(p.buf) < n {
		b := make([]byte, n-len(p.buf))
		m, err := p.r.Read(b)
		p.buf = append(p.buf, b[:m]...)
		if err != nil {
			return p.buf, err
		}
	}
	return p.buf[:n], nil
}

func (p *peekReader) Read(b []byte) (int, error) {
	if len(p.buf) > 0 {
		n := copy(b, p.buf)
		p.buf = p.buf[n:]
		return n, nil
	}
	return p.r.Read(b)
}

func lzmaWriter(w io.Writer, format int) (io.WriteCloser, error) {
	if format == lzmaAlone {
		return lzma.NewWriter(w)
	}
	return xz.NewWriter(w)
}

var lzmaErrorType *py.Type

func lzmaError(err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "unexpected EOF"):
		return py.ExceptionNewf(py.EOFError, "Compressed file ended before the end-of-stream marker was reached")
	case strings.Contains(msg, "magic"), strings.Contains(msg, "header"), strings.Contains(msg, "properties"):
		msg = "Input format not supported by decoder"
	default:
		msg = "Corrupt input data"
	}
	if lzmaErrorType == nil {
		return py.ExceptionNewf(py.ValueError, "%s", msg)
	}
	return py.ExceptionNewf(lzmaErrorType, "%s", msg)
}

// lzmaErrReader maps read errors to LZMAError.
type lzmaErrReader struct{ r io.Reader }

func (l lzmaErrReader) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	if err != nil && err != io.EOF {
		if _, ok := err.(*py.Exception); !ok {
			err = lzmaError(err)
		}
	}
	return n, err
}

func lzmaModule() (map[string]any, py.StringDict) {
	return map[string]any{
		"set_error": func(self py.Object, t py.Object) (py.Object, error) {
			lzmaErrorType, _ = t.(*py.Type)
			return py.None, nil
		},
		// compress(data, format)
		"compress": func(self py.Object, args py.Tuple) (py.Object, error) {
			var do, fo py.Object
			if err := py.UnpackTuple(args, nil, "compress", 2, 2, &do, &fo); err != nil {
				return nil, err
			}
			data, err := bytesArg(do, "compress()")
			if err != nil {
				return nil, err
			}
			format, _ := toInt(fo)
			var buf bytes.Buffer
			w, err := lzmaWriter(&buf, format)
			if err == nil {
				_, err = w.Write(data)
			}
			if err == nil {
				err = w.Close()
			}
			if err != nil {
				return nil, lzmaError(err)
			}
			return newBytes(buf.Bytes()), nil
		},
		// decompress(data, format)
		"decompress": func(self py.Object, args py.Tuple) (py.Object, error) {
			var do, fo py.Object
			if err := py.UnpackTuple(args, nil, "decompress", 2, 2, &do, &fo); err != nil {
				return nil, err
			}
			data, err := bytesArg(do, "decompress()")
			if err != nil {
				return nil, err
			}
			format, _ := toInt(fo)
			r, err := lzmaReader(bytes.NewReader(data), format)
			if err != nil {
				return nil, lzmaError(err)
			}
			out, err := io.ReadAll(r)
			if err != nil {
				return nil, lzmaError(err)
			}
			return newBytes(out), nil
		},
		// open(target, mode, format, text): mode "r", "w", "a" or "x"
		"open": func(self py.Object, args py.Tuple) (py.Object, error) {
			var to, mo, fo, xo py.Object
			if err := py.UnpackTuple(args, nil, "open", 4, 4, &to, &mo, &fo, &xo); err != nil {
				return nil, err
			}
			mode, _ := mo.(py.String)
			format, _ := toInt(fo)
			write := mode != "r"
			r, w, closeFile, name, err := openFile(to, write, mode == "a")
			if err != nil {
				return nil, err
			}
			text := xo == py.True
			if !write {
				lr, err := lzmaReader(r, format)
				if err != nil {
					closeFile()
					return nil, lzmaError(err)
				}
				return newStream(lzmaErrReader{lr}, nil, closeFile, text, name, "rb"), nil
			}
			lw, err := lzmaWriter(w, format)
			if err != nil {
				closeFile()
				return nil, lzmaError(err)
			}
			closer := func() error {
				if err := lw.Close(); err != nil {
					closeFile()
					return err
				}
				return closeFile()
			}
			return newStream(nil, lw, closer, text, name, "wb"), nil
		},
	}, nil
}

func init() { registerGo("_gwb_lzma", "xz and lzma data (github.com/ulikunitz/xz).", lzmaModule) }
