package pyobj

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// ComplexRepr formats a complex number as CPython's repr and str: the
// imaginary part alone ("1j", "-0j") when the real part is +0.0, else
// "(re±imj)"; each part is the float's repr without a trailing ".0"
// ("inf", "nan", "1e+16"). gpython v0.2.0 formats complex numbers with Go's
// %g ("(0+1j)", "(+Inf+NaNj)").
func ComplexRepr(c complex128) string {
	re, im := real(c), imag(c)
	part := func(f float64) string { return strings.TrimSuffix(FloatRepr(f), ".0") }
	if re == 0 && !math.Signbit(re) {
		return part(im) + "j"
	}
	ims := part(im)
	if !strings.HasPrefix(ims, "-") {
		ims = "+" + ims
	}
	return "(" + part(re) + ims + "j)"
}

// gpython v0.2.0 names its complex type "complex64" (type(1j).__name__,
// error messages); CPython's is "complex".
func init() { py.ComplexType.Name = "complex" }

// hashComplex is CPython's hash of a complex number: hash(real) +
// 1000003*hash(imag) in unsigned arithmetic (-1 becomes -2), so that
// hash(z) == hash(z.real) when z.imag == 0.
func hashComplex(c complex128) int64 {
	h := int64(uint64(hashFloat(real(c))) + 1000003*uint64(hashFloat(imag(c))))
	if h == -1 {
		h = -2
	}
	return h
}

// ParseComplex reads complex(s) as CPython does: optional spaces and
// parentheses around "re", "imj", "re±imj" (a missing imaginary
// coefficient is 1, "j" alone is 1j), with float syntax for the parts
// (underscores, inf, nan).
func ParseComplex(s string) (complex128, bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	if s == "" || strings.ContainsAny(s, " \t\n") {
		return 0, false
	}
	num := func(t string) (float64, bool) {
		if t == "" || t == "+" || t == "-" {
			return 0, false
		}
		if strings.Contains(t, "__") || strings.HasPrefix(strings.TrimLeft(t, "+-"), "_") || strings.HasSuffix(t, "_") {
			return 0, false
		}
		f, err := strconv.ParseFloat(strings.ReplaceAll(t, "_", ""), 64)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
				return f, true
			}
			switch strings.ToLower(strings.TrimLeft(t, "+-")) {
			case "inf", "infinity":
				f = math.Inf(1)
			case "nan":
				f = math.NaN()
			default:
				return 0, false
			}
			if strings.HasPrefix(t, "-") {
				f = -f
			}
		}
		return f, true
	}
	last := s[len(s)-1]
	if last != 'j' && last != 'J' {
		f, ok := num(s)
		return complex(f, 0), ok
	}
	body := s[:len(s)-1]
	// the imaginary part starts at the last sign not inside an exponent
	split := -1
	for i := len(body) - 1; i > 0; i-- {
		if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
			split = i
			break
		}
	}
	re, imText := 0.0, body
	if split > 0 {
		var ok bool
		if re, ok = num(body[:split]); !ok {
			return 0, false
		}
		imText = body[split:]
	}
	switch imText {
	case "", "+":
		return complex(re, 1), true
	case "-":
		return complex(re, -1), true
	}
	im, ok := num(imText)
	return complex(re, im), ok
}

func init() {
	prev := py.ComplexType.New
	py.ComplexType.New = func(meta *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) >= 1 {
			if s, ok := args[0].(py.String); ok {
				if len(args) > 1 || len(kw) > 0 {
					return nil, py.ExceptionNewf(py.TypeError, "complex() can't take second arg if first is a string")
				}
				c, ok := ParseComplex(string(s))
				if !ok {
					if strings.Contains(string(s), "_") {
						r, _ := ReprString(s)
						return nil, py.ExceptionNewf(py.ValueError, "could not convert string to complex: %s", r)
					}
					return nil, py.ExceptionNewf(py.ValueError, "complex() arg is a malformed string")
				}
				return py.Complex(c), nil
			}
		}
		return prev(meta, args, kw)
	}
}
