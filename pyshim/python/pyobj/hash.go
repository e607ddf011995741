package pyobj

import (
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"
	"reflect"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// CPython's hash constants (64-bit build).
const (
	hashBits    = 61
	hashModulus = (1 << hashBits) - 1
	hashInf     = 314159
)

// Hash returns the hash of o as CPython computes it: ints, floats and bools
// agree with each other (hash(1) == hash(1.0) == hash(True)), strings use
// SipHash-1-3 with the key CPython uses under PYTHONHASHSEED=0, tuples and
// frozensets use CPython's combining functions. Objects implementing
// py.I__hash__ are asked for their hash. Lists, dicts and sets raise
// TypeError("unhashable type: 'list'").
func Hash(o py.Object) (int64, error) {
	switch v := o.(type) {
	case py.String:
		return hashString(string(v)), nil
	case py.Int:
		return hashInt64(int64(v)), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case py.Float:
		return hashFloat(float64(v)), nil
	case py.Complex:
		return hashComplex(complex128(v)), nil
	case *py.BigInt:
		return hashBig((*big.Int)(v)), nil
	case py.Tuple:
		return hashTuple(v)
	case py.NoneType:
		return 0xFCA86420, nil
	case py.Bytes:
		return fixHash(int64(sipHash13(0, 0, v))), nil
	case *FrozenSet:
		return v.hash(), nil
	case *py.Type:
		return identityHash(o), nil
	case *py.BoundMethod:
		// as CPython's method hash: the object's identity and the
		// function's hash, so that equal bound methods hash alike
		hf, err := Hash(v.Method)
		if err != nil {
			return 0, err
		}
		return fixHash(identityHash(v.Self) ^ hf), nil
	case *py.List, py.StringDict, *Dict, *Set, *py.Set, *dictView, *py.Slice:
		return 0, unhashable(o)
	case py.I__hash__:
		r, err := v.M__hash__()
		if err != nil {
			return 0, err
		}
		switch h := r.(type) {
		case py.Int:
			return fixHash(int64(h)), nil
		case *py.BigInt:
			return hashBig((*big.Int)(h)), nil
		case py.Bool:
			return Hash(h)
		}
		return 0, py.ExceptionNewf(py.TypeError, "__hash__ method should return an integer")
	}
	if h, ok, err := py.TypeCall0(o, "__hash__"); ok {
		if err != nil {
			return 0, err
		}
		if h == py.None {
			return 0, unhashable(o)
		}
		return Hash(h)
	}
	return identityHash(o), nil
}

func unhashable(o py.Object) error {
	return py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", o.Type().Name)
}

// identityHash hashes an object by identity (its address when it is a
// pointer), like CPython's default object hash.
func identityHash(o py.Object) int64 {
	rv := reflect.ValueOf(o)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		p := rv.Pointer()
		return fixHash(int64(bits.RotateLeft64(uint64(p), -4)))
	}
	return hashString(rv.Type().String())
}

func fixHash(h int64) int64 {
	if h == -1 {
		return -2
	}
	return h
}

func hashInt64(v int64) int64 {
	neg := v < 0
	var u uint64
	if neg {
		u = uint64(-v)
		if v == math.MinInt64 {
			u = 1 << 63
		}
	} else {
		u = uint64(v)
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	return fixHash(h)
}

var bigModulus = big.NewInt(hashModulus)

func hashBig(b *big.Int) int64 {
	if b.IsInt64() {
		return hashInt64(b.Int64())
	}
	m := new(big.Int).Abs(b)
	m.Mod(m, bigModulus)
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	return fixHash(h)
}

func hashFloat(v float64) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return hashInf
		}
		return -hashInf
	}
	if math.IsNaN(v) {
		return 0
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	return fixHash(int64(x) * sign)
}

const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

func hashTuple(t py.Tuple) (int64, error) {
	acc := xxPrime5
	for _, item := range t {
		lane, err := Hash(item)
		if err != nil {
			return 0, err
		}
		acc += uint64(lane) * xxPrime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= xxPrime1
	}
	acc += uint64(len(t)) ^ (xxPrime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// hashString hashes s over CPython's internal representation (1, 2 or 4
// bytes per code point, little-endian), so that the result equals
// CPython's hash(s) under PYTHONHASHSEED=0.
func hashString(s string) int64 {
	if s == "" {
		return 0
	}
	maxr := rune(0)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return fixHash(int64(sipHash13(0, 0, []byte(s))))
	}
	n := 0
	for _, r := range s {
		if r > maxr {
			maxr = r
		}
		n++
	}
	var buf []byte
	switch {
	case maxr < 0x100:
		buf = make([]byte, 0, n)
		for _, r := range s {
			buf = append(buf, byte(r))
		}
	case maxr < 0x10000:
		buf = make([]byte, 0, 2*n)
		for _, r := range s {
			buf = binary.LittleEndian.AppendUint16(buf, uint16(r))
		}
	default:
		buf = make([]byte, 0, 4*n)
		for _, r := range s {
			if r == utf8.RuneError {
				r = 0xFFFD
			}
			buf = binary.LittleEndian.AppendUint32(buf, uint32(r))
		}
	}
	return fixHash(int64(sipHash13(0, 0, buf)))
}

// sipHash13 is SipHash with 1 compression and 3 finalization rounds.
func sipHash13(k0, k1 uint64, src []byte) uint64 {
	b := uint64(len(src)) << 56
	v0 := k0 ^ 0x736f6d6570736575
	v1 := k1 ^ 0x646f72616e646f6d
	v2 := k0 ^ 0x6c7967656e657261
	v3 := k1 ^ 0x7465646279746573
	round := func() {
		v0 += v1
		v1 = bits.RotateLeft64(v1, 13)
		v1 ^= v0
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v3
		v3 = bits.RotateLeft64(v3, 16)
		v3 ^= v2
		v0 += v3
		v3 = bits.RotateLeft64(v3, 21)
		v3 ^= v0
		v2 += v1
		v1 = bits.RotateLeft64(v1, 17)
		v1 ^= v2
		v2 = bits.RotateLeft64(v2, 32)
	}
	for len(src) >= 8 {
		mi := binary.LittleEndian.Uint64(src)
		src = src[8:]
		v3 ^= mi
		round()
		v0 ^= mi
	}
	var t uint64
	for i := len(src) - 1; i >= 0; i-- {
		t = t<<8 | uint64(src[i])
	}
	b |= t
	v3 ^= b
	round()
	v0 ^= b
	v2 ^= 0xff
	round()
	round()
	round()
	return (v0 ^ v1) ^ (v2 ^ v3)
}
