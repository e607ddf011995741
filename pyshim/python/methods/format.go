package methods

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// spec is a parsed format specification (the mini-language after ':').
type spec struct {
	fill      rune
	align     byte // 0, '<', '>', '^', '='
	sign      byte // 0, '+', '-', ' '
	alt       bool
	zero      bool
	width     int
	grouping  byte // 0, ',', '_'
	precision int  // -1 when absent
	typ       byte // 0 when absent
}

func parseSpec(s string, typeName string) (*spec, error) {
	sp := &spec{fill: ' ', precision: -1}
	invalid := func() error {
		return py.ExceptionNewf(py.ValueError, "Invalid format specifier '%s' for object of type '%s'", s, typeName)
	}
	i := 0
	fillGiven := false
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	if s != "" {
		r, sz := utf8.DecodeRuneInString(s)
		if sz < len(s) && isAlign(s[sz]) {
			sp.fill, sp.align = r, s[sz]
			fillGiven = true
			i = sz + 1
		} else if isAlign(s[0]) {
			sp.align = s[0]
			i = 1
		}
	}
	if i < len(s) && (s[i] == '+' || s[i] == '-' || s[i] == ' ') {
		sp.sign = s[i]
		i++
	}
	if i < len(s) && s[i] == 'z' {
		i++
	}
	if i < len(s) && s[i] == '#' {
		sp.alt = true
		i++
	}
	if i < len(s) && s[i] == '0' {
		sp.zero = true
		i++
	}
	start := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > start {
		w, err := strconv.Atoi(s[start:i])
		if err != nil {
			return nil, py.ExceptionNewf(py.ValueError, "Too many decimal digits in format string")
		}
		sp.width = w
	}
	if i < len(s) && (s[i] == ',' || s[i] == '_') {
		sp.grouping = s[i]
		i++
		if i < len(s) && (s[i] == ',' || s[i] == '_') {
			return nil, py.ExceptionNewf(py.ValueError, "Cannot specify both ',' and '_'.")
		}
	}
	if i < len(s) && s[i] == '.' {
		i++
		start = i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == start {
			return nil, py.ExceptionNewf(py.ValueError, "Format specifier missing precision")
		}
		p, err := strconv.Atoi(s[start:i])
		if err != nil {
			return nil, py.ExceptionNewf(py.ValueError, "Too many decimal digits in format string")
		}
		sp.precision = p
	}
	if i < len(s) {
		if len(s)-i > 1 {
			return nil, invalid()
		}
		sp.typ = s[i]
	}
	if sp.grouping != 0 {
		t := sp.typ
		if t == 0 && typeName == "str" {
			t = 's' // str's default presentation type
		}
		switch t {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if sp.grouping == '_' {
				break
			}
			fallthrough
		default:
			if t > 32 && t < 128 {
				return nil, py.ExceptionNewf(py.ValueError, "Cannot specify '%c' with '%c'.", rune(sp.grouping), rune(t))
			}
			return nil, py.ExceptionNewf(py.ValueError, "Cannot specify '%c' with '\\x%x'.", rune(sp.grouping), t)
		}
	}
	if sp.zero {
		if !fillGiven {
			sp.fill = '0'
		}
		if sp.align == 0 && typeName != "str" {
			sp.align = '=' // only where the default alignment is right
		}
	}
	return sp, nil
}

// pad applies width/fill/alignment; body has its sign/prefix split off
// so that '=' alignment puts the padding between them.
func (sp *spec) pad(prefix, body string, defAlign byte) string {
	n := utf8.RuneCountInString(prefix) + utf8.RuneCountInString(body)
	if n >= sp.width {
		return prefix + body
	}
	fill := strings.Repeat(string(sp.fill), sp.width-n)
	align := sp.align
	if align == 0 {
		align = defAlign
	}
	switch align {
	case '<':
		return prefix + body + fill
	case '^':
		left := (sp.width - n) / 2
		f := []rune(fill)
		return string(f[:left]) + prefix + body + string(f[left:])
	case '=':
		return prefix + fill + body
	default:
		return fill + prefix + body
	}
}

