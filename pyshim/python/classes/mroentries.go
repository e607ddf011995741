package classes

import (
	"github.com/go-python/gpython/py"
)

// resolveBases replaces every base that is not a type but has an
// __mro_entries__ method by what that method returns, as CPython's
// __build_class__ does (PEP 560): `class C(Mapping[str, int])` and
// `class C(list[int])` get Mapping and list as bases. gpython v0.2.0's
// builder passes the bases through unchanged, and its type() refuses
// anything that is not a type ("bases must be types"). It returns the
// resolved bases and the original ones when any was replaced (stored as
// the class's __orig_bases__), else nil.
func resolveBases(bases py.Tuple) (py.Tuple, py.Tuple, error) {
	var out py.Tuple
	changed := false
	for i, b := range bases {
		if _, ok := b.(*py.Type); ok {
			if changed {
				out = append(out, b)
			}
			continue
		}
		me, err := py.GetAttrString(b, "__mro_entries__")
		if err != nil {
			if py.IsException(py.AttributeError, err) {
				if changed {
					out = append(out, b)
				}
				continue
			}
			return nil, nil, err
		}
		if !changed {
			changed = true
			out = append(py.Tuple{}, bases[:i]...)
		}
		r, err := py.Call(me, py.Tuple{bases}, nil)
		if err != nil {
			return nil, nil, err
		}
		entries, ok := r.(py.Tuple)
		if !ok {
			return nil, nil, pyErr(py.TypeError, "__mro_entries__ must return a tuple")
		}
		out = append(out, entries...)
	}
	if !changed {
		return bases, nil, nil
	}
	return out, bases, nil
}
