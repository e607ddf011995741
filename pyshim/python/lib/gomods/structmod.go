package gomods

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// struct (Go module) on encoding/binary: CPython's format language with
// native ('@', aligned) and standard ('=', '<', '>', '!') modes.

// structErrorType is struct.error.
var structErrorType = func() *py.Type {
	t := py.ExceptionType.NewType("error", "", nil, nil)
	t.ObjectType = py.TypeType
	t.Base = py.ExceptionType
	t.Flags &^= py.TPFLAGS_READY
	_ = t.Ready()
	return t
}()

func structErr(format string, a ...any) error { return py.ExceptionNewf(structErrorType, format, a...) }

type sfield struct {
	code  byte
	count int // repeat count, or the length of s/p
}

type sformat struct {
	order  binary.ByteOrder
	native bool
	fields []sfield
	size   int
	nargs  int
}

func nativeSize(c byte) int {
	switch c {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
		return 8
	}
	return 0
}

func stdSize(c byte) int {
	switch c {
	case 'l', 'L':
		return 4
	case 'n', 'N', 'P':
		return 0 // native only
	}
	return nativeSize(c)
}

func parseStructFormat(f string) (*sformat, error) {
	sf := &sformat{order: binary.LittleEndian, native: true}
	if f != "" {
		switch f[0] {
		case '@':
			f = f[1:]
		case '=', '<':
			sf.native = false
			f = f[1:]
		case '>', '!':
			sf.native, sf.order = false, binary.BigEndian
			f = f[1:]
		}
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c == ' ' || c == '\t' || c == '\n' {
			continue
		}
		count, hasCount := 0, false
		for i < len(f) && f[i] >= '0' && f[i] <= '9' {
			count = count*10 + int(f[i]-'0')
			hasCount = true
			i++
		}
		if i >= len(f) {
			return nil, structErr("repeat count given without format specifier")
		}
		c = f[i]
		if !hasCount {
			count = 1
		}
		size := nativeSize(c)
		if !sf.native {
			size = stdSize(c)
		}
		if size == 0 {
			return nil, structErr("bad char in struct format")
		}
		if sf.native && c != 's' && c != 'p' && c != 'x' && c != 'c' && c != 'b' && c != 'B' && c != '?' {
			if r := sf.size % size; r != 0 {
				sf.size += size - r
				sf.fields = append(sf.fields, sfield{'x', size - r})
			}
		}
		switch c {
		case 's', 'p':
			sf.fields = append(sf.fields, sfield{c, count})
			sf.size += count
			sf.nargs++
		case 'x':
			sf.fields = append(sf.fields, sfield{c, count})
			sf.size += count
		default:
			for k := 0; k < count; k++ {
				sf.fields = append(sf.fields, sfield{c, 1})
			}
			sf.size += size * count
			sf.nargs += count
		}
	}
	return sf, nil
}

func (sf *sformat) width(c byte) int {
	if sf.native {
		return nativeSize(c)
	}
	return stdSize(c)
}

func structInt(o py.Object) (*big.Int, error) {
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v)), nil
	case py.Bool:
		if v {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case *py.BigInt:
		return (*big.Int)(v), nil
	}
	if f, err := py.GetAttrString(o, "__index__"); err == nil {
		if r, err := py.Call(f, nil, nil); err == nil && r != o {
			return structInt(r)
		}
	}
	return nil, structErr("required argument is not an integer")
}