// groupMin inserts sep every n digits from the right, padding with zeros
// (grouped too) up to minWidth characters, as CPython's
// InsertThousandsGrouping does.
func groupMin(digits string, sep byte, n, minWidth int) string {
	var parts []string
	remaining := len(digits)
	end := len(digits)
	for {
		l := n
		if m := max(remaining, minWidth, 1); m < l {
			l = m
		}
		nZeros := max(0, l-remaining)
		nChars := max(0, min(remaining, l))
		parts = append(parts, strings.Repeat("0", nZeros)+digits[end-nChars:end])
		end -= nChars
		remaining -= nChars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth--
	}
	for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
		parts[a], parts[b] = parts[b], parts[a]
	}
	return strings.Join(parts, string(sep))
}

// numeric pads a formatted number: sign and prefix, then the integer
// digits (grouped when asked), then the rest (fraction, exponent, %).
func (sp *spec) numeric(sign, prefix, digits, rest string, groupN int) string {
	if sp.grouping != 0 {
		minWidth := 0
		if sp.align == '=' && sp.fill == '0' {
			minWidth = sp.width - len(sign) - len(prefix) - utf8.RuneCountInString(rest)
		}
		digits = groupMin(digits, sp.grouping, groupN, minWidth)
	}
	return sp.pad(sign+prefix, digits+rest, '>')
}

func (sp *spec) signOf(neg bool) string {
	if neg {
		return "-"
	}
	switch sp.sign {
	case '+':
		return "+"
	case ' ':
		return " "
	}
	return ""
}

// bigOf converts an int-like object to *big.Int (nil if it is not an int).
func bigOf(o py.Object) *big.Int {
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v))
	case *py.BigInt:
		return (*big.Int)(v)
	case py.Bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	}
	return nil
}

func formatInt(o py.Object, sp *spec, tname string) (string, error) {
	switch sp.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := toFloat(o)
		if err != nil {
			return "", err
		}
		return formatFloat(f, sp, tname)
	}
	switch sp.typ {
	case 0, 'd', 'n', 'x', 'X', 'o', 'b', 'c':
	default:
		return "", py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type '%s'", rune(sp.typ), tname)
	}
	if sp.precision >= 0 {
		return "", py.ExceptionNewf(py.ValueError, "Precision not allowed in integer format specifier")
	}
	var n int64
	var bn *big.Int
	small := false
	switch v := o.(type) {
	case py.Int:
		n, small = int64(v), true
	case py.Bool:
		if v {
			n = 1
		}
		small = true
	default:
		bn = bigOf(o)
	}
	neg := false
	var digits string
	base := 10
	switch sp.typ {
	case 0, 'd', 'n':
	case 'x', 'X':
		base = 16
	case 'o':
		base = 8
	case 'b':
		base = 2
	case 'c':
		if sp.grouping != 0 {
			return "", py.ExceptionNewf(py.ValueError, "Cannot specify '%c' with 'c'.", rune(sp.grouping))
		}
		if sp.sign != 0 {
			return "", py.ExceptionNewf(py.ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if sp.alt {
			return "", py.ExceptionNewf(py.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if !small {
			return "", py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
		}
		if n < 0 || n > 0x10ffff {
			return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(0x110000)")
		}
		return sp.pad("", string(rune(n)), '<'), nil
	default:
		return "", py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type '%s'", rune(sp.typ), tname)
	}
	if (sp.grouping == ',' && base != 10) || (sp.grouping != 0 && sp.typ == 'n') {
		return "", py.ExceptionNewf(py.ValueError, "Cannot specify '%c' with '%c'.", rune(sp.grouping), rune(sp.typ))
	}
	if small {
		neg = n < 0
		u := uint64(n)
		if neg {
			u = uint64(-n)
		}
		digits = strconv.FormatUint(u, base)
	} else {
		neg = bn.Sign() < 0
		digits = new(big.Int).Abs(bn).Text(base)
	}
	if sp.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	prefix := ""
	if sp.alt {
		switch sp.typ {
		case 'x':
			prefix = "0x"
		case 'X':
			prefix = "0X"
		case 'o':
			prefix = "0o"
		case 'b':
			prefix = "0b"
		}
	}
	groupN := 3
	if base != 10 {
		groupN = 4
	}
	return sp.numeric(sp.signOf(neg), prefix, digits, "", groupN), nil
}

func toFloat(o py.Object) (float64, error) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), nil
	case py.Int:
		return float64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		f, err := v.Float()
		return float64(f), err
	}
	f, err := py.MakeFloat(o)
	if err != nil {
		return 0, err
	}
	if ff, ok := f.(py.Float); ok {
		return float64(ff), nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", o.Type().Name)
}

// ReprFloat formats f as CPython's repr(float): the shortest string that
// round-trips, in scientific notation when the exponent is < -4 or >= 16.
func ReprFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	mant, exps, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(exps)
	neg := strings.HasPrefix(mant, "-")
	mant = strings.TrimPrefix(mant, "-")
	digits := strings.Replace(mant, ".", "", 1)
	sign := ""
	if neg {
		sign = "-"
	}
	if exp < -4 || exp >= 16 {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		return sign + m + "e" + expStr(exp)
	}
	return sign + layoutFixed(digits, exp, true)
}

