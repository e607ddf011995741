package gomods

import (
	"math"
	"math/cmplx"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// cmath (Go module): CPython's cmath on math/cmplx, with CPython's
// argument conversion (complex, float, int, __complex__, __float__,
// __index__), its errors (ValueError "math domain error" at a pole or for
// a domain error, OverflowError "math range error" for a finite argument
// whose result overflows) and its special values where math/cmplx differs.

// toComplex converts a cmath argument as CPython does.
func toComplex(o py.Object) (complex128, error) {
	switch v := o.(type) {
	case py.Complex:
		return complex128(v), nil
	case py.Float:
		return complex(float64(v), 0), nil
	case py.Int, py.Bool:
		f, err := toFloat(v)
		return complex(f, 0), err
	case *py.BigInt:
		f, err := py.MakeFloat(v)
		if err != nil {
			return 0, err
		}
		return complex(float64(f.(py.Float)), 0), nil
	}
	if b := pyobj.GoBase(o); b != nil && b != o {
		return toComplex(b)
	}
	for _, name := range []string{"__complex__", "__float__", "__index__"} {
		fn, err := py.GetAttrString(o, name)
		if err != nil {
			continue
		}
		r, err := py.Call(fn, nil, nil)
		if err != nil {
			return 0, err
		}
		if name == "__complex__" {
			if c, ok := r.(py.Complex); ok {
				return complex128(c), nil
			}
			return 0, py.ExceptionNewf(py.TypeError, "__complex__ returned non-complex (type %s)", typeName(r))
		}
		return toComplex(r)
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", typeName(o))
}

func isFinite(c complex128) bool {
	return !math.IsInf(real(c), 0) && !math.IsNaN(real(c)) && !math.IsInf(imag(c), 0) && !math.IsNaN(imag(c))
}

// cmathResult checks a result as CPython does: an infinite or NaN part
// from a finite argument is an error (overflow when a part is infinite
// and overflow is how the function fails, as exp(1000), else a domain
// error).
func cmathResult(arg, r complex128, overflowOK bool) (py.Object, error) {
	if isFinite(arg) && !isFinite(r) {
		if overflowOK && (math.IsInf(real(r), 0) || math.IsInf(imag(r), 0)) {
			return nil, py.ExceptionNewf(py.OverflowError, "math range error")
		}
		return nil, py.ExceptionNewf(py.ValueError, "math domain error")
	}
	return py.Complex(r), nil
}

// cmathFunc makes a one-argument cmath function from fn; overflow says
// whether an infinite result of a finite argument is an OverflowError.
func cmathFunc(name string, fn func(complex128) complex128, overflow bool) func(py.Object, py.Tuple) (py.Object, error) {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "cmath.%s() takes exactly one argument (%d given)", name, len(args))
		}
		z, err := toComplex(args[0])
		if err != nil {
			return nil, err
		}
		return cmathResult(z, fn(z), overflow)
	}
}

// The functions below follow the formulas of W. Kahan, "Branch Cuts for
// Complex Elementary Functions" (1987), as CPython's cmath does: math/cmplx
// loses accuracy near zero (cmplx.Asin(1e-8+1e-8i) is wrong in the 8th
// digit). Non-finite arguments go to math/cmplx. The real functions they
// use are Go's (not glibc's libm), so results may differ from CPython's in
// the last digit or two.

// largeDouble is where squaring would overflow (CPython's
// CM_LARGE_DOUBLE); logLargeDouble its log.
var (
	largeDouble    = math.MaxFloat64 / 4
	sqrtLargeDbl   = math.Sqrt(largeDouble)
	logLargeDouble = math.Log(largeDouble)
)

// hypot is sqrt(x*x + y*y) rounded once more than math.Hypot (which
// computes p*sqrt(1+(q/p)**2) and is often an ulp off glibc's, which
// CPython uses), scaled where the squares would overflow or underflow.
func hypot(x, y float64) float64 {
	ax, ay := math.Abs(x), math.Abs(y)
	if math.IsInf(ax, 0) || math.IsInf(ay, 0) {
		return math.Inf(1)
	}
	m := math.Max(ax, ay)
	if m == 0 || math.IsNaN(m) {
		return m + math.Min(ax, ay)
	}
	if m > 1e150 || m < 1e-150 {
		return math.Hypot(ax, ay)
	}
	return math.Sqrt(math.FMA(ax, ax, ay*ay))
}

func nonFinite(z complex128, fn func(complex128) complex128) (complex128, bool) {
	if isFinite(z) {
		return 0, false
	}
	return fn(z), true
}

