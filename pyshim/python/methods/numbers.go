package methods

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

func intSelf(name string, self py.Object, args py.Tuple) (*big.Int, py.Tuple, error) {
	if b := bigOf(self); b != nil {
		return b, args, nil
	}
	if len(args) > 0 {
		if b := bigOf(args[0]); b != nil {
			return b, args[1:], nil
		}
	}
	return nil, nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires an 'int' object", name)
}

// fromBig returns an Int when the value fits, else a *BigInt.
func fromBig(b *big.Int) py.Object {
	if b.IsInt64() {
		return py.Int(b.Int64())
	}
	return (*py.BigInt)(new(big.Int).Set(b))
}

func intMethod(name string, fn func(v *big.Int, args py.Tuple, kw py.StringDict) (py.Object, error)) {
	m := py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		v, a, err := intSelf(name, self, args)
		if err != nil {
			return nil, err
		}
		return fn(v, a, kw)
	}, 0, name+"() as in CPython's int")
	py.IntType.Dict[name] = m
	py.BigIntType.Dict[name] = m
	py.BoolType.Dict[name] = m
}

func floatSelf(name string, self py.Object, args py.Tuple) (float64, py.Tuple, error) {
	if f, ok := self.(py.Float); ok {
		return float64(f), args, nil
	}
	if len(args) > 0 {
		if f, ok := args[0].(py.Float); ok {
			return float64(f), args[1:], nil
		}
	}
	return 0, nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'float' object", name)
}

func floatMethod(name string, fn func(f float64, args py.Tuple, kw py.StringDict) (py.Object, error)) {
	py.FloatType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		f, a, err := floatSelf(name, self, args)
		if err != nil {
			return nil, err
		}
		return fn(f, a, kw)
	}, 0, name+"() as in CPython's float")
}

// floatRatio returns f as an exact fraction.
func floatRatio(f float64) (*big.Int, *big.Int, error) {
	if math.IsInf(f, 0) {
		return nil, nil, py.ExceptionNewf(py.OverflowError, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(f) {
		return nil, nil, py.ExceptionNewf(py.ValueError, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat)
	r.SetFloat64(f)
	return new(big.Int).Set(r.Num()), new(big.Int).Set(r.Denom()), nil
}

// floatHex formats f as float.hex does.
func floatHex(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	frac, exp := math.Frexp(f) // f = frac * 2^exp, frac in [0.5, 1)
	mant := uint64(frac * (1 << 53))
	exp--
	// normal: leading 1, 52 bits
	if exp < -1022 {
		// subnormal
		shift := -1022 - exp
		mant >>= uint(shift)
		exp = -1022
		h := strconv.FormatUint(mant&((1<<52)-1), 16)
		h = strings.Repeat("0", 13-len(h)) + h
		return sign + "0x0." + h + "p" + strconv.Itoa(exp)
	}
	h := strconv.FormatUint(mant&((1<<52)-1), 16)
	h = strings.Repeat("0", 13-len(h)) + h
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	return sign + "0x1." + h + "p" + es
}

// RoundFloat rounds f to nd decimal digits as CPython's round does.
func RoundFloat(f float64, nd int) float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
		return f
	}
	if nd > 308 {
		return f
	}
	if nd < -308 {
		return math.Copysign(0, f)
	}
	if nd >= 0 {
		s := strconv.FormatFloat(f, 'f', nd, 64)
		r, _ := strconv.ParseFloat(s, 64)
		return r
	}
	// negative ndigits: round the exact value at 10^-nd, half to even
	r := new(big.Rat).SetFloat64(f)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-nd)), nil)
	q := new(big.Rat).Quo(r, new(big.Rat).SetInt(p))
	n := roundRatHalfEven(q)
	res, _ := new(big.Float).SetInt(n.Mul(n, p)).Float64()
	if res == 0 {
		return math.Copysign(0, f)
	}
	return res
}

func roundRatHalfEven(q *big.Rat) *big.Int {
	num, den := q.Num(), q.Denom()
	quo, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	// compare 2*|rem| with den
	r2 := new(big.Int).Abs(rem)
	r2.Lsh(r2, 1)
	c := r2.Cmp(den)
	if c > 0 || (c == 0 && quo.Bit(0) == 1) {
		if num.Sign() < 0 {
			quo.Sub(quo, big.NewInt(1))
		} else {
			quo.Add(quo, big.NewInt(1))
		}
	}
	return quo
}