func expStr(exp int) string {
	s := "+"
	if exp < 0 {
		s = "-"
		exp = -exp
	}
	if exp < 10 {
		return s + "0" + strconv.Itoa(exp)
	}
	return s + strconv.Itoa(exp)
}

// layoutFixed lays out significant digits with decimal exponent exp
// (value = 0.d1d2... * 10^(exp+1)) in positional notation.
func layoutFixed(digits string, exp int, forceDot bool) string {
	var s string
	switch {
	case exp < 0:
		s = "0." + strings.Repeat("0", -exp-1) + digits
	case exp+1 >= len(digits):
		s = digits + strings.Repeat("0", exp+1-len(digits))
		if forceDot {
			s += ".0"
		}
	default:
		s = digits[:exp+1] + "." + digits[exp+1:]
	}
	return s
}

// formatG implements the 'g' presentation type (and the float default
// with a precision) for a non-negative finite value.
func formatG(f float64, prec int, alt, upper, noType bool) string {
	if prec == 0 {
		prec = 1
	}
	e := strconv.FormatFloat(f, 'e', prec-1, 64)
	_, exps, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(exps)
	var s string
	limit := prec
	if noType {
		// CPython (Py_DTSF_ADD_DOT_0): one digit fewer before switching
		// to exponent notation, so format(100.0, '.3') is '1e+02'
		limit = prec - 1
	}
	if exp >= -4 && exp < limit {
		s = strconv.FormatFloat(f, 'f', prec-1-exp, 64)
		if !alt && strings.Contains(s, ".") {
			s = strings.TrimRight(s, "0")
			s = strings.TrimSuffix(s, ".")
		}
		if noType && !strings.Contains(s, ".") {
			s += ".0"
		}
		if alt && !strings.Contains(s, ".") {
			s += "."
		}
	} else {
		m, _, _ := strings.Cut(e, "e")
		if !alt && strings.Contains(m, ".") {
			m = strings.TrimRight(m, "0")
			m = strings.TrimSuffix(m, ".")
		}
		if alt && !strings.Contains(m, ".") {
			m += "."
		}
		s = m + "e" + expStr(exp)
	}
	if upper {
		s = strings.ToUpper(s)
	}
	return s
}

