package codecache

import (
	"encoding/binary"
	"math"
	"math/big"
	"reflect"

	"github.com/go-python/gpython/py"
)

// The format: magic, format version, then one object. Each object is a tag
// byte and its data; numbers are varints, strings and byte strings a
// length then their bytes.
const (
	magic         = "GWBC"
	formatVersion = 1
)

const (
	tagNone     = 'N'
	tagTrue     = 'T'
	tagFalse    = 'F'
	tagEllipsis = '.'
	tagInt      = 'i'
	tagBigInt   = 'I'
	tagFloat    = 'f'
	tagComplex  = 'x'
	tagString   = 's'
	tagBytes    = 'b'
	tagTuple    = 't'
	tagCode     = 'C'
	tagObject   = 'R' // a registered object, by name
	tagKind     = 'K' // a value of a registered kind: name, then its tuple
)

// Encode serializes code, every code object nested in its constants and
// their side-table entries. It fails with an *UnencodableError on a
// constant no layer registered.
func Encode(code *py.Code) ([]byte, error) {
	e := &encoder{buf: make([]byte, 0, 4096)}
	e.buf = append(e.buf, magic...)
	e.buf = append(e.buf, formatVersion)
	ready()
	mu.RLock()
	defer mu.RUnlock()
	if err := e.code(code); err != nil {
		return nil, err
	}
	return e.buf, nil
}

type encoder struct {
	buf []byte
}

func (e *encoder) uvarint(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }
func (e *encoder) varint(v int64)   { e.buf = binary.AppendVarint(e.buf, v) }

func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

func (e *encoder) strs(ss []string) {
	e.uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) code(c *py.Code) error {
	e.buf = append(e.buf, tagCode)
	for _, v := range []int32{c.Argcount, c.Kwonlyargcount, c.Nlocals, c.Stacksize, c.Flags, c.Firstlineno} {
		e.varint(int64(v))
	}
	e.str(c.Code)
	e.uvarint(uint64(len(c.Consts)))
	for _, k := range c.Consts {
		if err := e.object(k); err != nil {
			return err
		}
	}
	e.strs(c.Names)
	e.strs(c.Varnames)
	e.strs(c.Freevars)
	e.strs(c.Cellvars)
	if c.Cell2arg == nil {
		e.buf = append(e.buf, 0)
	} else {
		e.buf = append(e.buf, 1)
		e.str(string(c.Cell2arg))
	}
	e.str(c.Filename)
	e.str(c.Name)
	e.str(c.Lnotab)
	// side-table entries of this code object
	var n uint64
	for _, t := range sideTables {
		if _, ok := t.get(c); ok {
			n++
		}
	}
	e.uvarint(n)
	for _, t := range sideTables {
		if v, ok := t.get(c); ok {
			e.str(t.name)
			if err := e.object(v); err != nil {
				return err
			}
		}
	}
	return nil
}

func (e *encoder) object(o py.Object) error {
	switch x := o.(type) {
	case py.NoneType:
		e.buf = append(e.buf, tagNone)
	case py.Bool:
		if x {
			e.buf = append(e.buf, tagTrue)
		} else {
			e.buf = append(e.buf, tagFalse)
		}
	case py.EllipsisType:
		e.buf = append(e.buf, tagEllipsis)
	case py.Int:
		e.buf = append(e.buf, tagInt)
		e.varint(int64(x))
	case *py.BigInt:
		e.buf = append(e.buf, tagBigInt)
		b := (*big.Int)(x)
		e.buf = append(e.buf, byte(b.Sign()+1))
		e.str(string(b.Bytes()))
	case py.Float:
		e.buf = append(e.buf, tagFloat)
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(float64(x)))
	case py.Complex:
		e.buf = append(e.buf, tagComplex)
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(real(x)))
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(imag(x)))
	case py.String:
		e.buf = append(e.buf, tagString)
		e.str(string(x))
	case py.Bytes:
		e.buf = append(e.buf, tagBytes)
		e.str(string(x))
	case py.Tuple:
		e.buf = append(e.buf, tagTuple)
		e.uvarint(uint64(len(x)))
		for _, item := range x {
			if err := e.object(item); err != nil {
				return err
			}
		}
	case *py.Code:
		return e.code(x)
	default:
		t := reflect.TypeOf(o)
		if k, ok := kindsByType[t]; ok {
			args, err := k.enc(o)
			if err != nil {
				return err
			}
			e.buf = append(e.buf, tagKind)
			e.str(k.name)
			return e.object(args)
		}
		if t != nil && t.Comparable() {
			if name, ok := objectNames[o]; ok {
				e.buf = append(e.buf, tagObject)
				e.str(name)
				return nil
			}
		}
		return &UnencodableError{Type: typeName(t)}
	}
	return nil
}

func typeName(t reflect.Type) string {
	if t == nil {
		return "nil"
	}
	return t.String()
}
