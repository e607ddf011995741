package textmods

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"golang.org/x/text/unicode/norm"

	"github.com/gowikibot/gowikibot/pyshim/python/lib/pyre"
)

// The normalization data (decompositions, combining classes, composition)
// and the character names come from golang.org/x/text (Unicode 15.0.0,
// as Go's own unicode package); the numeric values, which x/text does not
// carry, from the generated unidata.go.

var (
	numericOnce sync.Once
	numericMap  map[rune]float64
)

func loadNumeric() {
	numericOnce.Do(func() {
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
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	return int(norm.NFD.Properties(buf[:n]).CCC())
}

// normForm returns the x/text form named as Python names it.
func normForm(form string) (norm.Form, error) {
	switch form {
	case "NFC":
		return norm.NFC, nil
	case "NFD":
		return norm.NFD, nil
	case "NFKC":
		return norm.NFKC, nil
	case "NFKD":
		return norm.NFKD, nil
	}
	return 0, py.ExceptionNewf(py.ValueError, "invalid normalization form")
}

// Normalize applies a Unicode normalization form (NFC, NFD, NFKC, NFKD).
func Normalize(form, s string) (string, error) {
	f, err := normForm(form)
	if err != nil {
		return "", err
	}
	return f.String(s), nil
}

// IsNormalized reports whether s is in the normalization form.
func IsNormalized(form, s string) (bool, error) {
	f, err := normForm(form)
	if err != nil {
		return false, err
	}
	return f.IsNormalString(s), nil
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
			ok, err := IsNormalized(form, s)
			if err != nil {
				return nil, err
			}
			return py.NewBool(ok), nil
		}),
		charFn("category", func(r rune, _ py.Object) (py.Object, error) { return py.String(Category(r)), nil }),
		charFn("combining", func(r rune, _ py.Object) (py.Object, error) { return py.Int(CombiningClass(r)), nil }),
		charFn("name", func(r rune, def py.Object) (py.Object, error) {
			if n, ok := pyre.CharName(r); ok {
				return py.String(n), nil
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
			loadNumeric()
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
			loadNumeric()
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
	methods = append(methods, unicodedataProps()...)
	register("unicodedata", "Access to the Unicode Character Database.", methods, py.StringDict{
		"unidata_version": py.String(unidataVersion),
	})
}