func formatFloat(f float64, sp *spec, tname string) (string, error) {
	typ := sp.typ
	switch typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type '%s'", rune(typ), tname)
	}
	if typ == 'n' && sp.grouping != 0 {
		return "", py.ExceptionNewf(py.ValueError, "Cannot specify '%c' with 'n'.", rune(sp.grouping))
	}
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	prec := sp.precision
	var body string
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	if math.IsInf(a, 0) || math.IsNaN(a) {
		body = "inf"
		if math.IsNaN(a) {
			body = "nan"
		}
		if upper {
			body = strings.ToUpper(body)
		}
		if typ == '%' {
			body += "%"
		}
		sp2 := *sp
		if sp2.fill == '0' && sp2.zero {
			sp2.fill = ' '
		}
		return sp2.pad(sp.signOf(neg), body, '>'), nil
	}
	suffix := ""
	switch typ {
	case 'f', 'F', '%':
		if prec < 0 {
			prec = 6
		}
		if typ == '%' {
			a *= 100
			suffix = "%"
		}
		body = strconv.FormatFloat(a, 'f', prec, 64)
		if sp.alt && prec == 0 {
			body += "."
		}
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		body = strconv.FormatFloat(a, 'e', prec, 64)
		if sp.alt && prec == 0 {
			body = strings.Replace(body, "e", ".e", 1)
		}
		if typ == 'E' {
			body = strings.ToUpper(body)
		}
	case 'g', 'G', 'n':
		if prec < 0 {
			prec = 6
		}
		body = formatG(a, prec, sp.alt, typ == 'G', false)
	case 0:
		if prec < 0 {
			body = ReprFloat(a)
			if sp.alt && !strings.Contains(body, ".") {
				body = strings.Replace(body, "e", ".e", 1)
			}
		} else {
			body = formatG(a, prec, sp.alt, false, true)
		}
	}
	// split integer digits from the rest for grouping
	intPart, rest := body, ""
	if i := strings.IndexAny(body, ".eE"); i >= 0 {
		intPart, rest = body[:i], body[i:]
	}
	return sp.numeric(sp.signOf(neg), "", intPart, rest+suffix, 3), nil
}

func formatStr(s string, sp *spec) (string, error) {
	switch sp.typ {
	case 0, 's':
	default:
		return "", py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type 'str'", rune(sp.typ))
	}
	if sp.sign == ' ' {
		return "", py.ExceptionNewf(py.ValueError, "Space not allowed in string format specifier")
	}
	if sp.sign != 0 {
		return "", py.ExceptionNewf(py.ValueError, "Sign not allowed in string format specifier")
	}
	if sp.alt {
		return "", py.ExceptionNewf(py.ValueError, "Alternate form (#) not allowed in string format specifier")
	}
	if sp.align == '=' {
		return "", py.ExceptionNewf(py.ValueError, "'=' alignment not allowed in string format specifier")
	}
	if sp.grouping != 0 {
		return "", py.ExceptionNewf(py.ValueError, "Cannot specify '%c' with 's'.", rune(sp.grouping))
	}
	if sp.precision >= 0 && utf8.RuneCountInString(s) > sp.precision {
		s = string([]rune(s)[:sp.precision])
	}
	return sp.pad("", s, '<'), nil
}

// FormatValue implements the builtin format(value, spec): objects that
// define __format__ format themselves; str, int, bool and float use the
// format-spec mini-language; anything else accepts only an empty spec.
func FormatValue(v py.Object, specStr string) (string, error) {
	switch x := v.(type) {
	case py.String:
		if specStr == "" {
			return string(x), nil
		}
		sp, err := parseSpec(specStr, "str")
		if err != nil {
			return "", err
		}
		return formatStr(string(x), sp)
	case py.Int, *py.BigInt:
		if specStr == "" {
			s, err := py.StrAsString(v)
			return s, err
		}
		sp, err := parseSpec(specStr, "int")
		if err != nil {
			return "", err
		}
		return formatInt(v, sp, "int")
	case py.Bool:
		if specStr == "" {
			return StrOf(v)
		}
		sp, err := parseSpec(specStr, "bool")
		if err != nil {
			return "", err
		}
		return formatInt(v, sp, "bool")
	case py.Float:
		if specStr == "" {
			return ReprFloat(float64(x)), nil
		}
		sp, err := parseSpec(specStr, "float")
		if err != nil {
			return "", err
		}
		return formatFloat(float64(x), sp, "float")
	case py.Complex:
		return formatComplex(complex128(x), specStr)
	}
	if f, ok := v.(py.I__format__); ok {
		res, err := f.M__format__(py.String(specStr))
		if err != nil {
			return "", err
		}
		s, ok := res.(py.String)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "__format__ must return a str, not %s", res.Type().Name)
		}
		return string(s), nil
	}
	if m := v.Type().NativeGetAttrOrNil("__format__"); m != nil && m != py.ObjectType.Dict["__format__"] {
		if _, isStr := v.(py.String); !isStr {
			var res py.Object
			var err error
			if t, ok := v.(*py.Type); ok && t.Type() != py.TypeType {
				// an instance of a Python class
				res, err = py.Call(m, py.Tuple{v, py.String(specStr)}, nil)
			} else {
				res, err = callMethod(v, "__format__", py.String(specStr))
			}
			if err != nil {
				return "", err
			}
			s, ok := res.(py.String)
			if !ok {
				return "", py.ExceptionNewf(py.TypeError, "__format__ must return a str, not %s", res.Type().Name)
			}
			return string(s), nil
		}
	}
	if specStr != "" {
		return "", py.ExceptionNewf(py.TypeError, "unsupported format string passed to %s.__format__", v.Type().Name)
	}
	return StrOf(v)
}

