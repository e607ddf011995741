package codecache

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// errCorrupt is returned for data that is not a well-formed entry (a torn
// or foreign file): the caller compiles instead.
var errCorrupt = errors.New("codecache: corrupt entry")

// maxDepth bounds the nesting of decoded objects (corrupt data must not
// exhaust the stack).
const maxDepth = 200

// Decode rebuilds a code object written by Encode, restores its side-table
// entries and runs the load hooks on it. Strings of the result share the
// memory of data, which must not be modified afterwards.
func Decode(data string) (code *py.Code, err error) {
	if len(data) < len(magic)+1 || data[:len(magic)] != magic {
		return nil, errCorrupt
	}
	if data[len(magic)] != formatVersion {
		return nil, fmt.Errorf("codecache: format version %d, want %d", data[len(magic)], formatVersion)
	}
	d := &decoder{data: data, pos: len(magic) + 1}
	ready()
	code, err = d.top()
	if err != nil {
		return nil, err
	}
	if d.pos != len(d.data) {
		return nil, errCorrupt
	}
	for _, s := range d.sides {
		s.t.set(s.code, s.val)
	}
	runLoadHooks(code)
	return code, nil
}

// top decodes the top-level code object. A registered kind's decoder that
// panics on damaged data makes the entry corrupt, not the program.
func (d *decoder) top() (code *py.Code, err error) {
	mu.RLock()
	defer mu.RUnlock()
	defer func() {
		if r := recover(); r != nil {
			code, err = nil, errCorrupt
		}
	}()
	return d.code(0)
}

type decoder struct {
	data  string
	pos   int
	sides []sideEntry
}

type sideEntry struct {
	t    *sideTable
	code *py.Code
	val  py.Object
}

func (d *decoder) byte() (byte, error) {
	if d.pos >= len(d.data) {
		return 0, errCorrupt
	}
	b := d.data[d.pos]
	d.pos++
	return b, nil
}

func (d *decoder) uvarint() (uint64, error) {
	var v uint64
	var s uint
	for i := 0; i < binary.MaxVarintLen64; i++ {
		if d.pos >= len(d.data) {
			return 0, errCorrupt
		}
		b := d.data[d.pos]
		d.pos++
		if b < 0x80 {
			return v | uint64(b)<<s, nil
		}
		v |= uint64(b&0x7f) << s
		s += 7
	}
	return 0, errCorrupt
}

func (d *decoder) varint() (int64, error) {
	u, err := d.uvarint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x, err
}

func (d *decoder) int32() (int32, error) {
	v, err := d.varint()
	if err != nil || v < math.MinInt32 || v > math.MaxInt32 {
		return 0, errCorrupt
	}
	return int32(v), nil
}

// count reads a length, checked against what is left (each item takes at
// least a byte), so that corrupt data cannot ask for a huge allocation.
func (d *decoder) count() (int, error) {
	n, err := d.uvarint()
	if err != nil || n > uint64(len(d.data)-d.pos) {
		return 0, errCorrupt
	}
	return int(n), nil
}

func (d *decoder) str() (string, error) {
	n, err := d.count()
	if err != nil {
		return "", err
	}
	s := d.data[d.pos : d.pos+n]
	d.pos += n
	return s, nil
}

