package methods

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// strSelf normalises the two ways a str method is called: bound
// ("abc".upper(), self is the string) and through the type (str.upper("abc"),
// self is not a string and the string is the first argument).
func strSelf(name string, self py.Object, args py.Tuple) (py.String, py.Tuple, error) {
	if s, ok := self.(py.String); ok {
		return s, args, nil
	}
	if len(args) > 0 {
		if s, ok := args[0].(py.String); ok {
			return s, args[1:], nil
		}
		return "", nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name, args[0].Type().Name)
	}
	return "", nil, py.ExceptionNewf(py.TypeError, "unbound method str.%s() needs an argument", name)
}

// kwMethods are the str methods that accept keyword arguments; the others
// are registered without a keyword dictionary, which gpython would
// otherwise allocate on every call.
var kwMethods = map[string]bool{"split": true, "rsplit": true, "splitlines": true, "expandtabs": true, "encode": true, "format": true}

// strMethod registers fn as the str method name.
func strMethod(name string, fn func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error)) {
	if kwMethods[name] {
		py.StringType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			s, a, err := strSelf(name, self, args)
			if err != nil {
				return nil, err
			}
			return fn(s, a, kw)
		}, 0, name+"() as in CPython's str")
		return
	}
	py.StringType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		s, a, err := strSelf(name, self, args)
		if err != nil {
			return nil, err
		}
		return fn(s, a, nil)
	}, 0, name+"() as in CPython's str")
}

