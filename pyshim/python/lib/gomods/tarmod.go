package gomods

import (
	"archive/tar"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"errors"
	"io"
	"math"
	"os"
	"sort"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
	"github.com/ulikunitz/xz"
)

// The primitives of tarfile (module _gwb_tar) on archive/tar. An archive
// is read through a reader (reader()): scan() lists the members' headers in
// one pass over the (decompressed) stream; seek_member(i) puts the stream
// at member i, going on forward or starting the stream again, and read(n)
// reads its content, so that memory holds what the program reads. An archive is
// written whole from the members' tuples (write(); the Python side
// compresses with gzip and lzma).
//
// A member is the tuple (name, type, size, mode, mtime, uid, gid, uname,
// gname, linkname, devmajor, devminor, pax_headers, data), type being the
// one-byte typeflag and pax_headers a list of (key, value) pairs.

// TarReaderType is the type of reader().
var TarReaderType = py.NewType("_gwb_tar.Reader", "A tar archive being read.")

// TarReader reads an archive from a file or from bytes, decompressing
// gz, bz2 or xz.
type TarReader struct {
	path  string
	data  []byte
	comp  string
	file  *os.File
	tr    *tar.Reader
	index int   // the member tr stands at; -1 before the first
	pos   int64 // bytes of that member's content read
}

// Type returns TarReaderType.
func (r *TarReader) Type() *py.Type { return TarReaderType }

// reader(path or bytes, comp) with comp ”, 'gz', 'bz2' or 'xz'.
func tarReaderNew(self py.Object, args py.Tuple) (py.Object, error) {
	var src, comp py.Object
	if err := py.UnpackTuple(args, nil, "reader", 2, 2, &src, &comp); err != nil {
		return nil, err
	}
	c, ok := comp.(py.String)
	if !ok || (c != "" && c != "gz" && c != "bz2" && c != "xz") {
		return nil, py.ExceptionNewf(py.ValueError, "reader: unknown compression %v", comp)
	}
	r := &TarReader{comp: string(c), index: -1}
	if s, ok := src.(py.String); ok {
		r.path = string(s)
	} else {
		b, err := bytesArg(src, "reader")
		if err != nil {
			return nil, err
		}
		r.data = b
	}
	return r, nil
}

// notCompressed is CPython's ReadError text for data that is not of the
// compression asked for.
var notCompressed = map[string]string{"gz": "not a gzip file", "bz2": "not a bzip2 file", "xz": "not an lzma file"}

// restart opens the stream again at its start.
func (r *TarReader) restart() error {
	r.stop()
	var src io.Reader
	if r.path != "" {
		f, err := os.Open(r.path)
		if err != nil {
			return sysmods.OSError(err, r.path)
		}
		r.file = f
		src = f
	} else {
		src = bytes.NewReader(r.data)
	}
	var err error
	switch r.comp {
	case "gz":
		src, err = gzip.NewReader(src)
	case "bz2":
		src = bzip2.NewReader(src)
	case "xz":
		src, err = xz.NewReader(src)
	}
	if err != nil {
		r.stop()
		return py.ExceptionNewf(py.ValueError, "%s", notCompressed[r.comp])
	}
	r.tr = tar.NewReader(src)
	r.index, r.pos = -1, 0
	return nil
}

// seekMember puts the stream at the start of member i's content: going on
// forward, or from the archive's start for a member already passed.
func (r *TarReader) seekMember(i int) error {
	if r.tr != nil && i == r.index && r.pos == 0 {
		return nil
	}
	if r.tr == nil || i <= r.index {
		if err := r.restart(); err != nil {
			return err
		}
	}
	for r.index < i {
		h, err := r.next()
		if err != nil {
			return r.readError(err)
		}
		if h == nil {
			return py.ExceptionNewf(py.ValueError, "unexpected end of data")
		}
	}
	return nil
}

func (r *TarReader) stop() {
	if r.file != nil {
		r.file.Close()
		r.file = nil
	}
	r.tr = nil
}