func (d *decoder) strs() ([]string, error) {
	n, err := d.count()
	if err != nil {
		return nil, err
	}
	out := make([]string, n)
	for i := range out {
		if out[i], err = d.str(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (d *decoder) code(depth int) (*py.Code, error) {
	if tag, err := d.byte(); err != nil || tag != tagCode {
		return nil, errCorrupt
	}
	return d.codeBody(depth)
}

func (d *decoder) codeBody(depth int) (*py.Code, error) {
	c := &py.Code{}
	var err error
	for _, p := range []*int32{&c.Argcount, &c.Kwonlyargcount, &c.Nlocals, &c.Stacksize, &c.Flags, &c.Firstlineno} {
		if *p, err = d.int32(); err != nil {
			return nil, err
		}
	}
	if c.Code, err = d.str(); err != nil {
		return nil, err
	}
	n, err := d.count()
	if err != nil {
		return nil, err
	}
	c.Consts = make(py.Tuple, n)
	for i := range c.Consts {
		if c.Consts[i], err = d.object(depth + 1); err != nil {
			return nil, err
		}
	}
	for _, p := range []*[]string{&c.Names, &c.Varnames, &c.Freevars, &c.Cellvars} {
		if *p, err = d.strs(); err != nil {
			return nil, err
		}
	}
	hasCell2arg, err := d.byte()
	if err != nil {
		return nil, err
	}
	if hasCell2arg == 1 {
		s, err := d.str()
		if err != nil {
			return nil, err
		}
		c.Cell2arg = []byte(s)
	}
	for _, p := range []*string{&c.Filename, &c.Name, &c.Lnotab} {
		if *p, err = d.str(); err != nil {
			return nil, err
		}
	}
	nside, err := d.count()
	if err != nil {
		return nil, err
	}
	for i := 0; i < nside; i++ {
		name, err := d.str()
		if err != nil {
			return nil, err
		}
		t, ok := sideByName[name]
		if !ok {
			return nil, fmt.Errorf("codecache: unknown side table %q", name)
		}
		v, err := d.object(depth + 1)
		if err != nil {
			return nil, err
		}
		d.sides = append(d.sides, sideEntry{t: t, code: c, val: v})
	}
	return c, nil
}

func (d *decoder) object(depth int) (py.Object, error) {
	if depth > maxDepth {
		return nil, errCorrupt
	}
	tag, err := d.byte()
	if err != nil {
		return nil, err
	}
	switch tag {
	case tagNone:
		return py.None, nil
	case tagTrue:
		return py.True, nil
	case tagFalse:
		return py.False, nil
	case tagEllipsis:
		return py.Ellipsis, nil
	case tagInt:
		v, err := d.varint()
		return py.Int(v), err
	case tagBigInt:
		sign, err := d.byte()
		if err != nil {
			return nil, err
		}
		s, err := d.str()
		if err != nil {
			return nil, err
		}
		b := new(big.Int).SetBytes([]byte(s))
		if sign == 0 {
			b.Neg(b)
		}
		return (*py.BigInt)(b), nil
	case tagFloat:
		if d.pos+8 > len(d.data) {
			return nil, errCorrupt
		}
		v := binary.LittleEndian.Uint64([]byte(d.data[d.pos : d.pos+8]))
		d.pos += 8
		return py.Float(math.Float64frombits(v)), nil
	case tagComplex:
		if d.pos+16 > len(d.data) {
			return nil, errCorrupt
		}
		re := binary.LittleEndian.Uint64([]byte(d.data[d.pos : d.pos+8]))
		im := binary.LittleEndian.Uint64([]byte(d.data[d.pos+8 : d.pos+16]))
		d.pos += 16
		return py.Complex(complex(math.Float64frombits(re), math.Float64frombits(im))), nil
	case tagString:
		s, err := d.str()
		return py.String(s), err
	case tagBytes:
		s, err := d.str()
		return py.Bytes(s), err
	case tagTuple:
		n, err := d.count()
		if err != nil {
			return nil, err
		}
		t := make(py.Tuple, n)
		for i := range t {
			if t[i], err = d.object(depth + 1); err != nil {
				return nil, err
			}
		}
		return t, nil
	case tagCode:
		return d.codeBody(depth)
	case tagObject:
		name, err := d.str()
		if err != nil {
			return nil, err
		}
		o, ok := namedObject[name]
		if !ok {
			return nil, fmt.Errorf("codecache: unknown object %q", name)
		}
		return o, nil
	case tagKind:
		name, err := d.str()
		if err != nil {
			return nil, err
		}
		k, ok := kindsByName[name]
		if !ok {
			return nil, fmt.Errorf("codecache: unknown kind %q", name)
		}
		args, err := d.object(depth + 1)
		if err != nil {
			return nil, err
		}
		t, ok := args.(py.Tuple)
		if !ok {
			return nil, errCorrupt
		}
		return k.dec(t)
	}
	return nil, errCorrupt
}
