package sysmods

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// bigOf converts an integral Python object to a big.Int.
func bigOf(o py.Object) (*big.Int, error) {
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v)), nil
	case py.Bool:
		if v {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case *py.BigInt:
		return new(big.Int).Set((*big.Int)(v)), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(o))
}

// fromBig returns a Python int for b (small ints as py.Int).
func fromBig(b *big.Int) py.Object {
	if b.IsInt64() {
		return py.Int(b.Int64())
	}
	v := py.BigInt(*b)
	return &v
}

func floatToInt(f float64) (py.Object, error) {
	if math.IsInf(f, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
	}
	if f > -9e18 && f < 9e18 {
		return py.Int(int64(f)), nil
	}
	b, _ := big.NewFloat(f).Int(nil)
	return fromBig(b), nil
}

func roundFn(name string, fn func(float64) float64, dunder string) func(self, x py.Object) (py.Object, error) {
	return func(self, x py.Object) (py.Object, error) {
		switch v := x.(type) {
		case py.Int, *py.BigInt:
			return v, nil
		case py.Bool:
			if v {
				return py.Int(1), nil
			}
			return py.Int(0), nil
		case py.Float:
			return floatToInt(fn(float64(v)))
		}
		if r, ok, err := py.TypeCall0(x, dunder); ok {
			return r, err
		}
		f, err := toFloat(x)
		if err != nil {
			return nil, err
		}
		return floatToInt(fn(f))
	}
}

