package sysmods

// math's sin, cos, tan, asin, acos, atan, atan2, exp, log, log2, log10,
// pow, hypot, sinh, cosh and tanh return the correctly rounded result
// (mathdd.go), as CPython 3.11's do with glibc's libm in practice; gpython
// v0.2.0 calls Go's math package, which is within an ulp or so (see
// package upstream for the index). The
// module's functions keep their argument checks and errors: each is
// wrapped, and a finite float result of finite float arguments is
// recomputed (a special case, a subnormal or overflowing result keeps
// Go's).

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
)

// crFuncs are the correctly rounded functions by name: ok is false where
// the Go result stays.
var crFuncs = map[string]func(a []float64) (float64, bool){
	"sin": func(a []float64) (float64, bool) { s, _ := sinCosDD(a[0]); return s.round(), true },
	"cos": func(a []float64) (float64, bool) { _, c := sinCosDD(a[0]); return c.round(), true },
	"tan": func(a []float64) (float64, bool) {
		s, c := sinCosDD(a[0])
		return s.div(c).round(), true
	},
	"exp":   func(a []float64) (float64, bool) { return crExp(a[0]) },
	"log":   func(a []float64) (float64, bool) { return logOfPositive(a[0], dd{1, 0}) },
	"log2":  func(a []float64) (float64, bool) { return logOfPositive(a[0], consts().log2e) },
	"log10": func(a []float64) (float64, bool) { return glibcLog10(a[0]) },
	"pow":   func(a []float64) (float64, bool) { return crPow(a[0], a[1]) },
	"atan2": func(a []float64) (float64, bool) { return crAtan2(a[0], a[1]) },
	"atan":  func(a []float64) (float64, bool) { return crAtan2(a[0], 1) },
	"asin": func(a []float64) (float64, bool) {
		t, ok := asinDD(dd{a[0], 0})
		return t.round(), ok
	},
	"acos":  crAcos,
	"hypot": crHypot,
	"sinh":  func(a []float64) (float64, bool) { return fdlibmSinh(a[0]) },
	"cosh":  func(a []float64) (float64, bool) { return fdlibmCosh(a[0]) },
	"tanh":  func(a []float64) (float64, bool) { return fdlibmTanh(a[0]) },
}

func init() {
	impl := lazymod.ModuleImpl("math")
	if impl == nil {
		return
	}
	for i, m := range impl.Methods {
		cr, ok := crFuncs[m.Name]
		if !ok {
			continue
		}
		impl.Methods[i] = correctlyRounded(m, cr)
	}
}

// correctlyRounded wraps math function orig: its result, recomputed by cr
// when it and the arguments are finite floats.
func correctlyRounded(orig *py.Method, cr func([]float64) (float64, bool)) *py.Method {
	return py.MustNewMethod(orig.Name, func(self py.Object, args py.Tuple) (py.Object, error) {
		for i, a := range args {
			if b, ok := a.(py.Bool); ok {
				// gpython's math refuses a bool (py.FloatAsFloat64)
				args = append(py.Tuple(nil), args...)
				args[i] = py.Float(map[py.Bool]float64{true: 1, false: 0}[b])
			}
		}
		if orig.Name == "hypot" && len(args) != 2 {
			return hypotN(args)
		}
		r, err := orig.Call(self, args)
		if err != nil {
			// Go's math.Exp overflows below the threshold (709.7 on
			// amd64): an OverflowError is retried
			if !py.IsException(py.OverflowError, err) {
				return r, realNumberError(err, args)
			}
		} else if f, isFloat := r.(py.Float); !isFloat || math.IsInf(float64(f), 0) || math.IsNaN(float64(f)) || f == 0 {
			return r, nil
		}
		if orig.Name == "log" && len(args) != 1 {
			return r, err
		}
		xs := make([]float64, len(args))
		for i, a := range args {
			if b, isBig := a.(*py.BigInt); isBig {
				if v, ok := bigLog(orig.Name, b, cr); ok && len(args) == 1 {
					return py.Float(v), nil
				}
				return r, err
			}
			x, xerr := toFloat(a)
			if xerr != nil || math.IsInf(x, 0) || math.IsNaN(x) {
				return r, err
			}
			xs[i] = x
		}
		if v, ok := cr(xs); ok && !math.IsNaN(v) && !math.IsInf(v, 0) {
			return py.Float(v), nil
		}
		return r, err
	}, 0, orig.Doc)
}

// logOfPositive is ln(x) * scale rounded (scale 1, log2 e or log10 e).
func logOfPositive(x float64, scale dd) (float64, bool) {
	if x <= 0 {
		return 0, false
	}
	return logDD(x).mul(scale).round(), true
}

