package methods

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// Bytes is the bytes object of the compatibility layer. Its Python type is
// gpython's own py.BytesType (so type(b) is bytes and isinstance work), but
// unlike py.Bytes it implements indexing, iteration, len, `in`, `*` and `%`.
// bytes literals, bytes(...), str.encode and binary files produce it.
type Bytes []byte

// NewBytes returns b as a Bytes object.
func NewBytes(b []byte) Bytes { return Bytes(b) }

// Type returns bytes.
func (b Bytes) Type() *py.Type { return py.BytesType }

// bytesOf returns the content of a bytes-like object.
func bytesOf(o py.Object) ([]byte, bool) {
	switch x := o.(type) {
	case Bytes:
		return x, true
	case py.Bytes:
		return x, true
	case *ByteArray:
		return x.b, true
	}
	return nil, false
}

// M__repr__ returns b'...'.
func (b Bytes) M__repr__() (py.Object, error) { return py.String(bytesRepr(b)), nil }

// M__str__ is repr, as in CPython.
func (b Bytes) M__str__() (py.Object, error) { return b.M__repr__() }

func bytesRepr(a []byte) string {
	r, _ := py.Bytes(a).M__repr__()
	return string(r.(py.String))
}

// M__len__ returns the length.
func (b Bytes) M__len__() (py.Object, error) { return py.Int(len(b)), nil }

// M__bool__ is true for non-empty bytes.
func (b Bytes) M__bool__() (py.Object, error) { return py.NewBool(len(b) > 0), nil }

// M__hash__ hashes the content.
func (b Bytes) M__hash__() (py.Object, error) {
	var h uint64 = 14695981039346656037
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return py.Int(int64(h >> 1)), nil
}

// M__getitem__ returns an int for an index and bytes for a slice.
func (b Bytes) M__getitem__(key py.Object) (py.Object, error) {
	if sl, ok := key.(*py.Slice); ok {
		start, stop, step, n, err := sl.GetIndices(len(b))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if start >= stop {
				return Bytes{}, nil
			}
			return append(Bytes{}, b[start:stop]...), nil
		}
		out := make(Bytes, n)
		for i, j := start, 0; j < n; i, j = i+step, j+1 {
			out[j] = b[i]
		}
		return out, nil
	}
	if _, ok := key.(py.Int); !ok {
		if _, ok := key.(py.I__index__); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "byte indices must be integers or slices, not %s", key.Type().Name)
		}
	}
	i, err := py.IndexInt(key)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		i += len(b)
	}
	if i < 0 || i >= len(b) {
		return nil, py.ExceptionNewf(py.IndexError, "index out of range")
	}
	return py.Int(b[i]), nil
}

// M__iter__ iterates over the byte values.
func (b Bytes) M__iter__() (py.Object, error) {
	t := make(py.Tuple, len(b))
	for i, c := range b {
		t[i] = py.Int(c)
	}
	return py.NewIterator(t), nil
}

// M__contains__ implements `x in b` for ints and bytes.
func (b Bytes) M__contains__(item py.Object) (py.Object, error) { return bytesContains(b, item) }