// builtinRound implements round(number[, ndigits]).
func builtinRound(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var num, nd py.Object = nil, py.None
	if err := py.ParseTupleAndKeywords(args, kw, "O|O:round", []string{"number", "ndigits"}, &num, &nd); err != nil {
		return nil, err
	}
	switch x := num.(type) {
	case py.Float:
		f := float64(x)
		if nd == py.None {
			if math.IsInf(f, 0) {
				return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
			}
			if math.IsNaN(f) {
				return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
			}
			r := math.RoundToEven(f)
			if math.Abs(r) < 1<<62 {
				return py.Int(int64(r)), nil
			}
			b, _ := new(big.Float).SetFloat64(r).Int(nil)
			return fromBig(b), nil
		}
		n, err := argInt(nd)
		if err != nil {
			return nil, err
		}
		return py.Float(RoundFloat(f, n)), nil
	case py.Int, *py.BigInt, py.Bool:
		b := bigOf(x)
		if nd == py.None {
			return fromBig(b), nil
		}
		n, err := argInt(nd)
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			return fromBig(b), nil
		}
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
		q := roundRatHalfEven(new(big.Rat).SetFrac(b, p))
		return fromBig(q.Mul(q, p)), nil
	}
	m, err := py.GetAttrString(num, "__round__")
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "type %s doesn't define __round__ method", num.Type().Name)
	}
	if nd == py.None {
		return py.Call(m, nil, nil)
	}
	return py.Call(m, py.Tuple{nd}, nil)
}