// crPow is x**y for x > 0 (or x < 0 and y an integer).
func crPow(x, y float64) (float64, bool) {
	neg := false
	if x < 0 {
		if y != math.Trunc(y) || math.Abs(y) > 1<<53 {
			return 0, false
		}
		neg = math.Mod(y, 2) != 0
		x = -x
	}
	if x == 0 || x == 1 {
		return 0, false
	}
	l := logDD(x).mulF(y)
	if math.Abs(l.hi) > 709.79 {
		return 0, false
	}
	v, ok := ddScaled(expDD(l))
	if neg {
		v = -v
	}
	return v, ok
}

// crAtan2 is atan2(y, x) by one Newton step from Go's, in double-double:
// t - (x sin t - y cos t) / (x cos t + y sin t).
func crAtan2(y, x float64) (float64, bool) {
	if y == 0 || x == 0 {
		return 0, false
	}
	t0 := math.Atan2(y, x)
	if math.Abs(t0) < 0x1p-900 {
		return 0, false
	}
	s, c := sinCosDD(t0)
	f := s.mulF(x).sub(c.mulF(y))
	fp := c.hi*x + s.hi*y
	return dd{t0, 0}.sub(dd{f.hi / fp, 0}).add(dd{-f.lo / fp, 0}).round(), true
}

// asinDD is asin z for |z| <= 1 by one Newton step from Go's:
// t - (sin t - z) / cos t.
func asinDD(z dd) (dd, bool) {
	if z.hi == 0 || math.Abs(z.hi) >= 1 {
		return dd{}, false
	}
	t0 := math.Asin(z.hi)
	s, c := sinCosDD(t0)
	f := s.sub(z)
	return dd{t0, 0}.sub(dd{f.hi / c.hi, 0}), true
}

// crAcos is acos x: pi/2 - asin x, or for |x| > 1/2 through the half
// angle, 2 asin(sqrt((1-|x|)/2)) (pi minus that for x < 0).
func crAcos(a []float64) (float64, bool) {
	x := a[0]
	if math.Abs(x) >= 1 {
		return 0, false
	}
	k := consts()
	if math.Abs(x) <= 0.5 {
		if x == 0 {
			return k.halfPiDD.round(), true
		}
		t, ok := asinDD(dd{x, 0})
		return k.halfPiDD.sub(t).round(), ok
	}
	h := (1 - math.Abs(x)) / 2 // exact
	t, ok := asinDD(sqrtDD(dd{h, 0}))
	t = t.mulF(2)
	if x < 0 {
		t = k.piDD.sub(t)
	}
	return t.round(), ok
}

// sqrtDD is the square root of a > 0 in double-double.
func sqrtDD(a dd) dd {
	h := math.Sqrt(a.hi)
	r := a.sub(twoProd(h, h))
	return dd{h, 0}.addF(r.hi / (2 * h))
}

// crHypot is sqrt(x*x + y*y), scaled to avoid overflow.
func crHypot(a []float64) (float64, bool) {
	if len(a) != 2 {
		return 0, false
	}
	x, y := math.Abs(a[0]), math.Abs(a[1])
	if x < y {
		x, y = y, x
	}
	if y == 0 || x > y*0x1p30 {
		return x, true
	}
	_, e := math.Frexp(x)
	x, y = math.Ldexp(x, -e), math.Ldexp(y, -e)
	if y < 0x1p-1000 {
		return 0, false
	}
	s := twoProd(x, x).add(twoProd(y, y))
	return ddScaled(sqrtDD(s), e)
}

// fdlibmSinh, fdlibmCosh and fdlibmTanh are sinh, cosh and tanh as
// glibc computes them (fdlibm's formulas over expm1 and exp; not
// correctly rounded, so computed the same way for the same results): Go's
// math.Expm1 is fdlibm's too, exp is the correctly rounded one.
func fdlibmSinh(x float64) (float64, bool) {
	h, ax := 0.5, math.Abs(x)
	if x < 0 {
		h = -0.5
	}
	switch {
	case ax < 0x1p-28:
		return x, true
	case ax < 22:
		t := math.Expm1(ax)
		if ax < 1 {
			return h * (2.0*t - t*t/(t+1)), true
		}
		return h * (t + t/(t+1)), true
	case ax < 709:
		e, ok := crExp(ax)
		return h * e, ok
	}
	return 0, false
}

func fdlibmCosh(x float64) (float64, bool) {
	ax := math.Abs(x)
	switch {
	case ax < 0x1p-55:
		return 1, true
	case ax < 0.5*math.Ln2:
		t := math.Expm1(ax)
		w := 1 + t
		return 1 + (t*t)/(w+w), true
	case ax < 22:
		t, ok := crExp(ax)
		return 0.5*t + 0.5/t, ok
	case ax < 709:
		e, ok := crExp(ax)
		return 0.5 * e, ok
	}
	return 0, false
}