// cmathSqrt is the principal square root; a zero imaginary part keeps its
// sign.
func cmathSqrt(z complex128) complex128 {
	if r, ok := nonFinite(z, cmplx.Sqrt); ok {
		return r
	}
	x, y := real(z), imag(z)
	if x == 0 && y == 0 {
		return complex(0, y)
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < math.SmallestNonzeroFloat64*(1<<52) && ay < math.SmallestNonzeroFloat64*(1<<52) {
		// subnormal: scale up by 2**53 first
		ax = math.Ldexp(ax, 53)
		s = math.Ldexp(math.Sqrt(ax+hypot(ax, math.Ldexp(ay, 53))), -26)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y))
	}
	return complex(d, math.Copysign(s, y))
}

// cmathLog is the natural logarithm; log(0) is a domain error (-inf).
func cmathLog(z complex128) complex128 {
	if r, ok := nonFinite(z, cmplx.Log); ok {
		return r
	}
	x, y := real(z), imag(z)
	ax, ay := math.Abs(x), math.Abs(y)
	var re float64
	switch {
	case ax > largeDouble || ay > largeDouble:
		re = math.Log(hypot(ax/2, ay/2)) + math.Ln2
	case ax == 0 && ay == 0:
		re = math.Inf(-1)
	default:
		h := hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := math.Max(ax, ay), math.Min(ax, ay)
			re = math.Log1p((am-1)*(am+1)+an*an) / 2
		} else {
			re = math.Log(h)
		}
	}
	return complex(re, math.Atan2(y, x))
}

func cmathLog10(z complex128) complex128 {
	r := cmathLog(z)
	return complex(real(r)/math.Ln10, imag(r)/math.Ln10)
}

// cquot divides as CPython's complex division (Smith's method).
func cquot(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	abr, abi := math.Abs(br), math.Abs(bi)
	if abr >= abi {
		if abr == 0 {
			return complex(math.NaN(), math.NaN())
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom)
	}
	ratio := br / bi
	denom := br*ratio + bi
	return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom)
}

func cmathExp(z complex128) complex128 {
	if r, ok := nonFinite(z, cmplx.Exp); ok {
		return r
	}
	x, y := real(z), imag(z)
	s, c := math.Sin(y), math.Cos(y)
	if x > logLargeDouble {
		l := math.Exp(x - 1)
		return complex(l*c*math.E, l*s*math.E)
	}
	l := math.Exp(x)
	return complex(l*c, l*s)
}