// parseFloatString converts a string as float() does.
func parseFloatString(s string) (py.Object, error) {
	t := strings.TrimSpace(s)
	bad := py.ExceptionNewf(py.ValueError, "could not convert string to float: %s", quoteRepr(s))
	if t == "" {
		return nil, bad
	}
	l := strings.ToLower(t)
	sign := 1.0
	body := l
	if strings.HasPrefix(body, "+") || strings.HasPrefix(body, "-") {
		if body[0] == '-' {
			sign = -1
		}
		body = body[1:]
	}
	switch body {
	case "inf", "infinity":
		return py.Float(math.Inf(int(sign))), nil
	case "nan":
		return py.Float(math.NaN()), nil
	}
	if strings.Contains(t, "_") {
		// underscores only between digits
		for i := 0; i < len(t); i++ {
			if t[i] == '_' && (i == 0 || i == len(t)-1 || !isDigitByte(t[i-1]) || !isDigitByte(t[i+1])) {
				return nil, bad
			}
		}
		t = strings.ReplaceAll(t, "_", "")
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !(isDigitByte(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
			return nil, bad
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return py.Float(f), nil
		}
		return nil, bad
	}
	return py.Float(f), nil
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func init() {
	origFloatNew := py.FloatType.New
	py.FloatType.New = func(metatype *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) == 1 && len(kw) == 0 {
			switch x := args[0].(type) {
			case py.String:
				return parseFloatString(string(x))
			case Bytes:
				return parseFloatString(string(x))
			case py.Bool:
				// gpython's float() refuses a bool (boolarith.go)
				return py.Float(boolInt(x)), nil
			}
		}
		return origFloatNew(metatype, args, kw)
	}
	origIntNew := py.IntType.New
	py.IntType.New = func(metatype *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) == 1 && len(kw) == 0 {
			if b, ok := args[0].(py.Bool); ok {
				if b {
					return py.Int(1), nil
				}
				return py.Int(0), nil
			}
		}
		if len(args) >= 1 {
			if b, ok := args[0].(Bytes); ok {
				args = append(py.Tuple{py.Bytes(b)}, args[1:]...)
			}
			if s, ok := args[0].(py.String); ok {
				base := 10
				if b, ok := kw["base"]; ok && len(args) == 1 && len(kw) == 1 {
					// int(s, base=16): the fast path takes it too
					args = py.Tuple{args[0], b}
					kw = nil
				}
				if len(args) > 1 {
					n, err := argInt(args[1])
					if err != nil {
						return nil, err
					}
					base = n
				}
				if v, ok := parseIntFast(string(s), base); ok {
					return v, nil
				}
				r, err := origIntNew(metatype, args, kw)
				if err != nil && py.IsException(py.ValueError, err) && (base == 10 || base == 0 || (base >= 2 && base <= 36)) {
					return nil, py.ExceptionNewf(py.ValueError, "invalid literal for int() with base %d: %s", base, quoteRepr(string(s)))
				}
				return r, err
			}
		}
		return origIntNew(metatype, args, kw)
	}
	origStrNew := py.StringType.New
	py.StringType.New = func(metatype *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) >= 2 || (len(args) == 1 && len(kw) > 0) {
			var obj, enc, errs py.Object = py.String(""), py.String("utf-8"), py.String("strict")
			if err := py.ParseTupleAndKeywords(args, kw, "|OOO:str", []string{"object", "encoding", "errors"}, &obj, &enc, &errs); err != nil {
				return nil, err
			}
			e, eOK := enc.(py.String)
			if !eOK {
				return nil, py.ExceptionNewf(py.TypeError, "str() argument 'encoding' must be str, not %s", argTypeName(enc))
			}
			h, hOK := errs.(py.String)
			if !hOK {
				return nil, py.ExceptionNewf(py.TypeError, "str() argument 'errors' must be str, not %s", argTypeName(errs))
			}
			if _, isStr := obj.(py.String); isStr {
				return nil, py.ExceptionNewf(py.TypeError, "decoding str is not supported")
			}
			b, ok := bytesOf(obj)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "decoding to str: need a bytes-like object, %s found", obj.Type().Name)
			}
			s, err := Decode(b, string(e), string(h))
			if err != nil {
				return nil, err
			}
			return py.String(s), nil
		}
		if len(args) == 1 && len(kw) == 0 {
			if f, ok := args[0].(py.Float); ok {
				return py.String(ReprFloat(float64(f))), nil
			}
		}
		return origStrNew(metatype, args, kw)
	}

	intMethod("bit_length", func(v *big.Int, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.Int(new(big.Int).Abs(v).BitLen()), nil
	})
	intMethod("bit_count", func(v *big.Int, args py.Tuple, kw py.StringDict) (py.Object, error) {
		n := 0
		for _, w := range new(big.Int).Abs(v).Bits() {
			for ; w != 0; w &= w - 1 {
				n++
			}
		}
		return py.Int(n), nil
	})
	intMethod("conjugate", func(v *big.Int, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return fromBig(v), nil
	})
	intMethod("as_integer_ratio", func(v *big.Int, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.Tuple{fromBig(v), py.Int(1)}, nil
	})
	intMethod("__format__", func(v *big.Int, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("__format__", args, 1, 1); err != nil {
			return nil, err
		}
		s, err := argStr("__format__", args[0], "argument")
		if err != nil {
			return nil, err
		}
		out, err := FormatValue(fromBig(v), s)
		return py.String(out), err
	})
	intMethod("to_bytes", func(v *big.Int, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var olen, oorder, osigned py.Object = py.Int(1), py.String("big"), py.False
		if err := py.ParseTupleAndKeywords(args, kw, "|OOO:to_bytes", []string{"length", "byteorder", "signed"}, &olen, &oorder, &osigned); err != nil {
			return nil, err
		}
		n, err := argInt(olen)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "length argument must be non-negative")
		}
		order, _ := oorder.(py.String)
		if order != "big" && order != "little" {
			return nil, py.ExceptionNewf(py.ValueError, "byteorder must be either 'little' or 'big'")
		}
		signed, _ := py.ObjectIsTrue(osigned)
		x := new(big.Int).Set(v)
		if x.Sign() < 0 {
			if !signed {
				return nil, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
			}
			mod := new(big.Int).Lsh(big.NewInt(1), uint(8*n))
			x.Add(x, mod)
			if x.Sign() < 0 || (n > 0 && x.Bit(8*n-1) == 0) || n == 0 {
				return nil, py.ExceptionNewf(py.OverflowError, "int too big to convert")
			}
		} else if signed && n > 0 && x.BitLen() >= 8*n || signed && n == 0 && x.Sign() != 0 {
			return nil, py.ExceptionNewf(py.OverflowError, "int too big to convert")
		}
		raw := x.Bytes()
		if len(raw) > n {
			return nil, py.ExceptionNewf(py.OverflowError, "int too big to convert")
		}
		out := make([]byte, n)
		copy(out[n-len(raw):], raw)
		if order == "little" {
			for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
				out[a], out[b] = out[b], out[a]
			}
		}
		return Bytes(out), nil
	})
	py.IntType.Dict["from_bytes"] = py.MustNewMethod("from_bytes", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var ob, oorder, osigned py.Object = nil, py.String("big"), py.False
		if err := py.ParseTupleAndKeywords(args, kw, "O|OO:from_bytes", []string{"bytes", "byteorder", "signed"}, &ob, &oorder, &osigned); err != nil {
			return nil, err
		}
		b, ok := bytesOf(ob)
		if !ok {
			bb, err := toByteSlice(ob)
			if err != nil {
				return nil, err
			}
			b = bb
		}
		order, _ := oorder.(py.String)
		if order != "big" && order != "little" {
			return nil, py.ExceptionNewf(py.ValueError, "byteorder must be either 'little' or 'big'")
		}
		raw := append([]byte{}, b...)
		if order == "little" {
			for a, c := 0, len(raw)-1; a < c; a, c = a+1, c-1 {
				raw[a], raw[c] = raw[c], raw[a]
			}
		}
		x := new(big.Int).SetBytes(raw)
		if signed, _ := py.ObjectIsTrue(osigned); signed && len(raw) > 0 && raw[0]&0x80 != 0 {
			x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(raw))))
		}
		return fromBig(x), nil
	}, 0, "int.from_bytes(bytes, byteorder='big', *, signed=False)")

	floatMethod("is_integer", func(f float64, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.NewBool(!math.IsInf(f, 0) && !math.IsNaN(f) && f == math.Trunc(f)), nil
	})
	floatMethod("as_integer_ratio", func(f float64, args py.Tuple, kw py.StringDict) (py.Object, error) {
		n, d, err := floatRatio(f)
		if err != nil {
			return nil, err
		}
		return py.Tuple{fromBig(n), fromBig(d)}, nil
	})
	floatMethod("hex", func(f float64, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.String(floatHex(f)), nil
	})
	floatMethod("conjugate", func(f float64, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.Float(f), nil
	})
	floatMethod("__format__", func(f float64, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("__format__", args, 1, 1); err != nil {
			return nil, err
		}
		s, err := argStr("__format__", args[0], "argument")
		if err != nil {
			return nil, err
		}
		out, err := FormatValue(py.Float(f), s)
		return py.String(out), err
	})
	py.FloatType.Dict["fromhex"] = py.MustNewMethod("fromhex", func(self py.Object, arg py.Object) (py.Object, error) {
		s, ok := arg.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "must be str, not %s", arg.Type().Name)
		}
		t := strings.ToLower(strings.TrimSpace(string(s)))
		if !strings.Contains(t, "p") {
			t += "p0"
		}
		if !strings.Contains(t, "0x") {
			neg := strings.HasPrefix(t, "-")
			t = strings.TrimLeft(t, "+-")
			t = "0x" + t
			if neg {
				t = "-" + t
			}
		}
		f, err := strconv.ParseFloat(t, 64)
		if err != nil {
			return nil, py.ExceptionNewf(py.ValueError, "invalid hexadecimal floating-point string")
		}
		return py.Float(f), nil
	}, 0, "float.fromhex(string)")
	// float.__getformat__ (read by CPython's test.support): Go's float64
	// is IEEE 754, and the machines gowikibot is built for are
	// little-endian
	py.FloatType.Dict["__getformat__"] = py.MustNewMethod("__getformat__", func(self py.Object, arg py.Object) (py.Object, error) {
		s, ok := arg.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__getformat__() argument must be str, not %s", arg.Type().Name)
		}
		if s != "double" && s != "float" {
			return nil, py.ExceptionNewf(py.ValueError, "__getformat__() argument 1 must be 'double' or 'float'")
		}
		return py.String("IEEE, little-endian"), nil
	}, 0, "float.__getformat__(typestr)")
}

// parseIntFast handles the common decimal case of int(str) quickly and
// with CPython's rules for underscores; ok is false to fall back.
func parseIntFast(s string, base int) (py.Object, bool) {
	if base != 10 {
		return nil, false
	}
	t := strings.TrimSpace(s)
	if t == "" || len(t) > 18 {
		return nil, false
	}
	if strings.Contains(t, "_") {
		for i := 0; i < len(t); i++ {
			if t[i] == '_' && (i == 0 || i == len(t)-1 || !isDigitByte(t[i-1]) || !isDigitByte(t[i+1])) {
				return nil, false
			}
		}
		t = strings.ReplaceAll(t, "_", "")
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil {
		return nil, false
	}
	return py.Int(n), true
}
