package methods

import "github.com/go-python/gpython/py"

// range objects' start, stop and step (gpython's Range has them as Go
// fields only).
func init() {
	for name, get := range map[string]func(r *py.Range) py.Int{
		"start": func(r *py.Range) py.Int { return r.Start },
		"stop":  func(r *py.Range) py.Int { return r.Stop },
		"step":  func(r *py.Range) py.Int { return r.Step },
	} {
		get := get
		py.RangeType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			r, ok := self.(*py.Range)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 'range' object")
			}
			return get(r), nil
		}}
	}
}
