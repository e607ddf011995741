package prepass

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// fspec is a parsed format spec: [[fill]align][sign][#][0][width][,|_][.prec][type].
type fspec struct {
	fill  string
	align byte
	sign  byte
	alt   bool
	width int
	group byte
	prec  int
	typ   byte
}

func parseSpec(s string) (fspec, error) {
	f := fspec{fill: " ", prec: -1}
	bad := py.ExceptionNewf(py.ValueError, "Invalid format specifier")
	i := 0
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	if len(s) > 0 {
		_, n := utf8.DecodeRuneInString(s)
		if n < len(s) && isAlign(s[n]) {
			f.fill, f.align, i = s[:n], s[n], n+1
		} else if isAlign(s[0]) {
			f.align, i = s[0], 1
		}
	}
	if i < len(s) && (s[i] == '+' || s[i] == '-' || s[i] == ' ') {
		f.sign = s[i]
		i++
	}
	if i < len(s) && s[i] == '#' {
		f.alt = true
		i++
	}
	if i < len(s) && s[i] == '0' {
		if f.align == 0 {
			f.fill, f.align = "0", '='
		}
		i++
	}
	st := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > st {
		f.width, _ = strconv.Atoi(s[st:i])
	}
	if i < len(s) && (s[i] == ',' || s[i] == '_') {
		f.group = s[i]
		i++
	}
	if i < len(s) && s[i] == '.' {
		i++
		st = i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == st {
			return f, py.ExceptionNewf(py.ValueError, "Format specifier missing precision")
		}
		f.prec, _ = strconv.Atoi(s[st:i])
	}
	if i < len(s) {
		f.typ = s[i]
		i++
	}
	if i != len(s) {
		return f, bad
	}
	return f, nil
}

// pad applies fill, alignment and width; sign is kept left of '=' padding.
func (f *fspec) pad(sign, body string, defAlign byte) string {
	align := f.align
	if align == 0 {
		align = defAlign
	}
	n := utf8.RuneCountInString(sign) + utf8.RuneCountInString(body)
	if n >= f.width {
		return sign + body
	}
	fill := strings.Repeat(f.fill, f.width-n)
	switch align {
	case '<':
		return sign + body + fill
	case '^':
		h := (f.width - n) / 2
		return strings.Repeat(f.fill, h) + sign + body + strings.Repeat(f.fill, f.width-n-h)
	case '=':
		return sign + fill + body
	}
	return fill + sign + body
}

// group inserts sep every n digits from the right of the digit string d.
func group(d string, sep byte, n int) string {
	if sep == 0 || len(d) <= n {
		return d
	}
	var b strings.Builder
	first := len(d) % n
	if first == 0 {
		first = n
	}
	b.WriteString(d[:first])
	for i := first; i < len(d); i += n {
		b.WriteByte(sep)
		b.WriteString(d[i : i+n])
	}
	return b.String()
}

func signOf(neg bool, s byte) string {
	switch {
	case neg:
		return "-"
	case s == '+':
		return "+"
	case s == ' ':
		return " "
	}
	return ""
}

// formatValue formats v with spec as format(v, spec) does for the
// built-in types.
func formatValue(v py.Object, spec string) (py.Object, error) {
	if spec == "" {
		if x, ok := v.(py.Float); ok {
			return py.String(floatRepr(float64(x))), nil
		}
		return py.Str(v)
	}
	f, err := parseSpec(spec)
	if err != nil {
		return nil, err
	}
	switch x := v.(type) {
	case py.String:
		if f.typ != 0 && f.typ != 's' {
			return nil, py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type 'str'", f.typ)
		}
		if f.sign != 0 {
			return nil, py.ExceptionNewf(py.ValueError, "Sign not allowed in string format specifier")
		}
		if f.align == '=' {
			return nil, py.ExceptionNewf(py.ValueError, "'=' alignment not allowed in string format specifier")
		}
		s := string(x)
		if f.prec >= 0 && utf8.RuneCountInString(s) > f.prec {
			s = string([]rune(s)[:f.prec])
		}
		return py.String(f.pad("", s, '<')), nil
	case py.Bool:
		if x {
			return formatInt(big.NewInt(1), &f)
		}
		return formatInt(big.NewInt(0), &f)
	case py.Int:
		return formatInt(big.NewInt(int64(x)), &f)
	case *py.BigInt:
		return formatInt((*big.Int)(x), &f)
	case py.Float:
		return formatFloat(float64(x), &f, "float")
	}
	if fm, ok := v.(py.I__format__); ok {
		return fm.M__format__(py.String(spec))
	}
	if res, ok, err := py.TypeCall1(v, "__format__", py.String(spec)); ok {
		return res, err
	}
	return nil, py.ExceptionNewf(py.TypeError, "unsupported format string passed to %s.__format__", v.Type().Name)
}

