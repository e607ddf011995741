package sysmods

import (
	"math"

	"github.com/go-python/gpython/py"
)

// addRandomVariates adds the distributions of CPython's random module that
// the Go-written module lacked (normalvariate, lognormvariate, triangular,
// vonmisesvariate, gammavariate, betavariate, paretovariate,
// weibullvariate), drawing from random() in the order CPython's draw, so
// that a seeded generator gives CPython's numbers.
func addRandomVariates(fns map[string]interface{}, lock func(self py.Object) (*Random, func())) {
	// floats parses the float arguments of name (names in order; defaults
	// for the trailing ones).
	floats := func(name string, args py.Tuple, kw py.StringDict, names []string, defaults ...float64) ([]float64, error) {
		objs := make([]py.Object, len(names))
		ptrs := make([]*py.Object, len(names))
		for i := range objs {
			ptrs[i] = &objs[i]
		}
		format := ""
		for i := range names {
			if i == len(names)-len(defaults) {
				format += "|"
			}
			format += "O"
		}
		if err := py.ParseTupleAndKeywords(args, kw, format+":"+name, names, ptrs...); err != nil {
			return nil, err
		}
		out := make([]float64, len(names))
		for i, o := range objs {
			if o == nil {
				out[i] = defaults[i-(len(names)-len(defaults))]
				continue
			}
			f, err := toFloat(o)
			if err != nil {
				return nil, err
			}
			out[i] = f
		}
		return out, nil
	}
	nvMagic := 4 * math.Exp(-0.5) / math.Sqrt(2.0)
	normal := func(g *mt19937, mu, sigma float64) float64 {
		for {
			u1 := g.random()
			u2 := 1.0 - g.random()
			z := nvMagic * (u1 - 0.5) / u2
			if z*z/4.0 <= -math.Log(u2) {
				return mu + z*sigma
			}
		}
	}
	gamma := func(g *mt19937, alpha, beta float64) (float64, error) {
		if alpha <= 0 || beta <= 0 {
			return 0, py.ExceptionNewf(py.ValueError, "gammavariate: alpha and beta must be > 0.0")
		}
		switch {
		case alpha > 1:
			ainv := math.Sqrt(2.0*alpha - 1.0)
			bbb := alpha - math.Log(4.0)
			ccc := alpha + ainv
			sg := 1.0 + math.Log(4.5)
			for {
				u1 := g.random()
				if !(1e-7 < u1 && u1 < 0.9999999) {
					continue
				}
				u2 := 1.0 - g.random()
				v := math.Log(u1/(1.0-u1)) / ainv
				x := alpha * math.Exp(v)
				z := u1 * u1 * u2
				r := bbb + ccc*v - x
				if r+sg-4.5*z >= 0.0 || r >= math.Log(z) {
					return x * beta, nil
				}
			}
		case alpha == 1:
			return -math.Log(1.0-g.random()) * beta, nil
		}
		for {
			u := g.random()
			b := (math.E + alpha) / math.E
			p := b * u
			var x float64
			if p <= 1.0 {
				x = math.Pow(p, 1.0/alpha)
			} else {
				x = -math.Log((b - p) / alpha)
			}
			u1 := g.random()
			if p > 1.0 {
				if u1 <= math.Pow(x, alpha-1.0) {
					return x * beta, nil
				}
			} else if u1 <= math.Exp(-x) {
				return x * beta, nil
			}
		}
	}
	fns["normalvariate"] = func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		a, err := floats("normalvariate", args, kw, []string{"mu", "sigma"}, 0, 1)
		if err != nil {
			return nil, err
		}
		r, un := lock(self)
		defer un()
		return py.Float(normal(&r.g, a[0], a[1])), nil
	}
	fns["lognormvariate"] = func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		a, err := floats("lognormvariate", args, kw, []string{"mu", "sigma"})
		if err != nil {
			return nil, err
		}
		r, un := lock(self)
		defer un()
		return py.Float(math.Exp(normal(&r.g, a[0], a[1]))), nil
	}
	fns["triangular"] = func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var low, high, mode py.Object = py.Float(0), py.Float(1), py.None
		if err := py.ParseTupleAndKeywords(args, kw, "|OOO:triangular", []string{"low", "high", "mode"}, &low, &high, &mode); err != nil {
			return nil, err
		}
		lo, err := toFloat(low)
		if err != nil {
			return nil, err
		}
		hi, err := toFloat(high)
		if err != nil {
			return nil, err
		}
		r, un := lock(self)
		defer un()
		u := r.g.random()
		c := 0.5
		if !isNone(mode) {
			m, err := toFloat(mode)
			if err != nil {
				return nil, err
			}
			if hi == lo {
				// CPython's ZeroDivisionError path: low as given
				return low, nil
			}
			c = (m - lo) / (hi - lo)
		}
		if u > c {
			u, c, lo, hi = 1.0-u, 1.0-c, hi, lo
		}
		return py.Float(lo + (hi-lo)*math.Sqrt(u*c)), nil
	}
	fns["vonmisesvariate"] = func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		a, err := floats("vonmisesvariate", args, kw, []string{"mu", "kappa"})
		if err != nil {
			return nil, err
		}
		mu, kappa := a[0], a[1]
		r, un := lock(self)
		defer un()
		g := &r.g
		if kappa <= 1e-6 {
			return py.Float(2 * math.Pi * g.random()), nil
		}
		s := 0.5 / kappa
		rr := s + math.Sqrt(1.0+s*s)
		var z float64
		for {
			u1 := g.random()
			z = math.Cos(math.Pi * u1)
			d := z / (rr + z)
			u2 := g.random()
			if u2 < 1.0-d*d || u2 <= (1.0-d)*math.Exp(d) {
				break
			}
		}
		q := 1.0 / rr
		f := (q + z) / (1.0 + q*z)
		var theta float64
		if g.random() > 0.5 {
			theta = mu + math.Acos(f)
		} else {
			theta = mu - math.Acos(f)
		}
		return py.Float(pyFmod(theta, 2*math.Pi)), nil
	}
	fns["gammavariate"] = func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		a, err := floats("gammavariate", args, kw, []string{"alpha", "beta"})
		if err != nil {
			return nil, err
		}
		r, un := lock(self)
		defer un()
		v, err := gamma(&r.g, a[0], a[1])
		if err != nil {
			return nil, err
		}
		return py.Float(v), nil
	}
	fns["betavariate"] = func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		a, err := floats("betavariate", args, kw, []string{"alpha", "beta"})
		if err != nil {
			return nil, err
		}
		r, un := lock(self)
		defer un()
		y, err := gamma(&r.g, a[0], 1.0)
		if err != nil {
			return nil, err
		}
		if y == 0 {
			return py.Float(0), nil
		}
		y2, err := gamma(&r.g, a[1], 1.0)
		if err != nil {
			return nil, err
		}
		return py.Float(y / (y + y2)), nil
	}
	fns["paretovariate"] = func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		a, err := floats("paretovariate", args, kw, []string{"alpha"})
		if err != nil {
			return nil, err
		}
		r, un := lock(self)
		defer un()
		u := 1.0 - r.g.random()
		return py.Float(math.Pow(u, -1.0/a[0])), nil
	}
	fns["weibullvariate"] = func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		a, err := floats("weibullvariate", args, kw, []string{"alpha", "beta"})
		if err != nil {
			return nil, err
		}
		r, un := lock(self)
		defer un()
		u := 1.0 - r.g.random()
		return py.Float(a[0] * math.Pow(-math.Log(u), 1.0/a[1])), nil
	}
}

// pyFmod is Python's float %: the result has the divisor's sign.
func pyFmod(a, b float64) float64 {
	m := math.Mod(a, b)
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	}
	return m
}