func bytesContains(b []byte, item py.Object) (py.Object, error) {
	if sub, ok := bytesOf(item); ok {
		return py.NewBool(bytes.Contains(b, sub)), nil
	}
	if i, ok := item.(py.Int); ok {
		if i < 0 || i > 255 {
			return nil, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
		}
		return py.NewBool(bytes.IndexByte(b, byte(i)) >= 0), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", item.Type().Name)
}

func cmpBytes(a []byte, other py.Object) (int, bool) {
	o, ok := other.(Bytes)
	if !ok {
		p, ok2 := other.(py.Bytes)
		if !ok2 {
			return 0, false
		}
		o = Bytes(p)
	}
	return bytes.Compare(a, o), true
}

// M__eq__ compares with bytes.
func (b Bytes) M__eq__(o py.Object) (py.Object, error) {
	if c, ok := cmpBytes(b, o); ok {
		return py.NewBool(c == 0), nil
	}
	return py.NotImplemented, nil
}

// M__ne__ compares with bytes.
func (b Bytes) M__ne__(o py.Object) (py.Object, error) {
	if c, ok := cmpBytes(b, o); ok {
		return py.NewBool(c != 0), nil
	}
	return py.NotImplemented, nil
}

// M__lt__ compares with bytes.
func (b Bytes) M__lt__(o py.Object) (py.Object, error) {
	if c, ok := cmpBytes(b, o); ok {
		return py.NewBool(c < 0), nil
	}
	return py.NotImplemented, nil
}

// M__le__ compares with bytes.
func (b Bytes) M__le__(o py.Object) (py.Object, error) {
	if c, ok := cmpBytes(b, o); ok {
		return py.NewBool(c <= 0), nil
	}
	return py.NotImplemented, nil
}

// M__gt__ compares with bytes.
func (b Bytes) M__gt__(o py.Object) (py.Object, error) {
	if c, ok := cmpBytes(b, o); ok {
		return py.NewBool(c > 0), nil
	}
	return py.NotImplemented, nil
}

// M__ge__ compares with bytes.
func (b Bytes) M__ge__(o py.Object) (py.Object, error) {
	if c, ok := cmpBytes(b, o); ok {
		return py.NewBool(c >= 0), nil
	}
	return py.NotImplemented, nil
}

// M__add__ concatenates bytes-like objects.
func (b Bytes) M__add__(o py.Object) (py.Object, error) {
	if ob, ok := bytesOf(o); ok {
		out := make(Bytes, 0, len(b)+len(ob))
		return append(append(out, b...), ob...), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "can't concat %s to bytes", o.Type().Name)
}

// M__radd__ concatenates py.Bytes + Bytes.
func (b Bytes) M__radd__(o py.Object) (py.Object, error) {
	if ob, ok := bytesOf(o); ok {
		out := make(Bytes, 0, len(b)+len(ob))
		return append(append(out, ob...), b...), nil
	}
	return py.NotImplemented, nil
}

// M__iadd__ is +.
func (b Bytes) M__iadd__(o py.Object) (py.Object, error) { return b.M__add__(o) }

// M__mul__ repeats.
func (b Bytes) M__mul__(o py.Object) (py.Object, error) {
	n, ok := o.(py.Int)
	if !ok {
		return py.NotImplemented, nil
	}
	if n < 0 {
		n = 0
	}
	return Bytes(bytes.Repeat(b, int(n))), nil
}

// M__rmul__ repeats.
func (b Bytes) M__rmul__(o py.Object) (py.Object, error) { return b.M__mul__(o) }

// M__mod__ is printf-style formatting of bytes.
func (b Bytes) M__mod__(o py.Object) (py.Object, error) {
	s, err := PercentFormat(string(b), o, true)
	if err != nil {
		return nil, err
	}
	return Bytes(s), nil
}

// ByteArrayType is the bytearray type.
var ByteArrayType = py.NewTypeX("bytearray", "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array", byteArrayNew, nil)

// ByteArray is a mutable bytes object.
type ByteArray struct{ b []byte }

// Type returns bytearray.
func (a *ByteArray) Type() *py.Type { return ByteArrayType }

// M__repr__ returns bytearray(b'...').
func (a *ByteArray) M__repr__() (py.Object, error) {
	return py.String("bytearray(" + bytesRepr(a.b) + ")"), nil
}

// M__str__ is repr.
func (a *ByteArray) M__str__() (py.Object, error) { return a.M__repr__() }

// M__len__ returns the length.
func (a *ByteArray) M__len__() (py.Object, error) { return py.Int(len(a.b)), nil }

// M__getitem__ returns an int or a bytearray slice.
func (a *ByteArray) M__getitem__(key py.Object) (py.Object, error) {
	if err := byteArrayIndexType(key); err != nil {
		return nil, err
	}
	r, err := Bytes(a.b).M__getitem__(key)
	if err != nil {
		if py.IsException(py.IndexError, err) {
			return nil, py.ExceptionNewf(py.IndexError, "bytearray index out of range")
		}
		return nil, err
	}
	if bs, ok := r.(Bytes); ok {
		return &ByteArray{b: []byte(bs)}, nil
	}
	return r, nil
}

// byteArrayIndexType is CPython's TypeError for a bytearray index that is
// neither an integer nor a slice.
func byteArrayIndexType(key py.Object) error {
	switch key.(type) {
	case py.Int, *py.Slice, py.I__index__:
		return nil
	}
	return py.ExceptionNewf(py.TypeError, "bytearray indices must be integers or slices, not %s", key.Type().Name)
}

// M__setitem__ sets one byte or a slice.
func (a *ByteArray) M__setitem__(key, value py.Object) (py.Object, error) {
	if sl, ok := key.(*py.Slice); ok {
		start, stop, step, _, err := sl.GetIndices(len(a.b))
		if err != nil {
			return nil, err
		}
		nb, err := toByteSlice(value)
		if err != nil {
			return nil, err
		}
		if step != 1 {
			return nil, py.ExceptionNewf(py.NotImplementedError, "extended slice assignment on bytearray")
		}
		if stop < start {
			stop = start
		}
		out := append([]byte{}, a.b[:start]...)
		out = append(out, nb...)
		a.b = append(out, a.b[stop:]...)
		return py.None, nil
	}
	if err := byteArrayIndexType(key); err != nil {
		return nil, err
	}
	i, err := py.IndexIntCheck(key, len(a.b))
	if err != nil {
		if py.IsException(py.IndexError, err) {
			return nil, py.ExceptionNewf(py.IndexError, "bytearray index out of range")
		}
		return nil, err
	}
	v, ok := value.(py.Int)
	if !ok || v < 0 || v > 255 {
		return nil, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
	}
	a.b[i] = byte(v)
	return py.None, nil
}

// M__iter__ iterates over the byte values.
func (a *ByteArray) M__iter__() (py.Object, error) { return Bytes(a.b).M__iter__() }

// M__contains__ implements `in`.
func (a *ByteArray) M__contains__(item py.Object) (py.Object, error) {
	return bytesContains(a.b, item)
}

// M__eq__ compares content with bytes and bytearray.
func (a *ByteArray) M__eq__(o py.Object) (py.Object, error) {
	if ob, ok := bytesOf(o); ok {
		return py.NewBool(bytes.Equal(a.b, ob)), nil
	}
	return py.NotImplemented, nil
}

// M__ne__ compares content.
func (a *ByteArray) M__ne__(o py.Object) (py.Object, error) {
	if ob, ok := bytesOf(o); ok {
		return py.NewBool(!bytes.Equal(a.b, ob)), nil
	}
	return py.NotImplemented, nil
}

// M__add__ returns a new bytearray.
func (a *ByteArray) M__add__(o py.Object) (py.Object, error) {
	if ob, ok := bytesOf(o); ok {
		return &ByteArray{b: append(append([]byte{}, a.b...), ob...)}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "can't concat %s to bytearray", o.Type().Name)
}

// M__iadd__ extends in place.
func (a *ByteArray) M__iadd__(o py.Object) (py.Object, error) {
	if ob, ok := bytesOf(o); ok {
		a.b = append(a.b, ob...)
		return a, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "can't concat %s to bytearray", o.Type().Name)
}

func toByteSlice(o py.Object) ([]byte, error) {
	if b, ok := bytesOf(o); ok {
		return append([]byte{}, b...), nil
	}
	if _, ok := o.(py.String); ok {
		return nil, py.ExceptionNewf(py.TypeError, "cannot convert 'str' object to bytearray")
	}
	var out []byte
	var ierr error
	err := py.Iterate(o, func(it py.Object) bool {
		v, ok := it.(py.Int)
		if !ok {
			ierr = py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", it.Type().Name)
			return true
		}
		if v < 0 || v > 255 {
			ierr = py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
			return true
		}
		out = append(out, byte(v))
		return false
	})
	if err != nil {
		return nil, err
	}
	return out, ierr
}

// bytesFromArgs implements the bytes()/bytearray() constructor forms.
func bytesFromArgs(name string, args py.Tuple, kw py.StringDict) ([]byte, error) {
	var src, enc, errs py.Object
	if err := py.ParseTupleAndKeywords(args, kw, "|OOO:"+name, []string{"source", "encoding", "errors"}, &src, &enc, &errs); err != nil {
		return nil, err
	}
	if src == nil {
		if enc != nil || errs != nil {
			return nil, py.ExceptionNewf(py.TypeError, "encoding or errors without sequence argument")
		}
		return []byte{}, nil
	}
	if s, ok := src.(py.String); ok {
		if enc == nil {
			return nil, py.ExceptionNewf(py.TypeError, "string argument without an encoding")
		}
		e, ok := enc.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s() argument 'encoding' must be str, not %s", name, enc.Type().Name)
		}
		h := "strict"
		if es, ok := errs.(py.String); ok {
			h = string(es)
		}
		return Encode(string(s), string(e), h)
	}
	if enc != nil {
		return nil, py.ExceptionNewf(py.TypeError, "encoding without a string argument")
	}
	if errs != nil {
		return nil, py.ExceptionNewf(py.TypeError, "errors without a string argument")
	}
	switch x := src.(type) {
	case py.Int:
		if x < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative count")
		}
		return make([]byte, int(x)), nil
	case py.Float:
		return nil, py.ExceptionNewf(py.TypeError, "cannot convert 'float' object to bytes")
	}
	if m, err := py.GetAttrString(src, "__bytes__"); err == nil {
		r, err := py.Call(m, nil, nil)
		if err != nil {
			return nil, err
		}
		if b, ok := bytesOf(r); ok {
			return b, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "__bytes__ returned non-bytes (type %s)", r.Type().Name)
	}
	if _, ok := src.(py.I__iter__); !ok {
		if _, ok := src.(py.Tuple); !ok {
			if _, ok := bytesOf(src); !ok && src.Type().NativeGetAttrOrNil("__iter__") == nil {
				if _, isT := src.(*py.Type); !isT {
					return nil, py.ExceptionNewf(py.TypeError, "cannot convert '%s' object to %s", src.Type().Name, name)
				}
			}
		}
	}
	b, err := toByteSlice(src)
	if err != nil && py.IsException(py.ValueError, err) && name == "bytes" {
		return nil, py.ExceptionNewf(py.ValueError, "bytes must be in range(0, 256)")
	}
	return b, err
}