func formatInt(n *big.Int, f *fspec) (py.Object, error) {
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		fl, _ := new(big.Float).SetInt(n).Float64()
		return formatFloat(fl, f, "int")
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return nil, py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type 'int'", f.typ)
	}
	if f.prec >= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "Precision not allowed in integer format specifier")
	}
	neg := n.Sign() < 0
	a := new(big.Int).Abs(n)
	var digits, prefix string
	gn := 3
	switch f.typ {
	case 'b':
		digits, prefix, gn = a.Text(2), "0b", 4
	case 'o':
		digits, prefix, gn = a.Text(8), "0o", 4
	case 'x':
		digits, prefix, gn = a.Text(16), "0x", 4
	case 'X':
		digits, prefix, gn = strings.ToUpper(a.Text(16)), "0X", 4
	case 'c':
		return py.String(f.pad("", string(rune(n.Int64())), '>')), nil
	default:
		digits = a.Text(10)
	}
	if !f.alt {
		prefix = ""
	}
	sign := signOf(neg, f.sign) + prefix
	if f.align == '=' && f.fill == "0" && f.group != 0 {
		// Zero padding takes part in the grouping.
		w := f.width - len(sign)
		for len(group(digits, f.group, gn)) < w {
			digits = "0" + digits
		}
	}
	return py.String(f.pad(sign, group(digits, f.group, gn), '>')), nil
}

// floatRepr is Python's repr of a float.
func floatRepr(x float64) string {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return nonFinite(x, false)
	}
	e := strconv.FormatFloat(x, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		m := e[:strings.IndexByte(e, 'e')]
		es := e[strings.IndexByte(e, 'e')+1:]
		if es[0] != '-' {
			es = "+" + strings.TrimLeft(es[1:], "")
		}
		if len(es) < 3 {
			es = es[:1] + "0" + es[1:]
		}
		return m + "e" + es
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}

func nonFinite(x float64, upper bool) string {
	s := "inf"
	if math.IsNaN(x) {
		s = "nan"
	} else if x < 0 {
		s = "-inf"
	}
	if upper {
		s = strings.ToUpper(s)
	}
	return s
}

// fixExp makes Go's exponent look like Python's (at least two digits).
func fixExp(s string) string {
	i := strings.IndexAny(s, "eE")
	if i < 0 {
		return s
	}
	es := s[i+2:]
	if len(es) < 2 {
		es = "0" + es
	}
	return s[:i+2] + es
}

func formatFloat(x float64, f *fspec, tname string) (py.Object, error) {
	neg := math.Signbit(x) && !math.IsNaN(x)
	a := math.Abs(x)
	var body string
	typ := f.typ
	prec := f.prec
	switch typ {
	case 'f', 'F', '%':
		if prec < 0 {
			prec = 6
		}
		if typ == '%' {
			a *= 100
		}
		if math.IsInf(a, 0) || math.IsNaN(a) {
			body = nonFinite(a, typ == 'F')
		} else {
			body = strconv.FormatFloat(a, 'f', prec, 64)
			if f.alt && prec == 0 {
				body += "."
			}
		}
		if typ == '%' {
			body += "%"
		}
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		if math.IsInf(a, 0) || math.IsNaN(a) {
			body = nonFinite(a, typ == 'E')
		} else {
			body = fixExp(strconv.FormatFloat(a, byte(typ), prec, 64))
		}
	case 'g', 'G', 0, 'n':
		if math.IsInf(a, 0) || math.IsNaN(a) {
			body = nonFinite(a, typ == 'G')
			break
		}
		if typ == 0 && prec < 0 {
			body = floatRepr(a)
			break
		}
		if prec < 0 {
			prec = 6
		}
		if prec == 0 {
			prec = 1
		}
		e := strconv.FormatFloat(a, 'e', prec-1, 64)
		exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
		if -4 <= exp && exp < prec {
			body = strconv.FormatFloat(a, 'f', prec-1-exp, 64)
			if !f.alt && strings.Contains(body, ".") {
				body = strings.TrimRight(strings.TrimRight(body, "0"), ".")
			}
			if typ == 0 && !strings.Contains(body, ".") {
				body += ".0"
			}
		} else {
			m := e[:strings.IndexByte(e, 'e')]
			if !f.alt && strings.Contains(m, ".") {
				m = strings.TrimRight(strings.TrimRight(m, "0"), ".")
			}
			body = fixExp(m + e[strings.IndexByte(e, 'e'):])
		}
		if typ == 'G' {
			body = strings.ToUpper(body)
		}
	default:
		return nil, py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type '%s'", typ, tname)
	}
	if f.group != 0 {
		intEnd := strings.IndexAny(body, ".e%")
		if intEnd < 0 {
			intEnd = len(body)
		}
		if intEnd > 0 && body[0] >= '0' && body[0] <= '9' {
			body = group(body[:intEnd], f.group, 3) + body[intEnd:]
		}
	}
	return py.String(f.pad(signOf(neg, f.sign), body, '>')), nil
}
