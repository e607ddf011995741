package gomods

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"os"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
)

// The primitives of zipfile (module _gwb_zip) on archive/zip.

// ZipReaderType and ZipWriterType are the handle types.
var (
	ZipReaderType = py.NewType("_gwb_zip.Reader", "An open zip archive being read.")
	ZipWriterType = py.NewType("_gwb_zip.Writer", "A zip archive being written.")
)

// ZipReader is an archive open for reading.
type ZipReader struct {
	r *zip.Reader
	f *os.File
}

// Type returns ZipReaderType.
func (z *ZipReader) Type() *py.Type { return ZipReaderType }

// ZipWriter is an archive being written to a file or a buffer.
type ZipWriter struct {
	w   *zip.Writer
	f   *os.File
	buf *bytes.Buffer
}

// Type returns ZipWriterType.
func (z *ZipWriter) Type() *py.Type { return ZipWriterType }

var badZipType *py.Type

func badZip(msg string) error {
	t := badZipType
	if t == nil {
		t = py.ValueError
	}
	return py.ExceptionNewf(t, "%s", msg)
}

// reader(path or bytes, bad_zip_class)
func zipReader(self py.Object, args py.Tuple) (py.Object, error) {
	var src, bz py.Object
	if err := py.UnpackTuple(args, nil, "reader", 2, 2, &src, &bz); err != nil {
		return nil, err
	}
	if t, ok := bz.(*py.Type); ok {
		badZipType = t
	}
	z := &ZipReader{}
	var ra io.ReaderAt
	var size int64
	if s, ok := src.(py.String); ok {
		f, err := os.Open(string(s))
		if err != nil {
			return nil, sysmods.OSError(err, string(s))
		}
		st, err := f.Stat()
		if err != nil {
			f.Close()
			return nil, sysmods.OSError(err, string(s))
		}
		z.f, ra, size = f, f, st.Size()
	} else {
		b, err := bytesArg(src, "reader")
		if err != nil {
			return nil, err
		}
		ra, size = bytes.NewReader(b), int64(len(b))
	}
	r, err := zip.NewReader(ra, size)
	if err != nil {
		if z.f != nil {
			z.f.Close()
		}
		if errors.Is(err, zip.ErrFormat) {
			return nil, badZip("File is not a zip file")
		}
		return nil, badZip(err.Error())
	}
	z.r = r
	return z, nil
}

// writer(path or None, append)
func zipWriter(self py.Object, args py.Tuple) (py.Object, error) {
	var dst, ap py.Object
	if err := py.UnpackTuple(args, nil, "writer", 2, 2, &dst, &ap); err != nil {
		return nil, err
	}
	z := &ZipWriter{}
	if s, ok := dst.(py.String); ok {
		flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		if ap == py.True {
			flags = os.O_WRONLY | os.O_CREATE | os.O_EXCL
		}
		f, err := os.OpenFile(string(s), flags, 0o666)
		if err != nil {
			return nil, sysmods.OSError(err, string(s))
		}
		z.f = f
		z.w = zip.NewWriter(f)
	} else {
		z.buf = &bytes.Buffer{}
		z.w = zip.NewWriter(z.buf)
	}
	z.w.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, 6)
	})
	return z, nil
}

func dateTuple(t time.Time) py.Tuple {
	return py.Tuple{py.Int(t.Year()), py.Int(t.Month()), py.Int(t.Day()), py.Int(t.Hour()), py.Int(t.Minute()), py.Int(t.Second() / 2 * 2)}
}

func zipEntry(z *ZipReader, o py.Object) (*zip.File, error) {
	i, err := toInt(o)
	if err != nil {
		return nil, err
	}
	if i < 0 || i >= len(z.r.File) {
		return nil, py.ExceptionNewf(py.KeyError, "no entry %d", i)
	}
	return z.r.File[i], nil
}

func zipError(err error) error {
	switch {
	case errors.Is(err, zip.ErrChecksum):
		return badZip("Bad CRC-32 for file")
	case errors.Is(err, zip.ErrAlgorithm):
		return py.ExceptionNewf(py.NotImplementedError, "That compression method is not supported")
	}
	return badZip(err.Error())
}