func callMethod(o py.Object, name string, args ...py.Object) (py.Object, error) {
	m, err := py.GetAttrString(o, name)
	if err != nil {
		return nil, err
	}
	return py.Call(m, py.Tuple(args), nil)
}

// asciiRepr returns ascii(o).
func asciiRepr(o py.Object) (string, error) {
	r, err := ReprOf(o)
	if err != nil {
		return "", err
	}
	if isASCII(r) {
		return r, nil
	}
	var b strings.Builder
	for _, c := range r {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			b.WriteString("\\x" + hex2(int(c), 2))
		case c < 0x10000:
			b.WriteString("\\u" + hex2(int(c), 4))
		default:
			b.WriteString("\\U" + hex2(int(c), 8))
		}
	}
	return b.String(), nil
}

func hex2(n, w int) string {
	s := strconv.FormatInt(int64(n), 16)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// lookupFunc returns the value of a named replacement field.
type lookupFunc func(name string) (py.Object, bool, error)

// FormatString implements str.format: positional fields from args and
// named fields through lookup.
func FormatString(f string, args py.Tuple, lookup lookupFunc) (string, error) {
	auto := 0 // next automatic index; -1 once manual numbering is used
	manual := false
	return formatString(f, args, lookup, &auto, &manual, 2)
}

func formatString(f string, args py.Tuple, lookup lookupFunc, auto *int, manual *bool, depth int) (string, error) {
	if depth < 0 {
		return "", py.ExceptionNewf(py.ValueError, "Max string recursion exceeded")
	}
	var b strings.Builder
	i := 0
	for i < len(f) {
		c := f[i]
		if c == '}' {
			if i+1 < len(f) && f[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return "", py.ExceptionNewf(py.ValueError, "Single '}' encountered in format string")
		}
		if c != '{' {
			j := strings.IndexAny(f[i:], "{}")
			if j < 0 {
				b.WriteString(f[i:])
				break
			}
			b.WriteString(f[i : i+j])
			i += j
			continue
		}
		if i+1 < len(f) && f[i+1] == '{' {
			b.WriteByte('{')
			i += 2
			continue
		}
		if i+1 == len(f) {
			return "", py.ExceptionNewf(py.ValueError, "Single '{' encountered in format string")
		}
		// find the matching '}'
		level := 1
		j := i + 1
		for j < len(f) && level > 0 {
			switch f[j] {
			case '{':
				level++
			case '}':
				level--
			}
			j++
		}
		if level > 0 {
			return "", py.ExceptionNewf(py.ValueError, "expected '}' before end of string")
		}
		field := f[i+1 : j-1]
		i = j
		out, err := formatField(field, args, lookup, auto, manual, depth)
		if err != nil {
			return "", err
		}
		b.WriteString(out)
	}
	return b.String(), nil
}

func formatField(field string, args py.Tuple, lookup lookupFunc, auto *int, manual *bool, depth int) (string, error) {
	// split name[!conv][:spec]; brackets in the name may contain ':' or '!'
	name, conv, specStr := field, "", ""
	inBracket := false
	for k := 0; k < len(field); k++ {
		ch := field[k]
		if ch == '[' {
			inBracket = true
		} else if ch == ']' {
			inBracket = false
		} else if !inBracket && (ch == '!' || ch == ':') {
			name = field[:k]
			rest := field[k:]
			if ch == '!' {
				if len(rest) < 2 {
					return "", py.ExceptionNewf(py.ValueError, "end of string while looking for conversion specifier")
				}
				conv = rest[1:2]
				rest = rest[2:]
				if rest != "" && rest[0] != ':' {
					return "", py.ExceptionNewf(py.ValueError, "expected ':' after conversion specifier")
				}
			}
			if rest != "" {
				specStr = rest[1:]
			}
			break
		}
	}
	// the first part of the name: an index, a keyword, or empty
	k := strings.IndexAny(name, ".[")
	first, accessors := name, ""
	if k >= 0 {
		first, accessors = name[:k], name[k:]
	}
	var v py.Object
	if first == "" {
		if *manual {
			return "", py.ExceptionNewf(py.ValueError, "cannot switch from manual field specification to automatic field numbering")
		}
		idx := *auto
		*auto++
		if idx >= len(args) {
			return "", py.ExceptionNewf(py.IndexError, "Replacement index %d out of range for positional args tuple", idx)
		}
		v = args[idx]
	} else if n, err := strconv.Atoi(first); err == nil && n >= 0 {
		if *auto > 0 {
			return "", py.ExceptionNewf(py.ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		*manual = true
		if n >= len(args) {
			return "", py.ExceptionNewf(py.IndexError, "Replacement index %d out of range for positional args tuple", n)
		}
		v = args[n]
	} else {
		val, ok, err := lookup(first)
		if err != nil {
			return "", err
		}
		if !ok {
			return "", keyError(py.String(first))
		}
		v = val
	}
	for accessors != "" {
		if accessors[0] == '.' {
			e := strings.IndexAny(accessors[1:], ".[")
			attr := accessors[1:]
			if e >= 0 {
				attr = accessors[1 : e+1]
				accessors = accessors[e+1:]
			} else {
				accessors = ""
			}
			if attr == "" {
				return "", py.ExceptionNewf(py.ValueError, "Empty attribute in format string")
			}
			nv, err := py.GetAttrString(v, attr)
			if err != nil {
				return "", err
			}
			v = nv
		} else if accessors[0] == '[' {
			e := strings.IndexByte(accessors, ']')
			if e < 0 {
				return "", py.ExceptionNewf(py.ValueError, "Missing ']' in format string")
			}
			key := accessors[1:e]
			accessors = accessors[e+1:]
			var ko py.Object = py.String(key)
			if n, err := strconv.Atoi(key); err == nil && n >= 0 {
				ko = py.Int(n)
			}
			nv, err := py.GetItem(v, ko)
			if err != nil {
				return "", err
			}
			v = nv
		} else {
			return "", py.ExceptionNewf(py.ValueError, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	switch conv {
	case "":
	case "r":
		s, err := ReprOf(v)
		if err != nil {
			return "", err
		}
		v = py.String(s)
	case "s":
		s, err := StrOf(v)
		if err != nil {
			return "", err
		}
		v = py.String(s)
	case "a":
		s, err := asciiRepr(v)
		if err != nil {
			return "", err
		}
		v = py.String(s)
	default:
		return "", py.ExceptionNewf(py.ValueError, "Unknown conversion specifier %s", conv)
	}
	if strings.ContainsRune(specStr, '{') {
		s, err := formatString(specStr, args, lookup, auto, manual, depth-1)
		if err != nil {
			return "", err
		}
		specStr = s
	}
	return FormatValue(v, specStr)
}

func quoteRepr(s string) string {
	r, err := py.ReprAsString(py.String(s))
	if err != nil {
		return s
	}
	return r
}

// keyError returns KeyError(k).
func keyError(k py.Object) error {
	e, err := py.ExceptionNew(py.KeyError, py.Tuple{k}, nil)
	if err != nil {
		return err
	}
	return e.(*py.Exception)
}
