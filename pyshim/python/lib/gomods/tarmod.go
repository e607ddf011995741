package gomods

import (
	"archive/tar"
	"bytes"
	"errors"
	"io"
	"math"
	"os"
	"sort"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
)

// The primitives of tarfile (module _gwb_tar) on archive/tar: a whole
// archive's members are read from, or written to, uncompressed bytes (the
// Python side compresses with gzip, bz2 and lzma).
//
// A member is the tuple (name, type, size, mode, mtime, uid, gid, uname,
// gname, linkname, devmajor, devminor, pax_headers, data), type being the
// one-byte typeflag and pax_headers a list of (key, value) pairs.

// read(data) -> [member, ...]; a malformed archive raises ValueError.
func tarRead(self py.Object, args py.Tuple) (py.Object, error) {
	var src py.Object
	if err := py.UnpackTuple(args, nil, "read", 1, 1, &src); err != nil {
		return nil, err
	}
	data, err := bytesArg(src, "read")
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(bytes.NewReader(data))
	out := py.NewList()
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			if out.Len() > 0 && errors.Is(err, io.ErrUnexpectedEOF) {
				// a truncated tail: the members before it are kept, as CPython's
				// reader keeps them
				break
			}
			return nil, tarError(err)
		}
		content, err := io.ReadAll(tr)
		if err != nil {
			return nil, tarError(err)
		}
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
		typ := h.Typeflag
		out.Append(py.Tuple{
			py.String(h.Name), newBytes([]byte{typ}), py.Int(h.Size), py.Int(h.Mode), mtime,
			py.Int(h.Uid), py.Int(h.Gid), py.String(h.Uname), py.String(h.Gname),
			py.String(h.Linkname), py.Int(h.Devmajor), py.Int(h.Devminor), pax, newBytes(content),
		})
	}
	return out, nil
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
	if h.Typeflag != tar.TypeReg && h.Typeflag != tar.TypeRegA && h.Typeflag != tar.TypeCont {
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
	return map[string]any{"read": tarRead, "write": tarWrite, "utime": tarUtime}, nil
}

func init() { registerGo("_gwb_tar", "tar archives for tarfile (archive/tar).", tarModule) }