// nargs checks the number of positional arguments.
func nargs(name string, args py.Tuple, min, max int) error {
	if len(args) < min {
		if min == max {
			if min == 1 {
				return py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
			}
			return py.ExceptionNewf(py.TypeError, "%s expected %d arguments, got %d", name, min, len(args))
		}
		return py.ExceptionNewf(py.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), len(args))
	}
	if len(args) > max {
		if max == 0 {
			return py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", name, len(args))
		}
		if min == max && max == 1 {
			return py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		return py.ExceptionNewf(py.TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), len(args))
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// argStr returns args[i] as a str or a TypeError in CPython's words.
func argStr(fname string, o py.Object, what string) (string, error) {
	if s, ok := o.(py.String); ok {
		return string(s), nil
	}
	if what == "" {
		what = "argument"
	}
	return "", py.ExceptionNewf(py.TypeError, "%s() %s must be str, not %s", fname, what, o.Type().Name)
}

// argInt converts o (an int or an object with __index__) to a Go int.
func argInt(o py.Object) (int, error) {
	if i, ok := o.(py.Int); ok {
		return int(i), nil
	}
	if _, ok := o.(py.Float); ok {
		return 0, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	if b, ok := o.(py.Bool); ok {
		if b {
			return 1, nil
		}
		return 0, nil
	}
	return py.IndexInt(o)
}

// sliceBounds resolves optional start/end arguments (ints or None) against
// length n as slice notation does.
func sliceBounds(args py.Tuple, n int) (int, int, error) {
	start, end := 0, n
	if len(args) > 0 && args[0] != py.None {
		v, err := argInt(args[0])
		if err != nil {
			return 0, 0, py.ExceptionNewf(py.TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		start = v
	}
	if len(args) > 1 && args[1] != py.None {
		v, err := argInt(args[1])
		if err != nil {
			return 0, 0, py.ExceptionNewf(py.TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		end = v
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if end > n {
		end = n
	}
	return start, end, nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// runeIndex converts byte offset b of s to a code point index.
func runeIndex(s string, b int) int {
	if isASCII(s[:b]) {
		return b
	}
	return utf8.RuneCountInString(s[:b])
}

// byteOffset converts code point index i of s to a byte offset.
func byteOffset(s string, i int) int {
	if i <= 0 {
		return 0
	}
	n := 0
	for b := range s {
		if n == i {
			return b
		}
		n++
	}
	return len(s)
}

func strLen(s string) int {
	if isASCII(s) {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

// window returns the byte range of s selected by optional start/end args.
func window(s string, args py.Tuple) (lo, hi int, empty bool, err error) {
	n := strLen(s)
	start, end, err := sliceBounds(args, n)
	if err != nil {
		return 0, 0, false, err
	}
	if start > n || start > end {
		return 0, 0, true, nil
	}
	if n == len(s) {
		return start, end, false, nil
	}
	return byteOffset(s, start), byteOffset(s, end), false, nil
}

func findCommon(name string, s py.String, args py.Tuple, reverse bool) (int, error) {
	if err := nargs(name, args, 1, 3); err != nil {
		return 0, err
	}
	sub, err := argStr(name, args[0], "argument 1")
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "must be str, not %s", args[0].Type().Name)
	}
	str := string(s)
	lo, hi, empty, err := window(str, args[1:])
	if err != nil {
		return 0, err
	}
	if empty {
		return -1, nil
	}
	var i int
	if reverse {
		i = strings.LastIndex(str[lo:hi], sub)
	} else {
		i = strings.Index(str[lo:hi], sub)
	}
	if i < 0 {
		return -1, nil
	}
	return runeIndex(str, lo+i), nil
}

// countSub counts non-overlapping occurrences as CPython does (an empty
// needle matches len+1 times).
func countSub(s, sub string) int {
	if sub == "" {
		return strLen(s) + 1
	}
	return strings.Count(s, sub)
}

func pyList(items []string) *py.List {
	l := py.NewListSized(len(items))
	for i, v := range items {
		l.Items[i] = py.String(v)
	}
	return l
}

// isPySpace reports whether r is whitespace for str.split and str.isspace.
func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

// rsplitWS splits on runs of whitespace from the right, at most max times.
func rsplitWS(s string, max int) []string {
	var out []string
	i := len(s)
	for max != 0 {
		for i > 0 {
			r, sz := utf8.DecodeLastRuneInString(s[:i])
			if !isPySpace(r) {
				break
			}
			i -= sz
		}
		if i == 0 {
			break
		}
		j := i
		for j > 0 {
			r, sz := utf8.DecodeLastRuneInString(s[:j])
			if isPySpace(r) {
				break
			}
			j -= sz
		}
		out = append(out, s[j:i])
		i = j
		max--
	}
	for i > 0 {
		r, sz := utf8.DecodeLastRuneInString(s[:i])
		if !isPySpace(r) {
			break
		}
		i -= sz
	}
	if i > 0 {
		out = append(out, s[:i])
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// splitWS splits on runs of whitespace from the left, at most max times.
func splitWS(s string, max int) []string {
	var out []string
	i := 0
	for {
		for i < len(s) {
			r, sz := utf8.DecodeRuneInString(s[i:])
			if !isPySpace(r) {
				break
			}
			i += sz
		}
		if i >= len(s) {
			break
		}
		if max == 0 {
			out = append(out, s[i:])
			break
		}
		j := i
		for j < len(s) {
			r, sz := utf8.DecodeRuneInString(s[j:])
			if isPySpace(r) {
				break
			}
			j += sz
		}
		out = append(out, s[i:j])
		i = j
		max--
	}
	return out
}

func splitArgs(name string, args py.Tuple, kw py.StringDict) (sep py.Object, max int, err error) {
	var osep, omax py.Object = py.None, py.Int(-1)
	if err := py.ParseTupleAndKeywords(args, kw, "|OO:"+name, []string{"sep", "maxsplit"}, &osep, &omax); err != nil {
		return nil, 0, err
	}
	max, err = argInt(omax)
	if err != nil {
		return nil, 0, err
	}
	if osep != py.None {
		if _, ok := osep.(py.String); !ok {
			return nil, 0, py.ExceptionNewf(py.TypeError, "must be str or None, not %s", osep.Type().Name)
		}
		if osep.(py.String) == "" {
			return nil, 0, py.ExceptionNewf(py.ValueError, "empty separator")
		}
	}
	return osep, max, nil
}

// lineBreak reports the length of a line boundary at s[i:], or 0.
func lineBreak(s string, i int) int {
	r, sz := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return 2
		}
		return 1
	case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return sz
	}
	return 0
}

// SplitLines splits s at line boundaries as str.splitlines does.
func SplitLines(s string, keepends bool) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		if n := lineBreak(s, i); n > 0 {
			if keepends {
				out = append(out, s[start:i+n])
			} else {
				out = append(out, s[start:i])
			}
			i += n
			start = i
			continue
		}
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

func isCased(r rune) bool {
	return isUpperRune(r) || isLowerRune(r) || unicode.IsTitle(r)
}

// isUpperRune and isLowerRune use Unicode's Uppercase/Lowercase
// properties (which include Other_Uppercase, e.g. Roman numerals), as
// CPython does.
func isUpperRune(r rune) bool {
	return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r)
}

func isLowerRune(r rune) bool {
	return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r)
}

// Title returns s with words title-cased as str.title does.
func Title(s string) string {
	var b strings.Builder
	rs := []rune(s)
	prevCased := false
	for i, r := range rs {
		if prevCased {
			b.WriteString(lowerAt(rs, i))
		} else {
			b.WriteString(titleRune(r))
		}
		prevCased = isCased(r)
	}
	return b.String()
}

// Special case mappings (Unicode SpecialCasing.txt) for the characters
// where the full mapping differs from the simple one.
var (
	specialUpper = map[rune]string{'ß': "SS", 'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI", 'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST", 'ŉ': "ʼN", 'ǰ': "J̌", 'ΐ': "Ϊ́", 'ΰ': "Ϋ́", 'և': "ԵՒ"}
	specialTitle = map[rune]string{'ß': "Ss", 'ﬀ': "Ff", 'ﬁ': "Fi", 'ﬂ': "Fl", 'ﬃ': "Ffi", 'ﬄ': "Ffl", 'ﬅ': "St", 'ﬆ': "St", 'ŉ': "ʼN", 'և': "Եւ"}
	specialFold  = map[rune]string{'ß': "ss", 'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st", 'ŉ': "ʼn", 'ς': "σ", 'ẞ': "ss", 'և': "եւ"}
)

func titleRune(r rune) string {
	if t, ok := specialTitle[r]; ok {
		return t
	}
	return string(unicode.ToTitle(r))
}

func upperRune(r rune) string {
	if t, ok := specialUpper[r]; ok {
		return t
	}
	return string(unicode.ToUpper(r))
}

func lowerRune(r rune) string {
	if r == 'İ' {
		return "i̇"
	}
	return string(unicode.ToLower(r))
}

func isCaseIgnorable(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) || r == '\'' || r == '.' || r == ':' || r == '·'
}

// lowerAt lowers rs[i], using the final form of sigma at the end of a word
// as CPython does.
func lowerAt(rs []rune, i int) string {
	if rs[i] != 'Σ' {
		return lowerRune(rs[i])
	}
	before := false
	for j := i - 1; j >= 0; j-- {
		if isCaseIgnorable(rs[j]) {
			continue
		}
		before = isCased(rs[j])
		break
	}
	after := false
	for j := i + 1; j < len(rs); j++ {
		if isCaseIgnorable(rs[j]) {
			continue
		}
		after = isCased(rs[j])
		break
	}
	if before && !after {
		return "ς"
	}
	return "σ"
}

func upperString(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteString(upperRune(r))
	}
	return b.String()
}

func lowerString(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	rs := []rune(s)
	for i := range rs {
		b.WriteString(lowerAt(rs, i))
	}
	return b.String()
}

func casefoldString(s string) string {
	var b strings.Builder
	for _, r := range lowerString(s) {
		if f, ok := specialFold[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func padding(name string, s py.String, args py.Tuple) (int, int, rune, error) {
	if err := nargs(name, args, 1, 2); err != nil {
		return 0, 0, 0, err
	}
	width, err := argInt(args[0])
	if err != nil {
		return 0, 0, 0, err
	}
	fill := ' '
	if len(args) > 1 {
		f, ok := args[1].(py.String)
		if !ok {
			return 0, 0, 0, py.ExceptionNewf(py.TypeError, "%s() argument 2 must be str, not %s", name, args[1].Type().Name)
		}
		if utf8.RuneCountInString(string(f)) != 1 {
			return 0, 0, 0, py.ExceptionNewf(py.TypeError, "The fill character must be exactly one character long")
		}
		fill, _ = utf8.DecodeRuneInString(string(f))
	}
	n := strLen(string(s))
	return width, n, fill, nil
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 {
			if !(r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)) {
				return false
			}
			continue
		}
		if !(r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Pc, r)) {
			return false
		}
	}
	return true
}

func isPrintableRune(r rune) bool {
	if r == ' ' {
		return true
	}
	if r < 0x20 || r == 0x7f {
		return false
	}
	if unicode.Is(unicode.Zs, r) || unicode.Is(unicode.Zl, r) || unicode.Is(unicode.Zp, r) || unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Cs, r) || unicode.Is(unicode.Co, r) {
		return false
	}
	return unicode.IsPrint(r) || unicode.IsGraphic(r)
}

func isNumericRune(r rune) bool {
	return unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.No, r) || unicode.In(r, unicode.Han) && strings.ContainsRune("〇一二三四五六七八九十百千万億兆零", r)
}

func isDigitRune(r rune) bool {
	if unicode.Is(unicode.Nd, r) {
		return true
	}
	// superscripts and circled digits have a digit value
	return strings.ContainsRune("²³¹⁰⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉①②③④⑤⑥⑦⑧⑨", r)
}

func predicate(name string, fn func(r rune) bool) {
	strMethod(name, func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs(name, args, 0, 0); err != nil {
			return nil, err
		}
		if s == "" {
			return py.False, nil
		}
		for _, r := range string(s) {
			if !fn(r) {
				return py.False, nil
			}
		}
		return py.True, nil
	})
}

func init() {
	strMethod("join", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("join", args, 1, 1); err != nil {
			return nil, err
		}
		var b strings.Builder
		i := 0
		var ierr error
		err := py.Iterate(args[0], func(item py.Object) bool {
			str, ok := item.(py.String)
			if !ok {
				// an instance of a str subclass (bs4's NavigableString)
				str, ok = pyobj.GoBase(item).(py.String)
			}
			if !ok {
				ierr = py.ExceptionNewf(py.TypeError, "sequence item %d: expected str instance, %s found", i, item.Type().Name)
				return true
			}
			if i > 0 {
				b.WriteString(string(s))
			}
			b.WriteString(string(str))
			i++
			return false
		})
		if err != nil {
			if py.IsException(py.TypeError, err) && strings.Contains(err.Error(), "not iterable") {
				return nil, py.ExceptionNewf(py.TypeError, "can only join an iterable")
			}
			return nil, err
		}
		if ierr != nil {
			return nil, ierr
		}
		return py.String(b.String()), nil
	})
	strMethod("lower", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("lower", args, 0, 0); err != nil {
			return nil, err
		}
		return py.String(lowerString(string(s))), nil
	})
	strMethod("upper", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("upper", args, 0, 0); err != nil {
			return nil, err
		}
		return py.String(upperString(string(s))), nil
	})
	strMethod("casefold", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("casefold", args, 0, 0); err != nil {
			return nil, err
		}
		return py.String(casefoldString(string(s))), nil
	})
	strMethod("swapcase", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var b strings.Builder
		rs := []rune(string(s))
		for i, r := range rs {
			switch {
			case isUpperRune(r):
				b.WriteString(lowerAt(rs, i))
			case isLowerRune(r):
				b.WriteString(upperRune(r))
			default:
				b.WriteRune(r)
			}
		}
		return py.String(b.String()), nil
	})
	strMethod("title", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.String(Title(string(s))), nil
	})
	strMethod("capitalize", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if s == "" {
			return s, nil
		}
		r, sz := utf8.DecodeRuneInString(string(s))
		return py.String(titleRune(r) + lowerString(string(s[sz:]))), nil
	})
	strMethod("count", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("count", args, 1, 3); err != nil {
			return nil, err
		}
		sub, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "must be str, not %s", args[0].Type().Name)
		}
		lo, hi, empty, err := window(string(s), args[1:])
		if err != nil {
			return nil, err
		}
		if empty {
			return py.Int(0), nil
		}
		return py.Int(countSub(string(s)[lo:hi], string(sub))), nil
	})
	strMethod("find", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		i, err := findCommon("find", s, args, false)
		return py.Int(i), err
	})
	strMethod("rfind", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		i, err := findCommon("rfind", s, args, true)
		return py.Int(i), err
	})
	strMethod("index", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		i, err := findCommon("index", s, args, false)
		if err == nil && i < 0 {
			err = py.ExceptionNewf(py.ValueError, "substring not found")
		}
		return py.Int(i), err
	})
	strMethod("rindex", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		i, err := findCommon("rindex", s, args, true)
		if err == nil && i < 0 {
			err = py.ExceptionNewf(py.ValueError, "substring not found")
		}
		return py.Int(i), err
	})
	strMethod("split", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		sep, max, err := splitArgs("split", args, kw)
		if err != nil {
			return nil, err
		}
		if sep == py.None {
			return pyList(splitWS(string(s), max)), nil
		}
		n := max + 1
		if max < 0 {
			n = -1
		}
		return pyList(strings.SplitN(string(s), string(sep.(py.String)), n)), nil
	})
	strMethod("rsplit", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		sep, max, err := splitArgs("rsplit", args, kw)
		if err != nil {
			return nil, err
		}
		if sep == py.None {
			return pyList(rsplitWS(string(s), max)), nil
		}
		if max < 0 {
			return pyList(strings.Split(string(s), string(sep.(py.String)))), nil
		}
		str, sp := string(s), string(sep.(py.String))
		var out []string
		for max > 0 {
			i := strings.LastIndex(str, sp)
			if i < 0 {
				break
			}
			out = append(out, str[i+len(sp):])
			str = str[:i]
			max--
		}
		out = append(out, str)
		for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
			out[a], out[b] = out[b], out[a]
		}
		return pyList(out), nil
	})
	strMethod("splitlines", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var keep py.Object = py.False
		if err := py.ParseTupleAndKeywords(args, kw, "|O:splitlines", []string{"keepends"}, &keep); err != nil {
			return nil, err
		}
		k, err := py.ObjectIsTrue(keep)
		if err != nil {
			return nil, err
		}
		return pyList(SplitLines(string(s), k)), nil
	})
	partition := func(name string, rev bool) {
		strMethod(name, func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := nargs(name, args, 1, 1); err != nil {
				return nil, err
			}
			sep, ok := args[0].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "must be str, not %s", args[0].Type().Name)
			}
			if sep == "" {
				return nil, py.ExceptionNewf(py.ValueError, "empty separator")
			}
			var i int
			if rev {
				i = strings.LastIndex(string(s), string(sep))
			} else {
				i = strings.Index(string(s), string(sep))
			}
			if i < 0 {
				if rev {
					return py.Tuple{py.String(""), py.String(""), s}, nil
				}
				return py.Tuple{s, py.String(""), py.String("")}, nil
			}
			return py.Tuple{s[:i], sep, s[i+len(sep):]}, nil
		})
	}
	partition("partition", false)
	partition("rpartition", true)
	strMethod("zfill", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("zfill", args, 1, 1); err != nil {
			return nil, err
		}
		width, err := argInt(args[0])
		if err != nil {
			return nil, err
		}
		n := strLen(string(s))
		if n >= width {
			return s, nil
		}
		str := string(s)
		sign := ""
		if str != "" && (str[0] == '+' || str[0] == '-') {
			sign, str = str[:1], str[1:]
		}
		return py.String(sign + strings.Repeat("0", width-n) + str), nil
	})
	strMethod("center", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		width, n, fill, err := padding("center", s, args)
		if err != nil || n >= width {
			return s, err
		}
		marg := width - n
		left := marg/2 + (marg & width & 1)
		return py.String(strings.Repeat(string(fill), left) + string(s) + strings.Repeat(string(fill), marg-left)), nil
	})
	strMethod("ljust", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		width, n, fill, err := padding("ljust", s, args)
		if err != nil || n >= width {
			return s, err
		}
		return py.String(string(s) + strings.Repeat(string(fill), width-n)), nil
	})
	strMethod("rjust", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		width, n, fill, err := padding("rjust", s, args)
		if err != nil || n >= width {
			return s, err
		}
		return py.String(strings.Repeat(string(fill), width-n) + string(s)), nil
	})
	strMethod("expandtabs", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var ts py.Object = py.Int(8)
		if err := py.ParseTupleAndKeywords(args, kw, "|O:expandtabs", []string{"tabsize"}, &ts); err != nil {
			return nil, err
		}
		size, err := argInt(ts)
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		col := 0
		for _, r := range string(s) {
			switch r {
			case '\t':
				if size > 0 {
					n := size - col%size
					b.WriteString(strings.Repeat(" ", n))
					col += n
				}
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		return py.String(b.String()), nil
	})
	predicate("isdigit", isDigitRune)
	predicate("isdecimal", func(r rune) bool { return unicode.Is(unicode.Nd, r) })
	predicate("isnumeric", func(r rune) bool { return isNumericRune(r) || isDigitRune(r) })
	predicate("isalpha", unicode.IsLetter)
	predicate("isalnum", func(r rune) bool { return unicode.IsLetter(r) || isNumericRune(r) || isDigitRune(r) })
	predicate("isspace", isPySpace)
	predicate("isprintable", isPrintableRune)
	strMethod("isprintable", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		for _, r := range string(s) {
			if !isPrintableRune(r) {
				return py.False, nil
			}
		}
		return py.True, nil
	})
	strMethod("isascii", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.NewBool(isASCII(string(s))), nil
	})
	strMethod("isidentifier", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.NewBool(isIdentifier(string(s))), nil
	})
	strMethod("isupper", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		cased := false
		for _, r := range string(s) {
			if isLowerRune(r) || unicode.IsTitle(r) {
				return py.False, nil
			}
			if isUpperRune(r) {
				cased = true
			}
		}
		return py.NewBool(cased), nil
	})
	strMethod("islower", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		cased := false
		for _, r := range string(s) {
			if isUpperRune(r) || unicode.IsTitle(r) {
				return py.False, nil
			}
			if isLowerRune(r) {
				cased = true
			}
		}
		return py.NewBool(cased), nil
	})
	strMethod("istitle", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		cased, prevCased := false, false
		for _, r := range string(s) {
			switch {
			case isUpperRune(r) || unicode.IsTitle(r):
				if prevCased {
					return py.False, nil
				}
				prevCased, cased = true, true
			case isLowerRune(r):
				if !prevCased {
					return py.False, nil
				}
				prevCased, cased = true, true
			default:
				prevCased = false
			}
		}
		return py.NewBool(cased), nil
	})
	strMethod("removeprefix", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("removeprefix", args, 1, 1); err != nil {
			return nil, err
		}
		p, err := argStr("removeprefix", args[0], "argument")
		if err != nil {
			return nil, err
		}
		return py.String(strings.TrimPrefix(string(s), p)), nil
	})
	strMethod("removesuffix", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("removesuffix", args, 1, 1); err != nil {
			return nil, err
		}
		p, err := argStr("removesuffix", args[0], "argument")
		if err != nil {
			return nil, err
		}
		return py.String(strings.TrimSuffix(string(s), p)), nil
	})
	affix := func(name string, suffix bool) {
		strMethod(name, func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := nargs(name, args, 1, 3); err != nil {
				return nil, err
			}
			var subs []string
			switch a := args[0].(type) {
			case py.String:
				subs = []string{string(a)}
			case py.Tuple:
				for _, it := range a {
					v, ok := it.(py.String)
					if !ok {
						return nil, py.ExceptionNewf(py.TypeError, "tuple for %s must only contain str, not %s", name, it.Type().Name)
					}
					subs = append(subs, string(v))
				}
			default:
				return nil, py.ExceptionNewf(py.TypeError, "%s first arg must be str or a tuple of str, not %s", name, args[0].Type().Name)
			}
			str := string(s)
			n := strLen(str)
			start, end, err := sliceBounds(args[1:], n)
			if err != nil {
				return nil, err
			}
			if start > n {
				return py.False, nil
			}
			lo, hi := start, end
			if n != len(str) && start <= end {
				lo, hi = byteOffset(str, start), byteOffset(str, end)
			}
			for _, sub := range subs {
				if end-start < strLen(sub) {
					continue
				}
				w := str[lo:hi]
				if (suffix && strings.HasSuffix(w, sub)) || (!suffix && strings.HasPrefix(w, sub)) {
					return py.True, nil
				}
			}
			return py.False, nil
		})
	}
	affix("startswith", false)
	affix("endswith", true)
	strip := func(name string, left, right bool) {
		strMethod(name, func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := nargs(name, args, 0, 1); err != nil {
				return nil, err
			}
			str := string(s)
			if len(args) == 0 || args[0] == py.None {
				if left {
					str = strings.TrimLeftFunc(str, isPySpace)
				}
				if right {
					str = strings.TrimRightFunc(str, isPySpace)
				}
				return py.String(str), nil
			}
			chars, ok := args[0].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "%s arg must be None or str", name)
			}
			if left {
				str = strings.TrimLeft(str, string(chars))
			}
			if right {
				str = strings.TrimRight(str, string(chars))
			}
			return py.String(str), nil
		})
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
	strMethod("replace", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("replace", args, 2, 3); err != nil {
			return nil, err
		}
		old, err := argStr("replace", args[0], "argument 1")
		if err != nil {
			return nil, err
		}
		nw, err := argStr("replace", args[1], "argument 2")
		if err != nil {
			return nil, err
		}
		n := -1
		if len(args) > 2 {
			if n, err = argInt(args[2]); err != nil {
				return nil, err
			}
		}
		return py.String(strings.Replace(string(s), old, nw, n)), nil
	})
	strMethod("encode", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var enc, errs py.Object = py.String("utf-8"), py.String("strict")
		if err := py.ParseTupleAndKeywords(args, kw, "|OO:encode", []string{"encoding", "errors"}, &enc, &errs); err != nil {
			return nil, err
		}
		e, err := argStr("encode", enc, "argument 'encoding'")
		if err != nil {
			return nil, err
		}
		h, err := argStr("encode", errs, "argument 'errors'")
		if err != nil {
			return nil, err
		}
		b, err := Encode(string(s), e, h)
		if err != nil {
			return nil, err
		}
		return NewBytes(b), nil
	})
	strMethod("translate", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("translate", args, 1, 1); err != nil {
			return nil, err
		}
		table := args[0]
		var b strings.Builder
		for _, r := range string(s) {
			v, err := py.GetItem(table, py.Int(r))
			if err != nil {
				if py.IsException(py.LookupError, err) {
					b.WriteRune(r)
					continue
				}
				return nil, err
			}
			switch x := v.(type) {
			case py.NoneType:
			case py.String:
				b.WriteString(string(x))
			case py.Int:
				if x < 0 || x > 0x10ffff {
					return nil, py.ExceptionNewf(py.ValueError, "character mapping must be in range(0x110000)")
				}
				b.WriteRune(rune(x))
			default:
				return nil, py.ExceptionNewf(py.TypeError, "character mapping must return integer, None or str")
			}
		}
		return py.String(b.String()), nil
	})
	py.StringType.Dict["maketrans"] = py.MustNewMethod("maketrans", func(self py.Object, args py.Tuple) (py.Object, error) {
		// self is the str for "".maketrans(...), the type for str.maketrans(...)
		return makeTrans(args)
	}, 0, "str.maketrans(x[, y[, z]]) -> dict for str.translate")
	strMethod("format", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		out, err := FormatString(string(s), args, func(name string) (py.Object, bool, error) {
			v, ok := kw[name]
			return v, ok, nil
		})
		if err != nil {
			return nil, err
		}
		return py.String(out), nil
	})
	strMethod("format_map", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("format_map", args, 1, 1); err != nil {
			return nil, err
		}
		m := args[0]
		out, err := FormatString(string(s), nil, func(name string) (py.Object, bool, error) {
			v, err := py.GetItem(m, py.String(name))
			if err != nil {
				if py.IsException(py.KeyError, err) {
					return nil, false, err
				}
				return nil, false, err
			}
			return v, true, nil
		})
		if err != nil {
			return nil, err
		}
		return py.String(out), nil
	})
	strMethod("__format__", func(s py.String, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("__format__", args, 1, 1); err != nil {
			return nil, err
		}
		spec, err := argStr("__format__", args[0], "argument")
		if err != nil {
			return nil, err
		}
		out, err := FormatValue(s, spec)
		return py.String(out), err
	})
}

