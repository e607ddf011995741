package pyobj

import (
	"github.com/go-python/gpython/py"
)

// (see package upstream for the index) gpython v0.2.0's slice objects
// (py/slice.go) have start, stop and step but no repr of their own
// ("<slice instance at 0x...>"), no indices(), no ordering, and they are
// hashed by identity where CPython 3.11 raises TypeError. sliceRepr is
// CPython's repr (ReprString uses it through objectRepr), indices is
// CPython's slice.indices, Hash refuses a slice, and RichCompare orders two
// slices as the tuples (start, stop, step).

func init() {
	py.SliceType.Dict["indices"] = py.MustNewMethod("indices", sliceIndices, 0,
		"S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices.")
}

// sliceRepr is repr(s): slice(start, stop, step).
func sliceRepr(s *py.Slice) (string, error) {
	out := "slice("
	for i, x := range []py.Object{s.Start, s.Stop, s.Step} {
		r, err := ReprString(x)
		if err != nil {
			return "", err
		}
		if i > 0 {
			out += ", "
		}
		out += r
	}
	return out + ")", nil
}

// sliceTuple is (start, stop, step), what slices compare as.
func sliceTuple(s *py.Slice) py.Tuple { return py.Tuple{s.Start, s.Stop, s.Step} }

// sliceIndex is one of a slice's bounds as an int, or CPython's TypeError.
func sliceIndex(o py.Object) (int, error) {
	i, err := py.Index(o)
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	return int(i), nil
}

// sliceIndices is slice.indices(length).
func sliceIndices(self py.Object, args py.Tuple) (py.Object, error) {
	s, ok := self.(*py.Slice)
	if !ok && len(args) > 0 {
		s, ok = args[0].(*py.Slice)
		args = args[1:]
	}
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor 'indices' for 'slice' objects doesn't apply to this object")
	}
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "slice.indices() takes exactly one argument (%d given)", len(args))
	}
	n, err := py.Index(args[0])
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
	}
	length := int(n)
	if length < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "length should not be negative")
	}
	step := 1
	if s.Step != py.None {
		if step, err = sliceIndex(s.Step); err != nil {
			return nil, err
		}
		if step == 0 {
			return nil, py.ExceptionNewf(py.ValueError, "slice step cannot be zero")
		}
	}
	lower, upper := 0, length
	if step < 0 {
		lower, upper = -1, length-1
	}
	bound := func(o py.Object, dflt int) (int, error) {
		if o == py.None {
			return dflt, nil
		}
		i, err := sliceIndex(o)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += length
			if i < lower {
				i = lower
			}
		} else if i > upper {
			i = upper
		}
		return i, nil
	}
	startDflt, stopDflt := lower, upper
	if step < 0 {
		startDflt, stopDflt = upper, lower
	}
	start, err := bound(s.Start, startDflt)
	if err != nil {
		return nil, err
	}
	stop, err := bound(s.Stop, stopDflt)
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.Int(start), py.Int(stop), py.Int(step)}, nil
}
