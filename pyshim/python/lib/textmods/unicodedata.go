package textmods

import (
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/pyre"
)

var (
	uniOnce    sync.Once
	canonDec   map[rune][]rune
	compatDec  map[rune][]rune
	cccRanges  [][3]int
	composeMap map[[2]rune]rune
	numericMap map[rune]float64
)

func loadUnidata() {
	uniOnce.Do(func() {
		canonDec = map[rune][]rune{}
		compatDec = map[rune][]rune{}
		for _, line := range strings.Split(decompData, "\n") {
			sep := strings.IndexAny(line, "=~")
			c, _ := strconv.ParseInt(line[:sep], 16, 32)
			var rs []rune
			for _, f := range strings.Fields(line[sep+1:]) {
				v, _ := strconv.ParseInt(f, 16, 32)
				rs = append(rs, rune(v))
			}
			if line[sep] == '=' {
				canonDec[rune(c)] = rs
			} else {
				compatDec[rune(c)] = rs
			}
		}
		for _, line := range strings.Split(cccData, "\n") {
			f := strings.Fields(line)
			a, _ := strconv.ParseInt(f[0], 16, 32)
			b, _ := strconv.ParseInt(f[1], 16, 32)
			k, _ := strconv.Atoi(f[2])
			cccRanges = append(cccRanges, [3]int{int(a), int(b), k})
		}
		composeMap = map[[2]rune]rune{}
		for _, f := range strings.Fields(compositeData) {
			v, _ := strconv.ParseInt(f, 16, 32)
			d := canonDec[rune(v)]
			composeMap[[2]rune{d[0], d[1]}] = rune(v)
		}
		numericMap = map[rune]float64{}
		for _, line := range strings.Split(numericData, "\n") {
			f := strings.Fields(line)
			c, _ := strconv.ParseInt(f[0], 16, 32)
			v, _ := strconv.ParseFloat(f[1], 64)
			numericMap[rune(c)] = v
		}
	})
}

// CombiningClass returns the canonical combining class of r.
func CombiningClass(r rune) int {
	loadUnidata()
	i := sort.Search(len(cccRanges), func(i int) bool { return cccRanges[i][1] >= int(r) })
	if i < len(cccRanges) && cccRanges[i][0] <= int(r) {
		return cccRanges[i][2]
	}
	return 0
}

const (
	hangulSBase  = 0xAC00
	hangulLBase  = 0x1100
	hangulVBase  = 0x1161
	hangulTBase  = 0x11A7
	hangulLCount = 19
	hangulVCount = 21
	hangulTCount = 28
	hangulNCount = hangulVCount * hangulTCount
	hangulSCount = hangulLCount * hangulNCount
)

func decompose(r rune, compat bool, out []rune) []rune {
	if r >= hangulSBase && r < hangulSBase+hangulSCount {
		s := int(r - hangulSBase)
		out = append(out, rune(hangulLBase+s/hangulNCount), rune(hangulVBase+(s%hangulNCount)/hangulTCount))
		if t := s % hangulTCount; t != 0 {
			out = append(out, rune(hangulTBase+t))
		}
		return out
	}
	if d, ok := canonDec[r]; ok {
		for _, c := range d {
			out = decompose(c, compat, out)
		}
		return out
	}
	if compat {
		if d, ok := compatDec[r]; ok {
			for _, c := range d {
				out = decompose(c, compat, out)
			}
			return out
		}
	}
	return append(out, r)
}

func composePair(s, c rune) (rune, bool) {
	if s >= hangulLBase && s < hangulLBase+hangulLCount && c >= hangulVBase && c < hangulVBase+hangulVCount {
		return rune(hangulSBase + (int(s-hangulLBase)*hangulVCount+int(c-hangulVBase))*hangulTCount), true
	}
	if s >= hangulSBase && s < hangulSBase+hangulSCount && (s-hangulSBase)%hangulTCount == 0 && c > hangulTBase && c < hangulTBase+hangulTCount {
		return s + (c - hangulTBase), true
	}
	p, ok := composeMap[[2]rune{s, c}]
	return p, ok
}

func compose(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	starter := -1
	lastCCC := 0
	for _, c := range rs {
		ccc := CombiningClass(c)
		if starter >= 0 {
			adjacent := len(out)-1 == starter
			if adjacent || (lastCCC != 0 && lastCCC < ccc) {
				if p, ok := composePair(out[starter], c); ok {
					out[starter] = p
					continue
				}
			}
		}
		if ccc == 0 {
			starter = len(out)
		}
		out = append(out, c)
		lastCCC = ccc
	}
	return out
}

// reorder puts combining marks in canonical order.
func reorder(rs []rune) {
	i := 0
	for i < len(rs) {
		if CombiningClass(rs[i]) == 0 {
			i++
			continue
		}
		j := i
		for j < len(rs) && CombiningClass(rs[j]) != 0 {
			j++
		}
		seg := rs[i:j]
		sort.SliceStable(seg, func(a, b int) bool { return CombiningClass(seg[a]) < CombiningClass(seg[b]) })
		i = j
	}
}