func cmathCosh(z complex128) complex128 {
	if r, ok := nonFinite(z, cmplx.Cosh); ok {
		return r
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > logLargeDouble {
		m := x - math.Copysign(1, x)
		return complex(math.Cos(y)*math.Cosh(m)*math.E, math.Sin(y)*math.Sinh(m)*math.E)
	}
	return complex(math.Cos(y)*math.Cosh(x), math.Sin(y)*math.Sinh(x))
}

func cmathSinh(z complex128) complex128 {
	if r, ok := nonFinite(z, cmplx.Sinh); ok {
		return r
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > logLargeDouble {
		m := x - math.Copysign(1, x)
		return complex(math.Cos(y)*math.Sinh(m)*math.E, math.Sin(y)*math.Cosh(m)*math.E)
	}
	return complex(math.Cos(y)*math.Sinh(x), math.Sin(y)*math.Cosh(x))
}

func cmathTanh(z complex128) complex128 {
	if r, ok := nonFinite(z, cmplx.Tanh); ok {
		return r
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > logLargeDouble {
		return complex(math.Copysign(1, x), 4*math.Sin(y)*math.Cos(y)*math.Exp(-2*math.Abs(x)))
	}
	tx, ty, cx := math.Tanh(x), math.Tan(y), 1/math.Cosh(x)
	txty := tx * ty
	denom := 1 + txty*txty
	return complex(tx*(1+ty*ty)/denom, ((ty/denom)*cx)*cx)
}

func cmathAsinh(z complex128) complex128 {
	if r, ok := nonFinite(z, cmplx.Asinh); ok {
		return r
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		var re float64
		if y >= 0 {
			re = math.Copysign(math.Log(hypot(x/2, y/2))+2*math.Ln2, x)
		} else {
			re = -math.Copysign(math.Log(hypot(x/2, y/2))+2*math.Ln2, -x)
		}
		return complex(re, math.Atan2(y, math.Abs(x)))
	}
	s1 := cmathSqrt(complex(1+y, -x))
	s2 := cmathSqrt(complex(1-y, x))
	return complex(math.Asinh(real(s1)*imag(s2)-real(s2)*imag(s1)),
		math.Atan2(y, real(s1)*real(s2)-imag(s1)*imag(s2)))
}

func cmathAcos(z complex128) complex128 {
	if r, ok := nonFinite(z, cmplx.Acos); ok {
		return r
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		re := math.Atan2(math.Abs(y), x)
		im := math.Log(hypot(x/2, y/2)) + 2*math.Ln2
		if x < 0 {
			return complex(re, -math.Copysign(im, y))
		}
		return complex(re, math.Copysign(im, -y))
	}
	s1 := cmathSqrt(complex(1-x, -y))
	s2 := cmathSqrt(complex(1+x, y))
	return complex(2*math.Atan2(real(s1), real(s2)), math.Asinh(real(s2)*imag(s1)-imag(s2)*real(s1)))
}

func cmathAcosh(z complex128) complex128 {
	if r, ok := nonFinite(z, cmplx.Acosh); ok {
		return r
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		return complex(math.Log(hypot(x/2, y/2))+2*math.Ln2, math.Atan2(y, x))
	}
	s1 := cmathSqrt(complex(x-1, y))
	s2 := cmathSqrt(complex(x+1, y))
	return complex(math.Asinh(real(s1)*real(s2)+imag(s1)*imag(s2)), 2*math.Atan2(imag(s1), real(s2)))
}

func cmathAtanh(z complex128) complex128 {
	if r, ok := nonFinite(z, cmplx.Atanh); ok {
		return r
	}
	x, y := real(z), imag(z)
	if x < 0 {
		return -cmathAtanh(-z)
	}
	ay := math.Abs(y)
	switch {
	case x > sqrtLargeDbl || ay > sqrtLargeDbl:
		h := hypot(x/2, y/2)
		return complex(x/4/h/h, -math.Copysign(math.Pi/2, -y))
	case x == 1 && ay < math.Sqrt(2.2250738585072014e-308):
		if ay == 0 {
			return complex(math.Inf(1), y)
		}
		return complex(-math.Log(math.Sqrt(ay)/math.Sqrt(hypot(ay, 2))), math.Copysign(math.Atan2(2, -ay)/2, y))
	}
	return complex(math.Log1p(4*x/((1-x)*(1-x)+ay*ay))/4, -math.Atan2(-2*y, (1-x)*(1+x)-ay*ay)/2)
}

// timesI and the functions below use sin(z) = -i sinh(iz) and the like.
func timesI(z complex128) complex128      { return complex(-imag(z), real(z)) }
func timesMinusI(z complex128) complex128 { return complex(imag(z), -real(z)) }

func cmathAsin(z complex128) complex128 { return timesMinusI(cmathAsinh(timesI(z))) }
func cmathAtan(z complex128) complex128 { return timesMinusI(cmathAtanh(timesI(z))) }
func cmathSin(z complex128) complex128  { return timesMinusI(cmathSinh(timesI(z))) }
func cmathTan(z complex128) complex128  { return timesMinusI(cmathTanh(timesI(z))) }
func cmathCos(z complex128) complex128  { return cmathCosh(timesI(z)) }

func cmathModule() (map[string]any, py.StringDict) {
	fns := map[string]any{
		"phase": func(self py.Object, arg py.Object) (py.Object, error) {
			z, err := toComplex(arg)
			if err != nil {
				return nil, err
			}
			return py.Float(math.Atan2(imag(z), real(z))), nil
		},
		"polar": func(self py.Object, arg py.Object) (py.Object, error) {
			z, err := toComplex(arg)
			if err != nil {
				return nil, err
			}
			r := hypot(real(z), imag(z))
			if isFinite(z) && math.IsInf(r, 0) {
				return nil, py.ExceptionNewf(py.OverflowError, "math range error")
			}
			return py.Tuple{py.Float(r), py.Float(math.Atan2(imag(z), real(z)))}, nil
		},
		"rect": func(self py.Object, args py.Tuple) (py.Object, error) {
			var ro, po py.Object
			if err := py.UnpackTuple(args, nil, "rect", 2, 2, &ro, &po); err != nil {
				return nil, err
			}
			r, err := toFloat(ro)
			if err != nil {
				return nil, err
			}
			phi, err := toFloat(po)
			if err != nil {
				return nil, err
			}
			if math.IsInf(r, 0) && phi == 0 {
				return py.Complex(complex(r, phi*math.Copysign(1, r))), nil
			}
			if phi == 0 {
				return py.Complex(complex(r, phi*r)), nil
			}
			if !math.IsInf(r, 0) && !math.IsNaN(r) && (math.IsInf(phi, 0)) {
				return nil, py.ExceptionNewf(py.ValueError, "math domain error")
			}
			s, c := math.Sincos(phi)
			return py.Complex(complex(r*c, r*s)), nil
		},
		"exp":   cmathFunc("exp", cmathExp, true),
		"log10": cmathFunc("log10", cmathLog10, false),
		"sqrt":  cmathFunc("sqrt", cmathSqrt, false),
		"acos":  cmathFunc("acos", cmathAcos, false),
		"asin":  cmathFunc("asin", cmathAsin, false),
		"atan":  cmathFunc("atan", cmathAtan, false),
		"cos":   cmathFunc("cos", cmathCos, true),
		"sin":   cmathFunc("sin", cmathSin, true),
		"tan":   cmathFunc("tan", cmathTan, true),
		"acosh": cmathFunc("acosh", cmathAcosh, false),
		"asinh": cmathFunc("asinh", cmathAsinh, false),
		"atanh": cmathFunc("atanh", cmathAtanh, false),
		"cosh":  cmathFunc("cosh", cmathCosh, true),
		"sinh":  cmathFunc("sinh", cmathSinh, true),
		"tanh":  cmathFunc("tanh", cmathTanh, true),
		"log": func(self py.Object, args py.Tuple) (py.Object, error) {
			var zo, bo py.Object
			if err := py.UnpackTuple(args, nil, "log", 1, 2, &zo, &bo); err != nil {
				return nil, err
			}
			z, err := toComplex(zo)
			if err != nil {
				return nil, err
			}
			r := cmathLog(z)
			if bo != nil {
				b, err := toComplex(bo)
				if err != nil {
					return nil, err
				}
				lb := cmathLog(b)
				if lb == 0 || (isFinite(b) && !isFinite(lb)) {
					return nil, py.ExceptionNewf(py.ValueError, "math domain error")
				}
				if isFinite(z) && !isFinite(r) {
					return nil, py.ExceptionNewf(py.ValueError, "math domain error")
				}
				return py.Complex(cquot(r, lb)), nil
			}
			return cmathResult(z, r, false)
		},
		"isfinite": func(self py.Object, arg py.Object) (py.Object, error) {
			z, err := toComplex(arg)
			return py.NewBool(isFinite(z)), err
		},
		"isnan": func(self py.Object, arg py.Object) (py.Object, error) {
			z, err := toComplex(arg)
			return py.NewBool(math.IsNaN(real(z)) || math.IsNaN(imag(z))), err
		},
		"isinf": func(self py.Object, arg py.Object) (py.Object, error) {
			z, err := toComplex(arg)
			return py.NewBool(math.IsInf(real(z), 0) || math.IsInf(imag(z), 0)), err
		},
		"isclose": cmathIsClose,
	}
	globals := py.StringDict{
		"pi": py.Float(math.Pi), "e": py.Float(math.E), "tau": py.Float(2 * math.Pi),
		"inf": py.Float(math.Inf(1)), "nan": py.Float(math.NaN()),
		"infj": py.Complex(complex(0, math.Inf(1))), "nanj": py.Complex(complex(0, math.NaN())),
	}
	return fns, globals
}

// cmathIsClose is isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
func cmathIsClose(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "isclose() takes exactly 2 positional arguments (%d given)", len(args))
	}
	rel, abs := 1e-09, 0.0
	for k, v := range kw {
		f, err := toFloat(v)
		if err != nil {
			return nil, err
		}
		switch k {
		case "rel_tol":
			rel = f
		case "abs_tol":
			abs = f
		default:
			return nil, py.ExceptionNewf(py.TypeError, "isclose() got an unexpected keyword argument '%s'", k)
		}
	}
	a, err := toComplex(args[0])
	if err != nil {
		return nil, err
	}
	b, err := toComplex(args[1])
	if err != nil {
		return nil, err
	}
	if rel < 0 || abs < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "tolerances must be non-negative")
	}
	if a == b {
		return py.True, nil
	}
	if cmplx.IsInf(a) || cmplx.IsInf(b) {
		return py.False, nil
	}
	diff := cmplx.Abs(a - b)
	return py.NewBool(diff <= rel*cmplx.Abs(b) || diff <= rel*cmplx.Abs(a) || diff <= abs), nil
}

func init() {
	registerGo("cmath", "Mathematical functions for complex numbers (math/cmplx).", cmathModule)
}
