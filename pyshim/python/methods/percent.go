package methods

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// isMapping reports whether o counts as a mapping for printf-style
// formatting (CPython: anything subscriptable that is not a tuple or str).
func isMapping(o py.Object) bool {
	switch o.(type) {
	case py.Tuple, py.String, Bytes, py.Bytes:
		return false
	}
	if _, ok := o.(py.I__getitem__); ok {
		return true
	}
	return o.Type().NativeGetAttrOrNil("__getitem__") != nil
}

// PercentFormat implements format % values for str (bytes when isBytes).
func PercentFormat(f string, values py.Object, isBytes bool) (string, error) {
	var args py.Tuple
	var mapping py.Object
	if t, ok := values.(py.Tuple); ok {
		args = t
	} else {
		args = py.Tuple{values}
		if isMapping(values) {
			mapping = values
		}
	}
	argi := 0
	next := func() (py.Object, error) {
		if argi >= len(args) {
			return nil, py.ExceptionNewf(py.TypeError, "not enough arguments for format string")
		}
		v := args[argi]
		argi++
		return v, nil
	}
	usedMapping := false
	var b strings.Builder
	n := len(f)
	for i := 0; i < n; {
		c := f[i]
		if c != '%' {
			j := strings.IndexByte(f[i:], '%')
			if j < 0 {
				b.WriteString(f[i:])
				break
			}
			b.WriteString(f[i : i+j])
			i += j
			continue
		}
		start := i
		i++
		if i >= n {
			return "", py.ExceptionNewf(py.ValueError, "incomplete format")
		}
		var v py.Object
		haveV := false
		if f[i] == '(' {
			if mapping == nil {
				return "", py.ExceptionNewf(py.TypeError, "format requires a mapping")
			}
			depth := 1
			j := i + 1
			for j < n && depth > 0 {
				if f[j] == '(' {
					depth++
				} else if f[j] == ')' {
					depth--
				}
				j++
			}
			if depth > 0 {
				return "", py.ExceptionNewf(py.ValueError, "incomplete format key")
			}
			key := f[i+1 : j-1]
			var ko py.Object = py.String(key)
			if isBytes {
				ko = NewBytes([]byte(key))
			}
			val, err := py.GetItem(mapping, ko)
			if err != nil {
				return "", err
			}
			v, haveV = val, true
			usedMapping = true
			i = j
		}
		var left, plus, space, alt, zero bool
	flags:
		for i < n {
			switch f[i] {
			case '-':
				left = true
			case '+':
				plus = true
			case ' ':
				space = true
			case '#':
				alt = true
			case '0':
				zero = true
			default:
				break flags
			}
			i++
		}
		width, prec := -1, -1
		if i < n && f[i] == '*' {
			w, err := next()
			if err != nil {
				return "", err
			}
			wi, ok := w.(py.Int)
			if !ok {
				return "", py.ExceptionNewf(py.TypeError, "* wants int")
			}
			width = int(wi)
			if width < 0 {
				left = true
				width = -width
			}
			i++
		} else {
			s := i
			for i < n && f[i] >= '0' && f[i] <= '9' {
				i++
			}
			if i > s {
				width, _ = strconv.Atoi(f[s:i])
			}
		}
		if i < n && f[i] == '.' {
			i++
			if i < n && f[i] == '*' {
				p, err := next()
				if err != nil {
					return "", err
				}
				pi, ok := p.(py.Int)
				if !ok {
					return "", py.ExceptionNewf(py.TypeError, "* wants int")
				}
				prec = int(pi)
				if prec < 0 {
					prec = 0
				}
				i++
			} else {
				s := i
				for i < n && f[i] >= '0' && f[i] <= '9' {
					i++
				}
				prec, _ = strconv.Atoi(f[s:i])
			}
		}
		for i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L') {
			i++
		}
		if i >= n {
			return "", py.ExceptionNewf(py.ValueError, "incomplete format")
		}
		typ := f[i]
		i++
		if typ == '%' {
			b.WriteByte('%')
			continue
		}
		if !haveV {
			val, err := next()
			if err != nil {
				return "", err
			}
			v = val
		}
		var sign, prefix, body string
		numeric := false
		switch typ {
		case 's', 'r', 'a', 'b':
			var s string
			var err error
			switch {
			case typ == 'r' || (typ == 'a'):
				if typ == 'a' {
					s, err = asciiRepr(v)
				} else {
					s, err = ReprOf(v)
				}
			case isBytes:
				if raw, ok := bytesOf(v); ok {
					s = string(raw)
				} else {
					return "", py.ExceptionNewf(py.TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", v.Type().Name)
				}
			case typ == 'b':
				return "", unsupportedChar(f, typ, i-1)
			default:
				s, err = StrOf(v)
			}
			if err != nil {
				return "", err
			}
			if prec >= 0 && utf8.RuneCountInString(s) > prec {
				s = string([]rune(s)[:prec])
			}
			body = s
		case 'c':
			switch x := v.(type) {
			case py.Int, py.Bool, *py.BigInt:
				bi := bigOf(x)
				if !bi.IsInt64() || bi.Int64() < 0 || bi.Int64() > 0x10ffff {
					return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(0x110000)")
				}
				body = string(rune(bi.Int64()))
			case py.String:
				if utf8.RuneCountInString(string(x)) != 1 {
					return "", py.ExceptionNewf(py.TypeError, "%%c requires int or char")
				}
				body = string(x)
			default:
				return "", py.ExceptionNewf(py.TypeError, "%%c requires int or char")
			}
		case 'd', 'i', 'u', 'o', 'x', 'X':
			numeric = true
			v = percentIntArg(v, typ == 'd' || typ == 'i' || typ == 'u')
			var bi *big.Int
			switch x := v.(type) {
			case py.Int, *py.BigInt, py.Bool:
				bi = bigOf(x)
			case py.Float:
				if typ != 'd' && typ != 'i' && typ != 'u' {
					return "", py.ExceptionNewf(py.TypeError, "%%%c format: an integer is required, not float", rune(typ))
				}
				fl := float64(x)
				if math.IsInf(fl, 0) {
					return "", py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
				}
				if math.IsNaN(fl) {
					return "", py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
				}
				bi, _ = new(big.Float).SetFloat64(math.Trunc(fl)).Int(nil)
			default:
				if typ == 'd' || typ == 'i' || typ == 'u' {
					return "", py.ExceptionNewf(py.TypeError, "%%%c format: a real number is required, not %s", rune(typ), v.Type().Name)
				}
				return "", py.ExceptionNewf(py.TypeError, "%%%c format: an integer is required, not %s", rune(typ), v.Type().Name)
			}
			base := 10
			switch typ {
			case 'o':
				base = 8
			case 'x', 'X':
				base = 16
			}
			digits := new(big.Int).Abs(bi).Text(base)
			if typ == 'X' {
				digits = strings.ToUpper(digits)
			}
			if prec > len(digits) {
				digits = strings.Repeat("0", prec-len(digits)) + digits
			}
			if bi.Sign() < 0 {
				sign = "-"
			}
			if alt {
				switch typ {
				case 'o':
					prefix = "0o"
				case 'x':
					prefix = "0x"
				case 'X':
					prefix = "0X"
				}
			}
			body = digits
		case 'e', 'E', 'f', 'F', 'g', 'G':
			numeric = true
			fl, err := toFloatArg(v)
			if err != nil {
				return "", err
			}
			if math.Signbit(fl) && !math.IsNaN(fl) {
				sign = "-"
			}
			a := math.Abs(fl)
			if prec < 0 {
				prec = 6
			}
			switch {
			case math.IsInf(a, 0) || math.IsNaN(a):
				body = "inf"
				if math.IsNaN(a) {
					body = "nan"
				}
				if typ == 'E' || typ == 'F' || typ == 'G' {
					body = strings.ToUpper(body)
				}
				zero = false
			case typ == 'f' || typ == 'F':
				body = strconv.FormatFloat(a, 'f', prec, 64)
				if alt && prec == 0 {
					body += "."
				}
			case typ == 'e' || typ == 'E':
				body = strconv.FormatFloat(a, 'e', prec, 64)
				if alt && prec == 0 {
					body = strings.Replace(body, "e", ".e", 1)
				}
				if typ == 'E' {
					body = strings.ToUpper(body)
				}
			default:
				body = formatG(a, prec, alt, typ == 'G', false)
			}
		default:
			return "", unsupportedChar(f, typ, i-1)
		}
		_ = start
		if numeric && sign == "" {
			if plus {
				sign = "+"
			} else if space {
				sign = " "
			}
		}
		total := len(sign) + len(prefix) + utf8.RuneCountInString(body)
		if width > total {
			padn := width - total
			switch {
			case left:
				body = sign + prefix + body + strings.Repeat(" ", padn)
			case zero && numeric:
				body = sign + prefix + strings.Repeat("0", padn) + body
			default:
				body = strings.Repeat(" ", padn) + sign + prefix + body
			}
		} else {
			body = sign + prefix + body
		}
		b.WriteString(body)
	}
	if argi < len(args) && mapping == nil {
		return "", py.ExceptionNewf(py.TypeError, "not all arguments converted during %s formatting", map[bool]string{true: "bytes", false: "string"}[isBytes])
	}
	_ = usedMapping
	return b.String(), nil
}