// Normalize applies a Unicode normalization form (NFC, NFD, NFKC, NFKD).
func Normalize(form, s string) (string, error) {
	loadUnidata()
	var compat, comp bool
	switch form {
	case "NFC":
		comp = true
	case "NFD":
	case "NFKC":
		compat, comp = true, true
	case "NFKD":
		compat = true
	default:
		return "", py.ExceptionNewf(py.ValueError, "invalid normalization form")
	}
	var rs []rune
	for _, r := range s {
		rs = decompose(r, compat, rs)
	}
	reorder(rs)
	if comp {
		rs = compose(rs)
	}
	return string(rs), nil
}

// Category returns the two-letter general category of r.
func Category(r rune) string {
	for _, c := range categoryOrder {
		if unicode.Is(unicode.Categories[c], r) {
			return c
		}
	}
	return "Cn"
}

var categoryOrder = []string{"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Co", "Cs"}

// DigitValue returns the decimal value of an Nd character.
func DigitValue(r rune) (int, bool) {
	if !unicode.Is(unicode.Nd, r) {
		return 0, false
	}
	n := 0
	for k := r - 1; n < 9 && unicode.Is(unicode.Nd, k); k-- {
		n++
	}
	// runs of digits are whole decades; count back within the decade
	first := r - rune(n)
	return int(r-first) % 10, true
}

func charArg(fname string, o py.Object) (rune, error) {
	s, ok := o.(py.String)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "%s() argument must be a unicode character, not %s", fname, typeName(o))
	}
	rs := []rune(string(s))
	if len(rs) != 1 {
		return 0, py.ExceptionNewf(py.TypeError, "%s() argument must be a unicode character, not str", fname)
	}
	return rs[0], nil
}

func charFn(name string, fn func(r rune, def py.Object) (py.Object, error)) *py.Method {
	return method(name, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs(name, args, kwargs, []string{"chr", "default"}, 1)
		if err != nil {
			return nil, err
		}
		r, err := charArg(name, a[0])
		if err != nil {
			return nil, err
		}
		return fn(r, a[1])
	})
}

func init() {
	methods := []*py.Method{
		method("normalize", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("normalize", args, kwargs, []string{"form", "unistr"}, 2)
			if err != nil {
				return nil, err
			}
			form, err := strArg("normalize", a[0], "")
			if err != nil {
				return nil, err
			}
			s, err := strArg("normalize", a[1], "")
			if err != nil {
				return nil, err
			}
			out, err := Normalize(form, s)
			if err != nil {
				return nil, err
			}
			return py.String(out), nil
		}),
		method("is_normalized", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("is_normalized", args, kwargs, []string{"form", "unistr"}, 2)
			if err != nil {
				return nil, err
			}
			form, err := strArg("is_normalized", a[0], "")
			if err != nil {
				return nil, err
			}
			s, err := strArg("is_normalized", a[1], "")
			if err != nil {
				return nil, err
			}
			out, err := Normalize(form, s)
			if err != nil {
				return nil, err
			}
			return py.NewBool(out == s), nil
		}),
		charFn("category", func(r rune, _ py.Object) (py.Object, error) { return py.String(Category(r)), nil }),
		charFn("combining", func(r rune, _ py.Object) (py.Object, error) { return py.Int(CombiningClass(r)), nil }),
		charFn("name", func(r rune, def py.Object) (py.Object, error) {
			if n, ok := pyre.NameOf(r); ok {
				return py.String(n), nil
			}
			if r >= 0x4E00 && r <= 0x9FFF {
				return py.String("CJK UNIFIED IDEOGRAPH-" + strings.ToUpper(strconv.FormatInt(int64(r), 16))), nil
			}
			if def != nil {
				return def, nil
			}
			return nil, py.ExceptionNewf(py.ValueError, "no such name")
		}),
		charFn("decimal", func(r rune, def py.Object) (py.Object, error) {
			if v, ok := DigitValue(r); ok {
				return py.Int(v), nil
			}
			if def != nil {
				return def, nil
			}
			return nil, py.ExceptionNewf(py.ValueError, "not a decimal")
		}),
		charFn("digit", func(r rune, def py.Object) (py.Object, error) {
			if v, ok := DigitValue(r); ok {
				return py.Int(v), nil
			}
			loadUnidata()
			if v, ok := numericMap[r]; ok && v == float64(int(v)) && v >= 0 && v <= 9 && unicode.Is(unicode.No, r) {
				return py.Int(int(v)), nil
			}
			if def != nil {
				return def, nil
			}
			return nil, py.ExceptionNewf(py.ValueError, "not a digit")
		}),
		charFn("numeric", func(r rune, def py.Object) (py.Object, error) {
			if v, ok := DigitValue(r); ok {
				return py.Float(v), nil
			}
			loadUnidata()
			if v, ok := numericMap[r]; ok {
				return py.Float(v), nil
			}
			if def != nil {
				return def, nil
			}
			return nil, py.ExceptionNewf(py.ValueError, "not a numeric character")
		}),
		method("lookup", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("lookup", args, kwargs, []string{"name"}, 1)
			if err != nil {
				return nil, err
			}
			name, err := strArg("lookup", a[0], "")
			if err != nil {
				return nil, err
			}
			if r, ok := pyre.LookupName(name); ok {
				return py.String(string(r)), nil
			}
			return nil, keyError(py.String("undefined character name '" + name + "'"))
		}),
	}
	register("unicodedata", "Access to the Unicode Character Database.", methods, py.StringDict{
		"unidata_version": py.String(unidataVersion),
	})
}
