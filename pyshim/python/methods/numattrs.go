package methods

import "github.com/go-python/gpython/py"

// The numeric attributes of int and float (real, imag, numerator,
// denominator): gpython v0.2.0's int and float types have none, so
// (1).real was an AttributeError (see package upstream: py/int.go and
// py/float.go define no getters).
func init() {
	self := func(o py.Object) (py.Object, error) {
		if b, ok := o.(py.Bool); ok {
			// True.real is the int 1
			if b {
				return py.Int(1), nil
			}
			return py.Int(0), nil
		}
		return o, nil
	}
	zero := func(py.Object) (py.Object, error) { return py.Int(0), nil }
	one := func(py.Object) (py.Object, error) { return py.Int(1), nil }
	for _, t := range []*py.Type{py.IntType, py.BigIntType, py.BoolType} {
		for name, get := range map[string]func(py.Object) (py.Object, error){
			"real": self, "imag": zero, "numerator": self, "denominator": one,
		} {
			if _, ok := t.Dict[name]; !ok {
				t.Dict[name] = &py.Property{Fget: get}
			}
		}
	}
	for name, get := range map[string]func(py.Object) (py.Object, error){
		"real": func(o py.Object) (py.Object, error) { return o, nil },
		"imag": func(py.Object) (py.Object, error) { return py.Float(0), nil },
	} {
		if _, ok := py.FloatType.Dict[name]; !ok {
			py.FloatType.Dict[name] = &py.Property{Fget: get}
		}
	}
}