func (sf *sformat) pack(args py.Tuple) ([]byte, error) {
	if len(args) != sf.nargs {
		return nil, structErr("pack expected %d items for packing (got %d)", sf.nargs, len(args))
	}
	out := make([]byte, 0, sf.size)
	ai := 0
	for _, fd := range sf.fields {
		w := sf.width(fd.code)
		switch fd.code {
		case 'x':
			out = append(out, make([]byte, fd.count)...)
			continue
		case 's', 'p':
			b, ok := asBytes(args[ai])
			if !ok {
				return nil, structErr("argument for '%c' must be a bytes object", fd.code)
			}
			ai++
			buf := make([]byte, fd.count)
			if fd.code == 'p' {
				if fd.count > 0 {
					n := copy(buf[1:], b)
					if n > 255 {
						n = 255
					}
					buf[0] = byte(n)
				}
			} else {
				copy(buf, b)
			}
			out = append(out, buf...)
			continue
		case 'c':
			b, ok := asBytes(args[ai])
			if !ok || len(b) != 1 {
				return nil, structErr("char format requires a bytes object of length 1")
			}
			ai++
			out = append(out, b[0])
			continue
		case '?':
			t, err := py.MakeBool(args[ai])
			if err != nil {
				return nil, err
			}
			ai++
			if t == py.True {
				out = append(out, 1)
			} else {
				out = append(out, 0)
			}
			continue
		case 'e', 'f', 'd':
			v, err := toFloat(args[ai])
			if err != nil {
				return nil, structErr("required argument is not a float")
			}
			ai++
			buf := make([]byte, w)
			switch fd.code {
			case 'd':
				sf.order.PutUint64(buf, math.Float64bits(v))
			case 'f':
				if !math.IsInf(v, 0) && math.Abs(v) > math.MaxFloat32 {
					return nil, py.ExceptionNewf(py.OverflowError, "float too large to pack with f format")
				}
				sf.order.PutUint32(buf, math.Float32bits(float32(v)))
			case 'e':
				sf.order.PutUint16(buf, float16bits(v))
			}
			out = append(out, buf...)
			continue
		}
		n, err := structInt(args[ai])
		if err != nil {
			return nil, err
		}
		ai++
		signed := fd.code == 'b' || fd.code == 'h' || fd.code == 'i' || fd.code == 'l' || fd.code == 'q' || fd.code == 'n'
		bits := uint(w * 8)
		lo, hi := new(big.Int), new(big.Int)
		if signed {
			lo.Lsh(big.NewInt(1), bits-1).Neg(lo)
			hi.Lsh(big.NewInt(1), bits-1).Sub(hi, big.NewInt(1))
		} else {
			hi.Lsh(big.NewInt(1), bits).Sub(hi, big.NewInt(1))
		}
		if n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
			switch {
			case fd.code == 'b':
				return nil, structErr("byte format requires -128 <= number <= 127")
			case fd.code == 'B':
				return nil, structErr("ubyte format requires 0 <= number <= 255")
			case fd.code == 'h' && !sf.native:
				return nil, structErr("short format requires -32768 <= number <= 32767")
			case fd.code == 'H' && !sf.native:
				return nil, structErr("ushort format requires 0 <= number <= 65535")
			case !signed && n.Sign() < 0 && !sf.native:
				return nil, structErr("argument out of range")
			}
			return nil, structErr("'%c' format requires %s <= number <= %s", fd.code, lo.String(), hi.String())
		}
		u := new(big.Int).Set(n)
		if u.Sign() < 0 {
			u.Add(u, new(big.Int).Lsh(big.NewInt(1), bits))
		}
		buf := make([]byte, w)
		v := u.Uint64()
		switch w {
		case 1:
			buf[0] = byte(v)
		case 2:
			sf.order.PutUint16(buf, uint16(v))
		case 4:
			sf.order.PutUint32(buf, uint32(v))
		case 8:
			sf.order.PutUint64(buf, v)
		}
		out = append(out, buf...)
	}
	return out, nil
}

func (sf *sformat) unpack(b []byte) (py.Tuple, error) {
	if len(b) != sf.size {
		return nil, structErr("unpack requires a buffer of %d bytes", sf.size)
	}
	var out py.Tuple
	pos := 0
	for _, fd := range sf.fields {
		w := sf.width(fd.code)
		switch fd.code {
		case 'x':
			pos += fd.count
			continue
		case 's':
			out = append(out, newBytes(append([]byte(nil), b[pos:pos+fd.count]...)))
			pos += fd.count
			continue
		case 'p':
			n := 0
			if fd.count > 0 {
				n = int(b[pos])
				if n > fd.count-1 {
					n = fd.count - 1
				}
				out = append(out, newBytes(append([]byte(nil), b[pos+1:pos+1+n]...)))
			} else {
				out = append(out, newBytes(nil))
			}
			pos += fd.count
			continue
		case 'c':
			out = append(out, newBytes([]byte{b[pos]}))
			pos++
			continue
		case '?':
			out = append(out, py.NewBool(b[pos] != 0))
			pos++
			continue
		}
		chunk := b[pos : pos+w]
		pos += w
		var v uint64
		switch w {
		case 1:
			v = uint64(chunk[0])
		case 2:
			v = uint64(sf.order.Uint16(chunk))
		case 4:
			v = uint64(sf.order.Uint32(chunk))
		case 8:
			v = sf.order.Uint64(chunk)
		}
		switch fd.code {
		case 'd':
			out = append(out, py.Float(math.Float64frombits(v)))
		case 'f':
			out = append(out, py.Float(float64(math.Float32frombits(uint32(v)))))
		case 'e':
			out = append(out, py.Float(float16value(uint16(v))))
		case 'b', 'h', 'i', 'l', 'q', 'n':
			shift := 64 - uint(w*8)
			out = append(out, py.Int(int64(v<<shift)>>shift))
		default:
			if v > math.MaxInt64 {
				out = append(out, (*py.BigInt)(new(big.Int).SetUint64(v)))
			} else {
				out = append(out, py.Int(int64(v)))
			}
		}
	}
	return out, nil
}

