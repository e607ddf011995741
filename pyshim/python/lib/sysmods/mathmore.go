package sysmods

import (
	"math"

	"github.com/go-python/gpython/py"
)

// The math functions of 3.9-3.11 gpython's math lacks: remainder,
// nextafter, ulp, cbrt, exp2.
func init() {
	float1 := func(name string, fn func(float64) (float64, error)) func(self, x py.Object) (py.Object, error) {
		return func(self, x py.Object) (py.Object, error) {
			f, err := toFloat(x)
			if err != nil {
				return nil, err
			}
			r, err := fn(f)
			if err != nil {
				return nil, err
			}
			return py.Float(r), nil
		}
	}
	float2 := func(name string, fn func(a, b float64) (float64, error)) func(self py.Object, args py.Tuple) (py.Object, error) {
		return func(self py.Object, args py.Tuple) (py.Object, error) {
			var x, y py.Object
			if err := py.UnpackTuple(args, nil, name, 2, 2, &x, &y); err != nil {
				return nil, err
			}
			a, err := toFloat(x)
			if err != nil {
				return nil, err
			}
			b, err := toFloat(y)
			if err != nil {
				return nil, err
			}
			r, err := fn(a, b)
			if err != nil {
				return nil, err
			}
			return py.Float(r), nil
		}
	}
	domain := func() error { return py.ExceptionNewf(py.ValueError, "math domain error") }
	extendModule("math", map[string]interface{}{
		"remainder": float2("remainder", func(a, b float64) (float64, error) {
			if math.IsNaN(a) || math.IsNaN(b) {
				return math.NaN(), nil
			}
			if math.IsInf(a, 0) || b == 0 {
				return 0, domain()
			}
			return math.Remainder(a, b), nil
		}),
		"nextafter": float2("nextafter", func(a, b float64) (float64, error) { return math.Nextafter(a, b), nil }),
		"ulp": float1("ulp", func(x float64) (float64, error) {
			switch {
			case math.IsNaN(x):
				return x, nil
			case math.IsInf(x, 0):
				return math.Inf(1), nil
			}
			x = math.Abs(x)
			if x == math.MaxFloat64 {
				return x - math.Nextafter(x, 0), nil
			}
			return math.Nextafter(x, math.Inf(1)) - x, nil
		}),
		"cbrt": float1("cbrt", func(x float64) (float64, error) { return math.Cbrt(x), nil }),
		"exp2": float1("exp2", func(x float64) (float64, error) {
			r := math.Exp2(x)
			if math.IsInf(r, 0) && !math.IsInf(x, 0) {
				return 0, py.ExceptionNewf(py.OverflowError, "math range error")
			}
			return r, nil
		}),
	}, nil)
}
