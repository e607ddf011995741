package methods

import (
	"math"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// formatComplex is format(z, spec) as CPython's complex.__format__: each
// part formatted with the spec's numeric part (the imaginary one with a
// sign), "j" after them, the whole padded to the width; without a
// presentation type the parts are their repr (or 'g' with a precision),
// in parentheses unless the real part is +0 and left out. gpython v0.2.0
// has no complex __format__ ("unsupported format string").
func formatComplex(c complex128, specStr string) (string, error) {
	if specStr == "" {
		return pyobj.ComplexRepr(c), nil
	}
	sp, err := parseSpec(specStr, "complex")
	if err != nil {
		return "", err
	}
	switch {
	case sp.zero:
		return "", py.ExceptionNewf(py.ValueError, "Zero padding is not allowed in complex format specifier")
	case sp.align == '=':
		return "", py.ExceptionNewf(py.ValueError, "'=' alignment flag is not allowed in complex format specifier")
	case sp.typ == '%':
		return "", py.ExceptionNewf(py.ValueError, "Unknown format code '%%' for object of type 'complex'")
	}
	re, im := real(c), imag(c)
	inner := *sp
	inner.fill, inner.align, inner.width = ' ', 0, 0
	skipRe, parens, reprStyle := false, false, false
	if sp.typ == 0 {
		skipRe = re == 0 && !math.Signbit(re)
		parens = !skipRe
		if sp.precision < 0 {
			reprStyle = true
		} else {
			inner.typ = 'g'
		}
	}
	part := func(x float64, s *spec) (string, error) {
		if !reprStyle {
			return formatFloat(x, s, "complex")
		}
		r := strings.TrimSuffix(pyobj.FloatRepr(x), ".0")
		if !strings.HasPrefix(r, "-") {
			switch s.sign {
			case '+':
				r = "+" + r
			case ' ':
				r = " " + r
			}
		}
		return r, nil
	}
	reS := ""
	if !skipRe {
		if reS, err = part(re, &inner); err != nil {
			return "", err
		}
	}
	imSpec := inner
	if !skipRe {
		imSpec.sign = '+'
	}
	imS, err := part(im, &imSpec)
	if err != nil {
		return "", err
	}
	body := reS + imS + "j"
	if parens {
		body = "(" + body + ")"
	}
	return sp.pad("", body, '>'), nil
}