func float16bits(f float64) uint16 {
	b := math.Float32bits(float32(f))
	sign := uint16(b>>16) & 0x8000
	exp := int((b>>23)&0xff) - 127 + 15
	mant := b & 0x7fffff
	switch {
	case math.IsNaN(f):
		return sign | 0x7e00
	case exp >= 31:
		return sign | 0x7c00
	case exp <= 0:
		if exp < -10 {
			return sign
		}
		mant |= 0x800000
		shift := uint(14 - exp)
		h := uint16(mant >> shift)
		if (mant>>(shift-1))&1 != 0 && ((mant&((1<<(shift-1))-1)) != 0 || h&1 != 0) {
			h++
		}
		return sign | h
	}
	h := sign | uint16(exp<<10) | uint16(mant>>13)
	if mant&0x1000 != 0 && (mant&0xfff != 0 || h&1 != 0) {
		h++
	}
	return h
}

func float16value(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	mant := float64(h & 0x3ff)
	switch exp {
	case 0:
		return sign * mant * math.Pow(2, -24)
	case 31:
		if mant == 0 {
			return sign * math.Inf(1)
		}
		return math.NaN()
	}
	return sign * (1 + mant/1024) * math.Pow(2, float64(exp-15))
}

func formatArg(o py.Object) (string, error) {
	switch v := o.(type) {
	case py.String:
		return string(v), nil
	}
	if b, ok := asBytes(o); ok {
		return string(b), nil
	}
	return "", py.ExceptionNewf(py.TypeError, "Struct() argument 1 must be a str or bytes object, not %s", typeName(o))
}

// StructType is struct.Struct.
var StructType = py.NewTypeX("struct.Struct", "Struct(fmt) --> compiled struct object", structNew, nil)

// Struct is a compiled format.
type Struct struct {
	format string
	sf     *sformat
}

// Type returns StructType.
func (s *Struct) Type() *py.Type { return StructType }

func structNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var f py.Object
	if err := py.ParseTupleAndKeywords(args, kw, "O:Struct", []string{"format"}, &f); err != nil {
		return nil, err
	}
	return compileStruct(f)
}

func compileStruct(f py.Object) (*Struct, error) {
	s, err := formatArg(f)
	if err != nil {
		return nil, err
	}
	sf, err := parseStructFormat(s)
	if err != nil {
		return nil, err
	}
	return &Struct{format: s, sf: sf}, nil
}

func (s *Struct) unpackFrom(buf py.Object, off int) (py.Tuple, error) {
	b, err := bytesArg(buf, "unpack_from")
	if err != nil {
		return nil, err
	}
	if off < 0 {
		off += len(b)
	}
	if off < 0 || len(b)-off < s.sf.size {
		return nil, structErr("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", s.sf.size+off, s.sf.size, off, len(b))
	}
	return s.sf.unpack(b[off : off+s.sf.size])
}

func (s *Struct) iterUnpack(buf py.Object) (py.Object, error) {
	b, err := bytesArg(buf, "iter_unpack")
	if err != nil {
		return nil, err
	}
	if s.sf.size == 0 || len(b)%s.sf.size != 0 {
		return nil, structErr("iterative unpacking requires a buffer of a multiple of %d bytes", s.sf.size)
	}
	var items py.Tuple
	for i := 0; i < len(b); i += s.sf.size {
		t, err := s.sf.unpack(b[i : i+s.sf.size])
		if err != nil {
			return nil, err
		}
		items = append(items, t)
	}
	return py.NewIterator(items), nil
}

