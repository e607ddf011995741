package pyobj

import (
	"math"
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