// next moves to the next member: its header, or nil at the end.
func (r *TarReader) next() (*tar.Header, error) {
	h, err := r.tr.Next()
	if err == io.EOF {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	r.index++
	r.pos = 0
	return h, nil
}

// readError maps an error of the stream: a decompressor's before the first
// member says the data is not of that compression.
func (r *TarReader) readError(err error) error {
	if r.comp != "" && errors.Is(err, io.ErrUnexpectedEOF) {
		return py.ExceptionNewf(py.EOFError, "Compressed file ended before the end-of-stream marker was reached")
	}
	if r.comp != "" && r.index < 0 && !errors.Is(err, tar.ErrHeader) {
		return py.ExceptionNewf(py.ValueError, "%s", notCompressed[r.comp])
	}
	return tarError(err)
}

func init() {
	TarReaderType.Dict["scan"] = method("scan", func(self py.Object) (py.Object, error) {
		r := self.(*TarReader)
		if err := r.restart(); err != nil {
			return nil, err
		}
		defer r.stop()
		out := py.NewList()
		for {
			h, err := r.next()
			if err != nil {
				if r.comp == "" && out.Len() > 0 && errors.Is(err, io.ErrUnexpectedEOF) {
					break // a truncated tail: the members before it are kept, as CPython keeps them
				}
				return nil, r.readError(err)
			}
			if h == nil {
				break
			}
			out.Append(tarMemberTuple(h, nil))
		}
		return out, nil
	})
	TarReaderType.Dict["data"] = method("data", func(self py.Object, arg py.Object) (py.Object, error) {
		r := self.(*TarReader)
		i, err := toInt(arg)
		if err != nil {
			return nil, err
		}
		if err := r.seekMember(i); err != nil {
			return nil, err
		}
		content, err := io.ReadAll(r.tr)
		r.pos += int64(len(content))
		if err != nil {
			return nil, r.readError(err)
		}
		return newBytes(content), nil
	})
	// seek_member(i): the stream at the start of member i's content
	TarReaderType.Dict["seek_member"] = method("seek_member", func(self py.Object, arg py.Object) (py.Object, error) {
		r := self.(*TarReader)
		i, err := toInt(arg)
		if err != nil {
			return nil, err
		}
		return py.None, r.seekMember(i)
	})
	// read(n): up to n bytes (n < 0: the rest) of the current member
	TarReaderType.Dict["read"] = method("read", func(self py.Object, arg py.Object) (py.Object, error) {
		r := self.(*TarReader)
		n, err := toInt(arg)
		if err != nil {
			return nil, err
		}
		if r.tr == nil {
			return newBytes(nil), nil
		}
		var b []byte
		if n < 0 {
			b, err = io.ReadAll(r.tr)
		} else {
			b = make([]byte, n)
			var got int
			got, err = io.ReadFull(r.tr, b)
			b = b[:got]
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				err = nil // the member's end
			}
		}
		r.pos += int64(len(b))
		if err != nil {
			return nil, r.readError(err)
		}
		return newBytes(b), nil
	})
	// skip(n): n bytes of the current member left unread
	TarReaderType.Dict["skip"] = method("skip", func(self py.Object, arg py.Object) (py.Object, error) {
		r := self.(*TarReader)
		n, err := toInt(arg)
		if err != nil {
			return nil, err
		}
		if r.tr == nil {
			return py.None, nil
		}
		got, err := io.CopyN(io.Discard, r.tr, int64(n))
		r.pos += got
		if err != nil && err != io.EOF {
			return nil, r.readError(err)
		}
		return py.None, nil
	})
	// state() -> (member index, bytes of it read)
	TarReaderType.Dict["state"] = method("state", func(self py.Object) (py.Object, error) {
		r := self.(*TarReader)
		if r.tr == nil {
			return py.Tuple{py.Int(-1), py.Int(0)}, nil
		}
		return py.Tuple{py.Int(r.index), py.Int(r.pos)}, nil
	})
	TarReaderType.Dict["close"] = method("close", func(self py.Object) (py.Object, error) {
		self.(*TarReader).stop()
		return py.None, nil
	})
}