func byteArrayNew(metatype *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	b, err := bytesFromArgs("bytearray", args, kw)
	if err != nil {
		return nil, err
	}
	return &ByteArray{b: append([]byte{}, b...)}, nil
}

func bytesNew(metatype *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	b, err := bytesFromArgs("bytes", args, kw)
	if err != nil {
		return nil, err
	}
	return Bytes(b), nil
}

// bytesSelf normalises bound and unbound calls of bytes methods.
func bytesSelf(name string, self py.Object, args py.Tuple) ([]byte, py.Tuple, error) {
	if b, ok := bytesOf(self); ok {
		return b, args, nil
	}
	if len(args) > 0 {
		if b, ok := bytesOf(args[0]); ok {
			return b, args[1:], nil
		}
	}
	return nil, nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'bytes' object", name)
}

// result wraps a method result in the caller's type (bytearray stays
// bytearray).
func wrapLike(self py.Object, b []byte) py.Object {
	if _, ok := self.(*ByteArray); ok {
		return &ByteArray{b: b}
	}
	return Bytes(b)
}

func bytesMethod(name string, fn func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error)) {
	m := py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(kw) == 0 {
			kw = nil
		}
		b, a, err := bytesSelf(name, self, args)
		if err != nil {
			return nil, err
		}
		if _, ok := bytesOf(self); !ok && len(args) > 0 {
			self = args[0]
		}
		return fn(self, b, a, kw)
	}, 0, name+"() as in CPython's bytes")
	py.BytesType.Dict[name] = m
	ByteArrayType.Dict[name] = m
}