func fdlibmTanh(x float64) (float64, bool) {
	ax := math.Abs(x)
	var z float64
	switch {
	case ax < 0x1p-55:
		return x * (1 + x), true
	case ax >= 22:
		z = 1
	case ax >= 1:
		t := math.Expm1(2 * ax)
		z = 1 - 2/(t+2)
	default:
		t := math.Expm1(-2 * ax)
		z = -t / (t + 2)
	}
	if x < 0 {
		z = -z
	}
	return z, true
}

// crExp is e**x correctly rounded.
func crExp(x float64) (float64, bool) {
	if math.Abs(x) > 709.79 {
		return 0, false
	}
	return ddScaled(expDD(dd{x, 0}))
}

// glibcLog10 is log10 x as glibc computes it (fdlibm's e_log10: the
// exponent's part in two pieces plus log of the mantissa, correctly
// rounded, over ln 10), which is not correctly rounded.
func glibcLog10(x float64) (float64, bool) {
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	if x <= 0 {
		return 0, false
	}
	k := 0
	if x < 0x1p-1022 {
		k, x = -54, x*0x1p54
	}
	bits := math.Float64bits(x)
	k += int(bits>>52) - 1023
	i := 0
	if k < 0 {
		i = 1
	}
	y := float64(k + i)
	m := math.Float64frombits(bits&(1<<52-1) | uint64(0x3ff-i)<<52)
	lm, ok := logOfPositive(m, dd{1, 0})
	z := y*log10_2lo + ivln10*lm
	return z + y*log10_2hi, ok
}

// realNumberError is CPython's TypeError for an argument that is no real
// number ("must be real number, not str"), where gpython's math says
// "unsupported operand type(s) for float: 'str'"; other errors as they are.
func realNumberError(err error, args py.Tuple) error {
	if !py.IsException(py.TypeError, err) {
		return err
	}
	for _, a := range args {
		if _, xerr := toFloat(a); xerr != nil && py.IsException(py.TypeError, xerr) {
			msg := "unsupported operand type(s) for float: '" + typeName(a) + "'"
			if e, ok := err.(*py.Exception); ok {
				if t, ok := e.Args.(py.Tuple); ok && len(t) == 1 && t[0] == py.String(msg) {
					return xerr
				}
			}
			return err
		}
	}
	return err
}

// hypotN is math.hypot of any number of coordinates (gpython's takes
// exactly two): inf if one is infinite, else nan if one is nan, else the
// root of the sum of squares in double-double, scaled to the largest.
func hypotN(args py.Tuple) (py.Object, error) {
	xs := make([]float64, len(args))
	top, inf, nan := 0.0, false, false
	for i, a := range args {
		x, err := toFloat(a)
		if err != nil {
			return nil, err
		}
		x = math.Abs(x)
		xs[i] = x
		switch {
		case math.IsInf(x, 0):
			inf = true
		case math.IsNaN(x):
			nan = true
		case x > top:
			top = x
		}
	}
	switch {
	case inf:
		return py.Float(math.Inf(1)), nil
	case nan:
		return py.Float(math.NaN()), nil
	case top == 0:
		return py.Float(0), nil
	}
	_, e := math.Frexp(top)
	var s dd
	for _, x := range xs {
		x = math.Ldexp(x, -e)
		s = s.add(twoProd(x, x))
	}
	if v, ok := ddScaled(sqrtDD(s), e); ok {
		return py.Float(v), nil
	}
	return py.Float(math.Ldexp(math.Sqrt(s.hi), e)), nil
}

// bigLog is log, log2 or log10 (name) of a positive int too large for a
// float as CPython computes it: the function of its mantissa in [0.5, 1)
// plus its exponent times the function of 2. ok is false for another
// function or int.
func bigLog(name string, b *py.BigInt, cr func([]float64) (float64, bool)) (float64, bool) {
	if name != "log" && name != "log2" && name != "log10" {
		return 0, false
	}
	bi := (*big.Int)(b)
	if bi.Sign() <= 0 {
		return 0, false
	}
	bf := new(big.Float).SetInt(bi)
	if f, _ := bf.Float64(); !math.IsInf(f, 0) {
		return cr([]float64{f})
	}
	mant := new(big.Float)
	e := bf.MantExp(mant)
	m, _ := mant.Float64()
	if m == 1 { // rounded up: back into [0.5, 1), as CPython's _PyLong_Frexp
		m, e = 0.5, e+1
	}
	fm, ok1 := cr([]float64{m})
	f2, ok2 := cr([]float64{2})
	return fm + f2*float64(e), ok1 && ok2
}