// tarMemberTuple is a header (and content) as the Python side's tuple.
func tarMemberTuple(h *tar.Header, content []byte) py.Tuple {
	keys := make([]string, 0, len(h.PAXRecords))
	for k := range h.PAXRecords {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	pax := py.NewList()
	for _, k := range keys {
		pax.Append(py.Tuple{py.String(k), py.String(h.PAXRecords[k])})
	}
	var mtime py.Object = py.Int(h.ModTime.Unix())
	if _, ok := h.PAXRecords["mtime"]; ok {
		mtime = py.Float(float64(h.ModTime.UnixNano()) / 1e9)
	}
	return py.Tuple{
		py.String(h.Name), newBytes([]byte{h.Typeflag}), py.Int(h.Size), py.Int(h.Mode), mtime,
		py.Int(h.Uid), py.Int(h.Gid), py.String(h.Uname), py.String(h.Gname),
		py.String(h.Linkname), py.Int(h.Devmajor), py.Int(h.Devminor), pax, newBytes(content),
	}
}

// tarError is a reading error as ValueError (tarfile raises ReadError).
func tarError(err error) error {
	msg := err.Error()
	switch {
	case errors.Is(err, tar.ErrHeader):
		msg = "invalid header"
	case errors.Is(err, io.ErrUnexpectedEOF):
		msg = "unexpected end of data"
	}
	return py.ExceptionNewf(py.ValueError, "%s", msg)
}

// write([member, ...], format) -> bytes, format being tarfile's
// USTAR_FORMAT (0), GNU_FORMAT (1) or PAX_FORMAT (2, archive/tar's choice of
// USTAR or PAX per member); a member the format cannot hold raises ValueError.
func tarWrite(self py.Object, args py.Tuple) (py.Object, error) {
	var members, format py.Object
	if err := py.UnpackTuple(args, nil, "write", 2, 2, &members, &format); err != nil {
		return nil, err
	}
	f, err := toInt(format)
	if err != nil {
		return nil, err
	}
	items, err := py.SequenceList(members)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, it := range items.Items {
		m, ok := it.(py.Tuple)
		if !ok || len(m) != 14 {
			return nil, py.ExceptionNewf(py.TypeError, "write: a member is a 14-tuple")
		}
		h, data, err := tarHeader(m)
		if err != nil {
			return nil, err
		}
		switch f {
		case 0:
			h.Format = tar.FormatUSTAR
		case 1:
			h.Format = tar.FormatGNU
		}
		if err := tw.WriteHeader(h); err != nil {
			return nil, py.ExceptionNewf(py.ValueError, "%s: %v", h.Name, err)
		}
		if len(data) > 0 {
			if _, err := tw.Write(data); err != nil {
				return nil, py.ExceptionNewf(py.ValueError, "%s: %v", h.Name, err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "%v", err)
	}
	// CPython pads an archive to a multiple of RECORDSIZE (20 blocks)
	if rem := buf.Len() % (20 * 512); rem != 0 {
		buf.Write(make([]byte, 20*512-rem))
	}
	return newBytes(buf.Bytes()), nil
}

func tarHeader(m py.Tuple) (*tar.Header, []byte, error) {
	str := func(o py.Object) (string, error) {
		s, ok := o.(py.String)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "write: expected str, not %s", typeName(o))
		}
		return string(s), nil
	}
	var h tar.Header
	var err error
	if h.Name, err = str(m[0]); err != nil {
		return nil, nil, err
	}
	typ, err := bytesArg(m[1], "write")
	if err != nil {
		return nil, nil, err
	}
	if len(typ) != 1 {
		return nil, nil, py.ExceptionNewf(py.ValueError, "write: the type is one byte")
	}
	h.Typeflag = typ[0]
	ints := []*int64{&h.Size, &h.Mode}
	for i, p := range ints {
		v, err := toInt(m[2+i])
		if err != nil {
			return nil, nil, err
		}
		*p = int64(v)
	}
	switch t := m[4].(type) {
	case py.Float:
		h.ModTime = time.Unix(int64(math.Floor(float64(t))), 0)
	default:
		v, err := toInt(t)
		if err != nil {
			return nil, nil, err
		}
		h.ModTime = time.Unix(int64(v), 0)
	}
	for i, p := range []*int{&h.Uid, &h.Gid} {
		v, err := toInt(m[5+i])
		if err != nil {
			return nil, nil, err
		}
		*p = v
	}
	for i, p := range []*string{&h.Uname, &h.Gname, &h.Linkname} {
		if *p, err = str(m[7+i]); err != nil {
			return nil, nil, err
		}
	}
	for i, p := range []*int64{&h.Devmajor, &h.Devminor} {
		v, err := toInt(m[10+i])
		if err != nil {
			return nil, nil, err
		}
		*p = int64(v)
	}
	pairs, err := py.SequenceList(m[12])
	if err != nil {
		return nil, nil, err
	}
	for _, p := range pairs.Items {
		kv, ok := p.(py.Tuple)
		if !ok || len(kv) != 2 {
			return nil, nil, py.ExceptionNewf(py.TypeError, "write: pax headers are (key, value) pairs")
		}
		k, err := str(kv[0])
		if err != nil {
			return nil, nil, err
		}
		v, err := str(kv[1])
		if err != nil {
			return nil, nil, err
		}
		if h.PAXRecords == nil {
			h.PAXRecords = map[string]string{}
		}
		h.PAXRecords[k] = v
	}
	data, err := bytesArg(m[13], "write")
	if err != nil {
		return nil, nil, err
	}
	if h.Typeflag != tar.TypeReg && h.Typeflag != 0 && h.Typeflag != tar.TypeCont { // 0: AREGTYPE
		h.Size = 0
		data = nil
	}
	return &h, data, nil
}

// utime(path, mtime) sets a file's access and modification times (the os
// module of gowikibot has no os.utime); an error raises OSError.
func tarUtime(self py.Object, args py.Tuple) (py.Object, error) {
	var path, mtime py.Object
	if err := py.UnpackTuple(args, nil, "utime", 2, 2, &path, &mtime); err != nil {
		return nil, err
	}
	p, ok := path.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "utime: path must be str, not %s", typeName(path))
	}
	var t time.Time
	switch v := mtime.(type) {
	case py.Float:
		sec, frac := math.Modf(float64(v))
		t = time.Unix(int64(sec), int64(frac*1e9))
	default:
		n, err := toInt(v)
		if err != nil {
			return nil, err
		}
		t = time.Unix(int64(n), 0)
	}
	if err := os.Chtimes(string(p), t, t); err != nil {
		return nil, sysmods.OSError(err, string(p))
	}
	return py.None, nil
}

func tarModule() (map[string]any, py.StringDict) {
	return map[string]any{"reader": tarReaderNew, "write": tarWrite, "utime": tarUtime}, nil
}

func init() { registerGo("_gwb_tar", "tar archives for tarfile (archive/tar).", tarModule) }
