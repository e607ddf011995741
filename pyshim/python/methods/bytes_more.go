package methods

import (
	"bytes"

	"github.com/go-python/gpython/py"
)

// The bytes and bytearray methods gpython and the layer lacked
// (capitalize, center, expandtabs, the is* tests, ljust, rjust, zfill,
// maketrans, translate, partition, rpartition, removeprefix, removesuffix,
// rsplit, swapcase, title) with CPython's ASCII-only semantics, and
// bytearray's list methods (clear, copy, insert, pop, remove, reverse).

func isBUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isBLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isBAlpha(c byte) bool { return isBUpper(c) || isBLower(c) }
func isBDigit(c byte) bool { return c >= '0' && c <= '9' }

func bUpper(c byte) byte {
	if isBLower(c) {
		return c - 32
	}
	return c
}

func bLower(c byte) byte {
	if isBUpper(c) {
		return c + 32
	}
	return c
}

// fillByte is the fill argument of center, ljust and rjust.
func fillByte(name string, o py.Object) (byte, error) {
	if o == nil {
		return ' ', nil
	}
	b, ok := bytesOf(o)
	if !ok || len(b) != 1 {
		return 0, py.ExceptionNewf(py.TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, o.Type().Name)
	}
	return b[0], nil
}

// justify pads b to width with fill: on the left (right=true), the right,
// or both sides as str.center does.
func justify(name string, self py.Object, b []byte, args py.Tuple, left, right bool) (py.Object, error) {
	if err := nargs(name, args, 1, 2); err != nil {
		return nil, err
	}
	width, err := argInt(args[0])
	if err != nil {
		return nil, err
	}
	var fo py.Object
	if len(args) > 1 {
		fo = args[1]
	}
	fill, err := fillByte(name, fo)
	if err != nil {
		return nil, err
	}
	pad := width - len(b)
	if pad <= 0 {
		return wrapLike(self, append([]byte{}, b...)), nil
	}
	var l int
	switch {
	case left && right:
		l = pad/2 + (pad & width & 1)
	case right:
		l = pad
	}
	out := append(bytes.Repeat([]byte{fill}, l), b...)
	out = append(out, bytes.Repeat([]byte{fill}, pad-l)...)
	return wrapLike(self, out), nil
}