// makeTrans builds the mapping for str.translate.
func makeTrans(args py.Tuple) (py.Object, error) {
	if err := nargs("maketrans", args, 1, 3); err != nil {
		return nil, err
	}
	out := newMapping()
	if len(args) == 1 {
		items, err := mappingItems(args[0])
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		for _, kv := range items {
			k := kv[0]
			if ks, ok := k.(py.String); ok {
				if utf8.RuneCountInString(string(ks)) != 1 {
					return nil, py.ExceptionNewf(py.ValueError, "string keys in translate table must be of length 1")
				}
				r, _ := utf8.DecodeRuneInString(string(ks))
				k = py.Int(r)
			} else if _, ok := k.(py.Int); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "keys in translate table must be strings or integers")
			}
			if err := out.set(k, kv[1]); err != nil {
				return nil, err
			}
		}
		return out.obj, nil
	}
	x, ok1 := args[0].(py.String)
	y, ok2 := args[1].(py.String)
	if !ok1 || !ok2 {
		return nil, py.ExceptionNewf(py.TypeError, "maketrans() argument must be str")
	}
	xr, yr := []rune(string(x)), []rune(string(y))
	if len(xr) != len(yr) {
		return nil, py.ExceptionNewf(py.ValueError, "the first two maketrans arguments must have equal length")
	}
	for i := range xr {
		if err := out.set(py.Int(xr[i]), py.Int(yr[i])); err != nil {
			return nil, err
		}
	}
	if len(args) == 3 {
		z, ok := args[2].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "maketrans() argument 3 must be str, not %s", args[2].Type().Name)
		}
		for _, r := range string(z) {
			if err := out.set(py.Int(r), py.None); err != nil {
				return nil, err
			}
		}
	}
	return out.obj, nil
}
