package pyre

import (
	"github.com/go-python/gpython/py"
)

// parseArgs binds positional and keyword arguments to names, CPython style.
// The first required names must be given; the rest default to nil.
func parseArgs(fname string, args py.Tuple, kwargs py.StringDict, names []string, required int) ([]py.Object, error) {
	out := make([]py.Object, len(names))
	if len(args) > len(names) {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes at most %d arguments (%d given)", fname, len(names), len(args))
	}
	copy(out, args)
	for k, v := range kwargs {
		found := false
		for i, n := range names {
			if n == k {
				if out[i] != nil {
					return nil, py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, i+1)
				}
				out[i] = v
				found = true
				break
			}
		}
		if !found {
			return nil, py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return out, nil
}

// intArg converts an optional integer argument.
func intArg(o py.Object, def int) (int, error) {
	if o == nil || o == py.None {
		return def, nil
	}
	switch v := o.(type) {
	case py.Int:
		return int(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	n, err := py.IndexInt(o)
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	return n, nil
}