func needBytes(o py.Object) ([]byte, error) {
	if b, ok := bytesOf(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", o.Type().Name)
}

func bytesList(self py.Object, parts [][]byte) *py.List {
	l := py.NewListSized(len(parts))
	for i, p := range parts {
		l.Items[i] = wrapLike(self, append([]byte{}, p...))
	}
	return l
}

func isBSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func init() {
	py.BytesType.New = bytesNew
	bytesMethod("decode", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var enc, errs py.Object = py.String("utf-8"), py.String("strict")
		if err := py.ParseTupleAndKeywords(args, kw, "|OO:decode", []string{"encoding", "errors"}, &enc, &errs); err != nil {
			return nil, err
		}
		e, err := argStr("decode", enc, "argument 'encoding'")
		if err != nil {
			return nil, err
		}
		h, err := argStr("decode", errs, "argument 'errors'")
		if err != nil {
			return nil, err
		}
		s, err := Decode(b, e, h)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	})
	bytesMethod("split", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var osep, omax py.Object = py.None, py.Int(-1)
		if err := py.ParseTupleAndKeywords(args, kw, "|OO:split", []string{"sep", "maxsplit"}, &osep, &omax); err != nil {
			return nil, err
		}
		max, err := argInt(omax)
		if err != nil {
			return nil, err
		}
		if osep == py.None {
			parts := splitWS(string(b), max)
			out := make([][]byte, len(parts))
			for i, p := range parts {
				out[i] = []byte(p)
			}
			return bytesList(self, out), nil
		}
		sep, err := needBytes(osep)
		if err != nil {
			return nil, err
		}
		if len(sep) == 0 {
			return nil, py.ExceptionNewf(py.ValueError, "empty separator")
		}
		n := max + 1
		if max < 0 {
			n = -1
		}
		return bytesList(self, bytes.SplitN(b, sep, n)), nil
	})
	bytesMethod("join", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("join", args, 1, 1); err != nil {
			return nil, err
		}
		var out []byte
		i := 0
		var ierr error
		err := py.Iterate(args[0], func(it py.Object) bool {
			p, ok := bytesOf(it)
			if !ok {
				ierr = py.ExceptionNewf(py.TypeError, "sequence item %d: expected a bytes-like object, %s found", i, it.Type().Name)
				return true
			}
			if i > 0 {
				out = append(out, b...)
			}
			out = append(out, p...)
			i++
			return false
		})
		if err != nil {
			return nil, err
		}
		if ierr != nil {
			return nil, ierr
		}
		if out == nil {
			out = []byte{}
		}
		return wrapLike(self, out), nil
	})
	bstrip := func(name string, l, r bool) {
		bytesMethod(name, func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := nargs(name, args, 0, 1); err != nil {
				return nil, err
			}
			f := isBSpace
			if len(args) > 0 && args[0] != py.None {
				chars, err := needBytes(args[0])
				if err != nil {
					return nil, err
				}
				f = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
			}
			lo, hi := 0, len(b)
			for l && lo < hi && f(b[lo]) {
				lo++
			}
			for r && hi > lo && f(b[hi-1]) {
				hi--
			}
			return wrapLike(self, append([]byte{}, b[lo:hi]...)), nil
		})
	}
	bstrip("strip", true, true)
	bstrip("lstrip", true, false)
	bstrip("rstrip", false, true)
	bfind := func(name string, rev, raise bool) {
		bytesMethod(name, func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := nargs(name, args, 1, 3); err != nil {
				return nil, err
			}
			var sub []byte
			if i, ok := args[0].(py.Int); ok {
				sub = []byte{byte(i)}
			} else {
				s, err := needBytes(args[0])
				if err != nil {
					return nil, err
				}
				sub = s
			}
			start, end, err := sliceBounds(args[1:], len(b))
			if err != nil {
				return nil, err
			}
			idx := -1
			if start <= end && start <= len(b) {
				if rev {
					idx = bytes.LastIndex(b[start:end], sub)
				} else {
					idx = bytes.Index(b[start:end], sub)
				}
				if idx >= 0 {
					idx += start
				}
			}
			if idx < 0 && raise {
				return nil, py.ExceptionNewf(py.ValueError, "subsection not found")
			}
			return py.Int(idx), nil
		})
	}
	bfind("find", false, false)
	bfind("rfind", true, false)
	bfind("index", false, true)
	bfind("rindex", true, true)
	bytesMethod("count", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("count", args, 1, 3); err != nil {
			return nil, err
		}
		var sub []byte
		if i, ok := args[0].(py.Int); ok {
			sub = []byte{byte(i)}
		} else {
			s, err := needBytes(args[0])
			if err != nil {
				return nil, err
			}
			sub = s
		}
		start, end, err := sliceBounds(args[1:], len(b))
		if err != nil || start > end {
			return py.Int(0), err
		}
		return py.Int(bytes.Count(b[start:end], sub)), nil
	})
	baffix := func(name string, suffix bool) {
		bytesMethod(name, func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := nargs(name, args, 1, 3); err != nil {
				return nil, err
			}
			var subs [][]byte
			if t, ok := args[0].(py.Tuple); ok {
				for _, it := range t {
					s, err := needBytes(it)
					if err != nil {
						return nil, err
					}
					subs = append(subs, s)
				}
			} else {
				s, ok := bytesOf(args[0])
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, args[0].Type().Name)
				}
				subs = [][]byte{s}
			}
			start, end, err := sliceBounds(args[1:], len(b))
			if err != nil {
				return nil, err
			}
			if start > len(b) || start > end {
				return py.False, nil
			}
			w := b[start:end]
			for _, s := range subs {
				if (suffix && bytes.HasSuffix(w, s)) || (!suffix && bytes.HasPrefix(w, s)) {
					return py.True, nil
				}
			}
			return py.False, nil
		})
	}
	baffix("startswith", false)
	baffix("endswith", true)
	bytesMethod("replace", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("replace", args, 2, 3); err != nil {
			return nil, err
		}
		old, err := needBytes(args[0])
		if err != nil {
			return nil, err
		}
		nw, err := needBytes(args[1])
		if err != nil {
			return nil, err
		}
		n := -1
		if len(args) > 2 {
			if n, err = argInt(args[2]); err != nil {
				return nil, err
			}
		}
		return wrapLike(self, bytes.Replace(b, old, nw, n)), nil
	})
	bytesMethod("hex", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		s := hex.EncodeToString(b)
		if len(args) > 0 {
			sep, ok := args[0].(py.String)
			if ok && len(sep) == 1 && len(b) > 1 {
				parts := make([]string, len(b))
				for i := range b {
					parts[i] = s[2*i : 2*i+2]
				}
				s = strings.Join(parts, string(sep))
			}
		}
		return py.String(s), nil
	})
	bytesMethod("upper", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return wrapLike(self, bytes.ToUpper(b)), nil
	})
	bytesMethod("lower", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return wrapLike(self, bytes.ToLower(b)), nil
	})
	bytesMethod("isdigit", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		for _, c := range b {
			if c < '0' || c > '9' {
				return py.False, nil
			}
		}
		return py.NewBool(len(b) > 0), nil
	})
	fromhex := py.MustNewMethod("fromhex", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargs("fromhex", args, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "fromhex() argument must be str, not %s", args[0].Type().Name)
		}
		var out []byte
		str := string(s)
		for i := 0; i < len(str); {
			if str[i] == ' ' || str[i] == '\t' || str[i] == '\n' {
				i++
				continue
			}
			if i+1 >= len(str) {
				return nil, py.ExceptionNewf(py.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
			}
			v, err := hex.DecodeString(str[i : i+2])
			if err != nil {
				pos := i
				if _, e := hex.DecodeString(str[i:i+1] + "0"); e == nil {
					pos = i + 1
				}
				return nil, py.ExceptionNewf(py.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", pos)
			}
			out = append(out, v...)
			i += 2
		}
		if out == nil {
			out = []byte{}
		}
		if self == ByteArrayType {
			return &ByteArray{b: out}, nil
		}
		return Bytes(out), nil
	}, 0, "bytes.fromhex(string) -> bytes")
	py.BytesType.Dict["fromhex"] = fromhex
	ByteArrayType.Dict["fromhex"] = fromhex
	ByteArrayType.Dict["append"] = py.MustNewMethod("append", func(self py.Object, arg py.Object) (py.Object, error) {
		a := self.(*ByteArray)
		v, ok := arg.(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", arg.Type().Name)
		}
		if v < 0 || v > 255 {
			return nil, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
		}
		a.b = append(a.b, byte(v))
		return py.None, nil
	}, 0, "append(item)")
	ByteArrayType.Dict["extend"] = py.MustNewMethod("extend", func(self py.Object, arg py.Object) (py.Object, error) {
		a := self.(*ByteArray)
		nb, err := toByteSlice(arg)
		if err != nil {
			return nil, err
		}
		a.b = append(a.b, nb...)
		return py.None, nil
	}, 0, "extend(iterable_of_ints)")
}