// packInto writes into a bytearray (through its __setitem__ slice).
func (s *Struct) packInto(buf py.Object, off int, vals py.Tuple) error {
	data, err := s.sf.pack(vals)
	if err != nil {
		return err
	}
	n, err := py.Len(buf)
	if err != nil {
		return err
	}
	size := int(n.(py.Int))
	if off < 0 {
		off += size
	}
	if off < 0 || size-off < len(data) {
		return structErr("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", len(data)+off, len(data), off, size)
	}
	_, err = py.SetItem(buf, py.NewSlice(py.Int(off), py.Int(off+len(data)), py.None), newBytes(data))
	return err
}

func init() {
	StructType.Dict["pack"] = method("pack", func(self py.Object, args py.Tuple) (py.Object, error) {
		b, err := self.(*Struct).sf.pack(args)
		if err != nil {
			return nil, err
		}
		return newBytes(b), nil
	})
	StructType.Dict["unpack"] = method("unpack", func(self py.Object, buf py.Object) (py.Object, error) {
		b, err := bytesArg(buf, "unpack")
		if err != nil {
			return nil, err
		}
		return self.(*Struct).sf.unpack(b)
	})
	StructType.Dict["unpack_from"] = method("unpack_from", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var buf, off py.Object = nil, py.Int(0)
		if err := py.ParseTupleAndKeywords(args, kw, "O|O:unpack_from", []string{"buffer", "offset"}, &buf, &off); err != nil {
			return nil, err
		}
		o, err := toInt(off)
		if err != nil {
			return nil, err
		}
		return self.(*Struct).unpackFrom(buf, o)
	})
	StructType.Dict["iter_unpack"] = method("iter_unpack", func(self py.Object, buf py.Object) (py.Object, error) {
		return self.(*Struct).iterUnpack(buf)
	})
	StructType.Dict["pack_into"] = method("pack_into", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) < 2 {
			return nil, py.ExceptionNewf(py.TypeError, "pack_into expected buffer argument")
		}
		o, err := toInt(args[1])
		if err != nil {
			return nil, err
		}
		return py.None, self.(*Struct).packInto(args[0], o, args[2:])
	})
	StructType.Dict["size"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Int(self.(*Struct).sf.size), nil }}
	StructType.Dict["format"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.String(self.(*Struct).format), nil }}
}

func structModule() (map[string]any, py.StringDict) {
	with := func(fn func(s *Struct, rest py.Tuple) (py.Object, error)) func(py.Object, py.Tuple) (py.Object, error) {
		return func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) < 1 {
				return nil, py.ExceptionNewf(py.TypeError, "missing format argument")
			}
			s, err := compileStruct(args[0])
			if err != nil {
				return nil, err
			}
			return fn(s, args[1:])
		}
	}
	return map[string]any{
		"pack": with(func(s *Struct, rest py.Tuple) (py.Object, error) {
			b, err := s.sf.pack(rest)
			if err != nil {
				return nil, err
			}
			return newBytes(b), nil
		}),
		"unpack": with(func(s *Struct, rest py.Tuple) (py.Object, error) {
			if len(rest) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "unpack expected 2 arguments, got %d", len(rest)+1)
			}
			b, err := bytesArg(rest[0], "unpack")
			if err != nil {
				return nil, err
			}
			return s.sf.unpack(b)
		}),
		"unpack_from": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			var f, buf, off py.Object = nil, nil, py.Int(0)
			if err := py.ParseTupleAndKeywords(args, kw, "OO|O:unpack_from", []string{"format", "buffer", "offset"}, &f, &buf, &off); err != nil {
				return nil, err
			}
			s, err := compileStruct(f)
			if err != nil {
				return nil, err
			}
			o, err := toInt(off)
			if err != nil {
				return nil, err
			}
			return s.unpackFrom(buf, o)
		},
		"iter_unpack": with(func(s *Struct, rest py.Tuple) (py.Object, error) {
			if len(rest) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "iter_unpack expected 2 arguments")
			}
			return s.iterUnpack(rest[0])
		}),
		"pack_into": with(func(s *Struct, rest py.Tuple) (py.Object, error) {
			if len(rest) < 2 {
				return nil, py.ExceptionNewf(py.TypeError, "pack_into expected buffer argument")
			}
			o, err := toInt(rest[1])
			if err != nil {
				return nil, err
			}
			return py.None, s.packInto(rest[0], o, rest[2:])
		}),
		"calcsize": with(func(s *Struct, rest py.Tuple) (py.Object, error) { return py.Int(s.sf.size), nil }),
	}, py.StringDict{"Struct": StructType, "error": structErrorType}
}

func init() {
	registerGo("struct", "Functions to convert between Python values and C structs.", structModule)
}