func init() {
	ZipReaderType.Dict["entries"] = method("entries", func(self py.Object) (py.Object, error) {
		z := self.(*ZipReader)
		out := make([]py.Object, len(z.r.File))
		for i, f := range z.r.File {
			out[i] = py.Tuple{py.String(f.Name), py.Int(int64(f.UncompressedSize64)), py.Int(int64(f.CompressedSize64)),
				dateTuple(f.Modified), py.Int(int64(f.CRC32)), py.Int(int(f.Method)), py.String(f.Comment),
				py.Int(int64(f.ExternalAttrs)), newBytes(f.Extra)}
		}
		return py.NewListFromItems(out), nil
	})
	ZipReaderType.Dict["read"] = method("read", func(self py.Object, o py.Object) (py.Object, error) {
		f, err := zipEntry(self.(*ZipReader), o)
		if err != nil {
			return nil, err
		}
		rc, err := f.Open()
		if err != nil {
			return nil, zipError(err)
		}
		defer rc.Close()
		b, err := io.ReadAll(rc)
		if err != nil {
			return nil, zipError(err)
		}
		return newBytes(b), nil
	})
	ZipReaderType.Dict["open"] = method("open", func(self py.Object, o py.Object) (py.Object, error) {
		f, err := zipEntry(self.(*ZipReader), o)
		if err != nil {
			return nil, err
		}
		rc, err := f.Open()
		if err != nil {
			return nil, zipError(err)
		}
		return newStream(zipErrReader{rc}, nil, rc.Close, false, py.String(f.Name), "r"), nil
	})
	ZipReaderType.Dict["close"] = method("close", func(self py.Object) (py.Object, error) {
		z := self.(*ZipReader)
		if z.f != nil {
			z.f.Close()
			z.f = nil
		}
		return py.None, nil
	})
	// add(name, data, method, date_time, external_attr)
	ZipWriterType.Dict["add"] = method("add", func(self py.Object, args py.Tuple) (py.Object, error) {
		z := self.(*ZipWriter)
		var no, do, mo, to, ao py.Object
		if err := py.UnpackTuple(args, nil, "add", 5, 5, &no, &do, &mo, &to, &ao); err != nil {
			return nil, err
		}
		name, _ := no.(py.String)
		data, err := bytesArg(do, "writestr")
		if err != nil {
			return nil, err
		}
		m, err := toInt(mo)
		if err != nil {
			return nil, err
		}
		if m != 0 && m != 8 {
			return nil, py.ExceptionNewf(py.NotImplementedError, "That compression method is not supported")
		}
		hdr := &zip.FileHeader{Name: string(name), Method: uint16(m)}
		if t, ok := to.(py.Tuple); ok && len(t) == 6 {
			var v [6]int
			for i := range v {
				if v[i], err = toInt(t[i]); err != nil {
					return nil, err
				}
			}
			hdr.Modified = time.Date(v[0], time.Month(v[1]), v[2], v[3], v[4], v[5], 0, time.Local)
		}
		if a, err := toInt(ao); err == nil && a != 0 {
			hdr.ExternalAttrs = uint32(a)
			hdr.CreatorVersion = 3 << 8 // Unix, so the mode bits count
		}
		w, err := z.w.CreateHeader(hdr)
		if err != nil {
			return nil, zipError(err)
		}
		if _, err := w.Write(data); err != nil {
			return nil, zipError(err)
		}
		return py.None, nil
	})
	// close() -> the archive's bytes when written to a buffer, else None
	ZipWriterType.Dict["close"] = method("close", func(self py.Object) (py.Object, error) {
		z := self.(*ZipWriter)
		if z.w == nil {
			return py.None, nil
		}
		err := z.w.Close()
		z.w = nil
		if z.f != nil {
			if cerr := z.f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			return nil, py.ExceptionNewf(py.OSError, "%v", err)
		}
		if z.buf != nil {
			return newBytes(z.buf.Bytes()), nil
		}
		return py.None, nil
	})
}

// zipErrReader maps archive/zip's read errors.
type zipErrReader struct{ r io.Reader }

func (z zipErrReader) Read(p []byte) (int, error) {
	n, err := z.r.Read(p)
	if err != nil && err != io.EOF {
		err = zipError(err)
	}
	return n, err
}

func zipModule() (map[string]any, py.StringDict) {
	return map[string]any{"reader": zipReader, "writer": zipWriter}, nil
}

func init() { registerGo("_gwb_zip", "zip archives for zipfile (archive/zip).", zipModule) }