// encodingName normalises an encoding name as CPython's codec lookup does.
func encodingName(enc string) (string, error) {
	e := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(enc), "_", "-"))
	switch e {
	case "utf-8", "utf8", "u8", "utf":
		return "utf-8", nil
	case "utf-8-sig", "utf8-sig":
		return "utf-8-sig", nil
	case "ascii", "us-ascii", "646":
		return "ascii", nil
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin":
		return "latin-1", nil
	}
	if c, ok := lookupXCodec(e); ok {
		return c.name, nil
	}
	return "", py.ExceptionNewf(py.LookupError, "unknown encoding: %s", enc)
}

// Encode encodes s with the named encoding and error handler.
func Encode(s, enc, errors string) ([]byte, error) {
	name, err := encodingName(enc)
	if err != nil {
		return nil, err
	}
	switch name {
	case "utf-8":
		return []byte(s), nil
	case "utf-8-sig":
		return append([]byte("\ufeff"), s...), nil
	}
	if c, ok := xcodecs()[name]; ok {
		return xEncode(c, s, errors)
	}
	limit := rune(0x7f)
	if name == "latin-1" {
		limit = 0xff
	}
	out := make([]byte, 0, len(s))
	pos := 0
	for _, r := range s {
		if r <= limit {
			out = append(out, byte(r))
			pos++
			continue
		}
		switch errors {
		case "strict":
			rng := "ordinal not in range(128)"
			if name == "latin-1" {
				rng = "ordinal not in range(256)"
			}
			return nil, unicodeErr(py.UnicodeEncodeError, name, py.String(s), pos, pos+1, rng,
				fmt.Sprintf("'%s' codec can't encode character %s in position %d: %s", codecName(name), charRepr(r), pos, rng))
		case "ignore":
		case "replace":
			out = append(out, '?')
		case "backslashreplace":
			switch {
			case r < 0x100:
				out = append(out, fmt.Sprintf("\\x%02x", r)...)
			case r < 0x10000:
				out = append(out, fmt.Sprintf("\\u%04x", r)...)
			default:
				out = append(out, fmt.Sprintf("\\U%08x", r)...)
			}
		case "xmlcharrefreplace":
			out = append(out, fmt.Sprintf("&#%d;", r)...)
		default:
			return nil, py.ExceptionNewf(py.LookupError, "unknown error handler name '%s'", errors)
		}
		pos++
	}
	return out, nil
}