func init() {
	test := func(name string, each func(c byte) bool, empty bool) {
		bytesMethod(name, func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := nargs(name, args, 0, 0); err != nil {
				return nil, err
			}
			if len(b) == 0 {
				return py.NewBool(empty), nil
			}
			for _, c := range b {
				if !each(c) {
					return py.False, nil
				}
			}
			return py.True, nil
		})
	}
	test("isalnum", func(c byte) bool { return isBAlpha(c) || isBDigit(c) }, false)
	test("isalpha", isBAlpha, false)
	test("isascii", func(c byte) bool { return c < 128 }, true)
	test("isspace", isBSpace, false)
	cased := func(name string, want func(c byte) bool, other func(c byte) bool) {
		bytesMethod(name, func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
			found := false
			for _, c := range b {
				if other(c) {
					return py.False, nil
				}
				if want(c) {
					found = true
				}
			}
			return py.NewBool(found), nil
		})
	}
	cased("islower", isBLower, isBUpper)
	cased("isupper", isBUpper, isBLower)
	bytesMethod("istitle", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		prevCased, any := false, false
		for _, c := range b {
			switch {
			case isBUpper(c):
				if prevCased {
					return py.False, nil
				}
				prevCased, any = true, true
			case isBLower(c):
				if !prevCased {
					return py.False, nil
				}
				prevCased, any = true, true
			default:
				prevCased = false
			}
		}
		return py.NewBool(any), nil
	})
	mapBytes := func(name string, fn func(b []byte) []byte) {
		bytesMethod(name, func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := nargs(name, args, 0, 0); err != nil {
				return nil, err
			}
			return wrapLike(self, fn(append([]byte{}, b...))), nil
		})
	}
	mapBytes("capitalize", func(b []byte) []byte {
		for i := range b {
			if i == 0 {
				b[i] = bUpper(b[i])
			} else {
				b[i] = bLower(b[i])
			}
		}
		return b
	})
	mapBytes("swapcase", func(b []byte) []byte {
		for i, c := range b {
			if isBUpper(c) {
				b[i] = c + 32
			} else if isBLower(c) {
				b[i] = c - 32
			}
		}
		return b
	})
	mapBytes("title", func(b []byte) []byte {
		prev := false
		for i, c := range b {
			if prev {
				b[i] = bLower(c)
			} else {
				b[i] = bUpper(c)
			}
			prev = isBAlpha(c)
		}
		return b
	})
	bytesMethod("center", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return justify("center", self, b, args, true, true)
	})
	bytesMethod("ljust", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return justify("ljust", self, b, args, false, false)
	})
	bytesMethod("rjust", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return justify("rjust", self, b, args, false, true)
	})
	bytesMethod("zfill", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("zfill", args, 1, 1); err != nil {
			return nil, err
		}
		width, err := argInt(args[0])
		if err != nil {
			return nil, err
		}
		pad := width - len(b)
		if pad <= 0 {
			return wrapLike(self, append([]byte{}, b...)), nil
		}
		out := append(bytes.Repeat([]byte{'0'}, pad), b...)
		if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
			out[0], out[pad] = b[0], '0'
		}
		return wrapLike(self, out), nil
	})
	bytesMethod("expandtabs", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var ots py.Object = py.Int(8)
		if err := py.ParseTupleAndKeywords(args, kw, "|O:expandtabs", []string{"tabsize"}, &ots); err != nil {
			return nil, err
		}
		ts, err := argInt(ots)
		if err != nil {
			return nil, err
		}
		var out []byte
		col := 0
		for _, c := range b {
			switch c {
			case '\t':
				if ts > 0 {
					n := ts - col%ts
					out = append(out, bytes.Repeat([]byte{' '}, n)...)
					col += n
				}
			case '\n', '\r':
				out = append(out, c)
				col = 0
			default:
				out = append(out, c)
				col++
			}
		}
		if out == nil {
			out = []byte{}
		}
		return wrapLike(self, out), nil
	})
	affixCut := func(name string, prefix bool) {
		bytesMethod(name, func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := nargs(name, args, 1, 1); err != nil {
				return nil, err
			}
			a, err := needBytes(args[0])
			if err != nil {
				return nil, err
			}
			out := b
			if prefix && bytes.HasPrefix(b, a) {
				out = b[len(a):]
			} else if !prefix && bytes.HasSuffix(b, a) {
				out = b[:len(b)-len(a)]
			}
			return wrapLike(self, append([]byte{}, out...)), nil
		})
	}
	affixCut("removeprefix", true)
	affixCut("removesuffix", false)
	part := func(name string, last bool) {
		bytesMethod(name, func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := nargs(name, args, 1, 1); err != nil {
				return nil, err
			}
			sep, err := needBytes(args[0])
			if err != nil {
				return nil, err
			}
			if len(sep) == 0 {
				return nil, py.ExceptionNewf(py.ValueError, "empty separator")
			}
			w := func(x []byte) py.Object { return wrapLike(self, append([]byte{}, x...)) }
			i := bytes.Index(b, sep)
			if last {
				i = bytes.LastIndex(b, sep)
			}
			if i < 0 {
				if last {
					return py.Tuple{w(nil), w(nil), w(b)}, nil
				}
				return py.Tuple{w(b), w(nil), w(nil)}, nil
			}
			return py.Tuple{w(b[:i]), w(sep), w(b[i+len(sep):])}, nil
		})
	}
	part("partition", false)
	part("rpartition", true)
	bytesMethod("rsplit", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var osep, omax py.Object = py.None, py.Int(-1)
		if err := py.ParseTupleAndKeywords(args, kw, "|OO:rsplit", []string{"sep", "maxsplit"}, &osep, &omax); err != nil {
			return nil, err
		}
		max, err := argInt(omax)
		if err != nil {
			return nil, err
		}
		if osep == py.None {
			parts := rsplitWS(string(b), max)
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
		var parts [][]byte
		rest := b
		for max != 0 {
			i := bytes.LastIndex(rest, sep)
			if i < 0 {
				break
			}
			parts = append(parts, rest[i+len(sep):])
			rest = rest[:i]
			max--
		}
		parts = append(parts, rest)
		for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
			parts[i], parts[j] = parts[j], parts[i]
		}
		return bytesList(self, parts), nil
	})
	maketrans := py.MustNewMethod("maketrans", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargs("maketrans", args, 2, 2); err != nil {
			return nil, err
		}
		from, err := needBytes(args[0])
		if err != nil {
			return nil, err
		}
		to, err := needBytes(args[1])
		if err != nil {
			return nil, err
		}
		if len(from) != len(to) {
			return nil, py.ExceptionNewf(py.ValueError, "maketrans arguments must have same length")
		}
		table := make([]byte, 256)
		for i := range table {
			table[i] = byte(i)
		}
		for i, c := range from {
			table[c] = to[i]
		}
		return Bytes(table), nil
	}, 0, "maketrans(frm, to, /)")
	py.BytesType.Dict["maketrans"] = maketrans
	ByteArrayType.Dict["maketrans"] = maketrans
	bytesMethod("translate", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var otable, odel py.Object = nil, nil
		if err := py.ParseTupleAndKeywords(args, kw, "O|O:translate", []string{"table", "delete"}, &otable, &odel); err != nil {
			return nil, err
		}
		var table []byte
		if otable != py.None {
			t, err := needBytes(otable)
			if err != nil {
				return nil, err
			}
			if len(t) != 256 {
				return nil, py.ExceptionNewf(py.ValueError, "translation table must be 256 characters long")
			}
			table = t
		}
		var del []byte
		if odel != nil {
			d, err := needBytes(odel)
			if err != nil {
				return nil, err
			}
			del = d
		}
		out := make([]byte, 0, len(b))
		for _, c := range b {
			if bytes.IndexByte(del, c) >= 0 {
				continue
			}
			if table != nil {
				c = table[c]
			}
			out = append(out, c)
		}
		return wrapLike(self, out), nil
	})

	ba := func(name string, fn interface{}) {
		ByteArrayType.Dict[name] = py.MustNewMethod(name, fn, 0, name+"() as in CPython's bytearray")
	}
	ba("clear", func(self py.Object) (py.Object, error) {
		self.(*ByteArray).b = []byte{}
		return py.None, nil
	})
	ba("copy", func(self py.Object) (py.Object, error) {
		return &ByteArray{b: append([]byte{}, self.(*ByteArray).b...)}, nil
	})
	ba("reverse", func(self py.Object) (py.Object, error) {
		b := self.(*ByteArray).b
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		return py.None, nil
	})
	byteValue := func(o py.Object) (byte, error) {
		v, ok := o.(py.Int)
		if !ok {
			return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
		}
		if v < 0 || v > 255 {
			return 0, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
		}
		return byte(v), nil
	}
	ba("insert", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargs("insert", args, 2, 2); err != nil {
			return nil, err
		}
		a := self.(*ByteArray)
		i, err := argInt(args[0])
		if err != nil {
			return nil, err
		}
		v, err := byteValue(args[1])
		if err != nil {
			return nil, err
		}
		n := len(a.b)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		a.b = append(a.b[:i], append([]byte{v}, a.b[i:]...)...)
		return py.None, nil
	})
	ba("pop", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargs("pop", args, 0, 1); err != nil {
			return nil, err
		}
		a := self.(*ByteArray)
		if len(a.b) == 0 {
			return nil, py.ExceptionNewf(py.IndexError, "pop from empty bytearray")
		}
		i := len(a.b) - 1
		if len(args) == 1 {
			var err error
			if i, err = argInt(args[0]); err != nil {
				return nil, err
			}
			if i < 0 {
				i += len(a.b)
			}
			if i < 0 || i >= len(a.b) {
				return nil, py.ExceptionNewf(py.IndexError, "pop index out of range")
			}
		}
		v := a.b[i]
		a.b = append(a.b[:i], a.b[i+1:]...)
		return py.Int(v), nil
	})
	ba("remove", func(self, arg py.Object) (py.Object, error) {
		a := self.(*ByteArray)
		v, err := byteValue(arg)
		if err != nil {
			return nil, err
		}
		i := bytes.IndexByte(a.b, v)
		if i < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "value not found in bytearray")
		}
		a.b = append(a.b[:i], a.b[i+1:]...)
		return py.None, nil
	})
}