func mathInit() {
	extendModule("math", map[string]interface{}{
		"floor": roundFn("floor", math.Floor, "__floor__"),
		"ceil":  roundFn("ceil", math.Ceil, "__ceil__"),
		"trunc": roundFn("trunc", math.Trunc, "__trunc__"),
		"gcd": func(self py.Object, args py.Tuple) (py.Object, error) {
			r := big.NewInt(0)
			for _, a := range args {
				b, err := bigOf(a)
				if err != nil {
					return nil, err
				}
				r.GCD(nil, nil, r.Abs(r), b.Abs(b))
			}
			return fromBig(r), nil
		},
		"lcm": func(self py.Object, args py.Tuple) (py.Object, error) {
			r := big.NewInt(1)
			for _, a := range args {
				b, err := bigOf(a)
				if err != nil {
					return nil, err
				}
				if b.Sign() == 0 {
					r = big.NewInt(0)
					continue
				}
				g := new(big.Int).GCD(nil, nil, new(big.Int).Abs(r), new(big.Int).Abs(b))
				if g.Sign() != 0 {
					r.Mul(r, b).Div(r, g)
				}
				r.Abs(r)
			}
			return fromBig(r), nil
		},
		"isqrt": func(self, x py.Object) (py.Object, error) {
			b, err := bigOf(x)
			if err != nil {
				return nil, err
			}
			if b.Sign() < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "isqrt() argument must be nonnegative")
			}
			return fromBig(new(big.Int).Sqrt(b)), nil
		},
		"comb": func(self py.Object, args py.Tuple) (py.Object, error) {
			var a, b py.Object
			if err := py.UnpackTuple(args, nil, "comb", 2, 2, &a, &b); err != nil {
				return nil, err
			}
			n, err := bigOf(a)
			if err != nil {
				return nil, err
			}
			k, err := bigOf(b)
			if err != nil {
				return nil, err
			}
			if n.Sign() < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "n must be a non-negative integer")
			}
			if k.Sign() < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "k must be a non-negative integer")
			}
			if k.Cmp(n) > 0 {
				return py.Int(0), nil
			}
			return fromBig(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
		},
		"perm": func(self py.Object, args py.Tuple) (py.Object, error) {
			var a, b py.Object = nil, py.None
			if err := py.UnpackTuple(args, nil, "perm", 1, 2, &a, &b); err != nil {
				return nil, err
			}
			n, err := bigOf(a)
			if err != nil {
				return nil, err
			}
			k := new(big.Int).Set(n)
			if !isNone(b) {
				if k, err = bigOf(b); err != nil {
					return nil, err
				}
			}
			if n.Sign() < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "n must be a non-negative integer")
			}
			if k.Sign() < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "k must be a non-negative integer")
			}
			if k.Cmp(n) > 0 {
				return py.Int(0), nil
			}
			r := big.NewInt(1)
			nn := n.Int64()
			for i := int64(0); i < k.Int64(); i++ {
				r.Mul(r, big.NewInt(nn-i))
			}
			return fromBig(r), nil
		},
		"factorial": func(self, x py.Object) (py.Object, error) {
			if f, ok := x.(py.Float); ok {
				if float64(f) != math.Trunc(float64(f)) {
					return nil, py.ExceptionNewf(py.ValueError, "factorial() only accepts integral values")
				}
				return nil, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
			}
			n, err := bigOf(x)
			if err != nil {
				return nil, err
			}
			if n.Sign() < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "factorial() not defined for negative values")
			}
			return fromBig(new(big.Int).MulRange(1, n.Int64())), nil
		},
		"prod": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var it, start py.Object = nil, py.Int(1)
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|$O:prod", []string{"iterable", "start"}, &it, &start); err != nil {
				return nil, err
			}
			acc := start
			err := iterate(it, func(x py.Object) error {
				r, err := py.Mul(acc, x)
				acc = r
				return err
			})
			return acc, err
		},
		"isclose": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var a, b, rt, at py.Object = nil, nil, py.Float(1e-9), py.Float(0)
			if err := py.ParseTupleAndKeywords(args, kwargs, "OO|$OO:isclose", []string{"a", "b", "rel_tol", "abs_tol"}, &a, &b, &rt, &at); err != nil {
				return nil, err
			}
			x, err := toFloat(a)
			if err != nil {
				return nil, err
			}
			y, err := toFloat(b)
			if err != nil {
				return nil, err
			}
			rel, err := toFloat(rt)
			if err != nil {
				return nil, err
			}
			abs, err := toFloat(at)
			if err != nil {
				return nil, err
			}
			if rel < 0 || abs < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "tolerances must be non-negative")
			}
			if x == y {
				return py.True, nil
			}
			if math.IsInf(x, 0) || math.IsInf(y, 0) {
				return py.False, nil
			}
			diff := math.Abs(y - x)
			return py.NewBool(diff <= math.Abs(rel*y) || diff <= math.Abs(rel*x) || diff <= abs), nil
		},
		"log": func(self py.Object, args py.Tuple) (py.Object, error) {
			var a, b py.Object
			if err := py.UnpackTuple(args, nil, "log", 1, 2, &a, &b); err != nil {
				return nil, err
			}
			x, err := logOf(a)
			if err != nil {
				return nil, err
			}
			if b == nil {
				return py.Float(x), nil
			}
			y, err := logOf(b)
			if err != nil {
				return nil, err
			}
			if y == 0 {
				return nil, py.ExceptionNewf(py.ZeroDivisionError, "float division by zero")
			}
			return py.Float(x / y), nil
		},
		"log2": func(self, a py.Object) (py.Object, error) {
			x, err := logOf(a)
			return py.Float(x / math.Ln2), err
		},
		"log10": func(self, a py.Object) (py.Object, error) {
			if v, ok := a.(py.Int); ok && v > 0 {
				return py.Float(math.Log10(float64(v))), nil
			}
			x, err := logOf(a)
			return py.Float(x / math.Ln10), err
		},
		"dist": func(self py.Object, args py.Tuple) (py.Object, error) {
			var a, b py.Object
			if err := py.UnpackTuple(args, nil, "dist", 2, 2, &a, &b); err != nil {
				return nil, err
			}
			p, err := toSlice(a)
			if err != nil {
				return nil, err
			}
			q, err := toSlice(b)
			if err != nil {
				return nil, err
			}
			if len(p) != len(q) {
				return nil, py.ExceptionNewf(py.ValueError, "both points must have the same number of dimensions")
			}
			s := 0.0
			for i := range p {
				x, err := toFloat(p[i])
				if err != nil {
					return nil, err
				}
				y, err := toFloat(q[i])
				if err != nil {
					return nil, err
				}
				s += (x - y) * (x - y)
			}
			return py.Float(math.Sqrt(s)), nil
		},
	}, py.StringDict{
		"inf": py.Float(math.Inf(1)),
		"nan": py.Float(math.NaN()),
		"tau": py.Float(2 * math.Pi),
	})
}

// logOf is the natural log of a number (big ints too), with CPython's
// errors.
func logOf(a py.Object) (float64, error) {
	if b, ok := a.(*py.BigInt); ok {
		bi := (*big.Int)(b)
		if bi.Sign() <= 0 {
			return 0, py.ExceptionNewf(py.ValueError, "math domain error")
		}
		n := bi.BitLen()
		if f, _ := new(big.Float).SetInt(bi).Float64(); math.IsInf(f, 0) {
			sh := new(big.Int).Rsh(bi, uint(n-64))
			f, _ := new(big.Float).SetInt(sh).Float64()
			return math.Log(f) + float64(n-64)*math.Ln2, nil
		}
	}
	x, err := toFloat(a)
	if err != nil {
		return 0, err
	}
	if x <= 0 || math.IsNaN(x) {
		if math.IsNaN(x) {
			return x, nil
		}
		return 0, py.ExceptionNewf(py.ValueError, "math domain error")
	}
	return math.Log(x), nil
}

func init() { mathInit() }