func codecName(name string) string {
	if name == "latin-1" {
		return "latin-1"
	}
	return name
}

func charRepr(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf("'\\x%02x'", r)
	case r < 0x10000:
		return fmt.Sprintf("'\\u%04x'", r)
	}
	return fmt.Sprintf("'\\U%08x'", r)
}

// Decode decodes b with the named encoding and error handler.
func Decode(b []byte, enc, errors string) (string, error) {
	name, err := encodingName(enc)
	if err != nil {
		return "", err
	}
	switch errors {
	case "strict", "ignore", "replace", "backslashreplace", "surrogateescape":
	default:
		return "", py.ExceptionNewf(py.LookupError, "unknown error handler name '%s'", errors)
	}
	if c, ok := xcodecs()[name]; ok {
		return xDecode(c, b, errors)
	}
	var sb strings.Builder
	switch name {
	case "utf-8-sig":
		return Decode(bytes.TrimPrefix(b, []byte("\ufeff")), "utf-8", errors)
	case "latin-1":
		for _, c := range b {
			sb.WriteRune(rune(c))
		}
		return sb.String(), nil
	case "ascii":
		for i, c := range b {
			if c < 0x80 {
				sb.WriteByte(c)
				continue
			}
			if err := undecodable(&sb, errors, "ascii", b, i, "ordinal not in range(128)"); err != nil {
				return "", err
			}
		}
		return sb.String(), nil
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	for i := 0; i < len(b); {
		r, sz := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || sz > 1 {
			sb.WriteRune(r)
			i += sz
			continue
		}
		// classify the error as CPython does
		c := b[i]
		reason := "invalid start byte"
		bad := 1
		if c >= 0xc2 && c <= 0xf4 {
			need := 1
			if c >= 0xe0 {
				need = 2
			}
			if c >= 0xf0 {
				need = 3
			}
			j := 1
			for j <= need && i+j < len(b) && b[i+j]&0xc0 == 0x80 {
				j++
			}
			if i+j >= len(b) && j <= need {
				reason = "unexpected end of data"
			} else {
				reason = "invalid continuation byte"
			}
			bad = j
		}
		switch errors {
		case "strict":
			if bad == 1 {
				return "", unicodeErr(py.UnicodeDecodeError, "utf-8", Bytes(b), i, i+1, reason,
					fmt.Sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: %s", c, i, reason))
			}
			return "", unicodeErr(py.UnicodeDecodeError, "utf-8", Bytes(b), i, i+bad, reason,
				fmt.Sprintf("'utf-8' codec can't decode bytes in position %d-%d: %s", i, i+bad-1, reason))
		case "replace":
			sb.WriteRune('\ufffd')
		case "backslashreplace":
			for k := 0; k < bad; k++ {
				fmt.Fprintf(&sb, "\\x%02x", b[i+k])
			}
		}
		i += bad
	}
	return sb.String(), nil
}

// unicodeErr builds a UnicodeEncodeError/UnicodeDecodeError with CPython's
// message and its attributes (encoding, object, start, end, reason).
func unicodeErr(t *py.Type, enc string, obj py.Object, start, end int, reason, msg string) error {
	e := py.ExceptionNewf(t, "%s", msg)
	e.Dict = py.StringDict{"encoding": py.String(enc), "object": obj, "start": py.Int(start), "end": py.Int(end), "reason": py.String(reason)}
	return e
}