func unsupportedChar(f string, c byte, idx int) error {
	r, _ := utf8.DecodeRuneInString(f[idx:])
	return py.ExceptionNewf(py.ValueError, "unsupported format character '%c' (0x%x) at index %d", r, r, utf8.RuneCountInString(f[:idx]))
}

func toFloatArg(v py.Object) (float64, error) {
	switch x := v.(type) {
	case py.Float:
		return float64(x), nil
	case py.Int, *py.BigInt, py.Bool:
		return toFloat(x)
	}
	if _, ok := v.(py.I__float__); ok {
		return toFloat(v)
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", v.Type().Name)
}

// percentIntArg turns what %d, %x... accept beside ints into a number:
// the result of __index__ (or, for %d, %i and %u, __int__), as CPython's
// formatting asks for them (an IntEnum member), else the int or float value
// of an instance of a subclass of int or float; v itself otherwise.
func percentIntArg(v py.Object, decimal bool) py.Object {
	switch v.(type) {
	case py.Int, *py.BigInt, py.Bool, py.Float:
		return v
	}
	names := []string{"__index__"}
	if decimal {
		names = append(names, "__int__")
	}
	for _, name := range names {
		if m, err := py.GetAttrString(v, name); err == nil {
			if r, err := py.Call(m, nil, nil); err == nil {
				switch r.(type) {
				case py.Int, *py.BigInt:
					return r
				}
			}
		}
	}
	if b := pyobj.GoBase(v); b != nil {
		switch b.(type) {
		case py.Int, *py.BigInt, py.Bool, py.Float:
			return b
		}
	}
	return v
}
