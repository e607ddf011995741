package pyobj

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// gpython v0.2.0 gives functions, built-ins, bound methods, generators and
// modules no repr of their own: they print as "<function instance at
// 0x...>" (py/internal.go's fallback). objectRepr words them as CPython
// 3.11 does; ReprString and StrString use it (see package upstream for
// the index).

// objectRepr returns CPython's repr of o when o is one of those kinds.
func objectRepr(o py.Object) (string, bool) {
	switch v := o.(type) {
	case *py.Function:
		return fmt.Sprintf("<function %s at %p>", qualname(v, v.Name), v), true
	case *py.Method:
		return "<built-in function " + v.Name + ">", true
	case *py.BoundMethod:
		switch m := v.Method.(type) {
		case *py.Function:
			self, err := ReprString(v.Self)
			if err != nil {
				self = fmt.Sprintf("<%s object at %p>", v.Self.Type().Name, v.Self)
			}
			return "<bound method " + qualname(m, m.Name) + " of " + self + ">", true
		case *py.Method:
			return fmt.Sprintf("<built-in method %s of %s object at %p>", m.Name, v.Self.Type().Name, v.Self), true
		default:
			// any other callable bound by types.MethodType: CPython names
			// it by its __qualname__ (else __name__, else '?')
			name := "?"
			for _, attr := range []string{"__qualname__", "__name__"} {
				if n, err := py.GetAttrString(m, attr); err == nil {
					if s, ok := n.(py.String); ok {
						name = string(s)
						break
					}
				}
			}
			self, err := ReprString(v.Self)
			if err != nil {
				self = fmt.Sprintf("<%s object at %p>", v.Self.Type().Name, v.Self)
			}
			return "<bound method " + name + " of " + self + ">", true
		}
	case *py.Slice:
		r, err := sliceRepr(v)
		return r, err == nil
	case *py.Generator:
		name := "<genexpr>"
		if v.Frame != nil && v.Frame.Code != nil {
			name = v.Frame.Code.Name
		}
		return fmt.Sprintf("<generator object %s at %p>", name, v), true
	case *py.Module:
		name := v.ModuleImpl.Info.Name
		if file, ok := v.Globals["__file__"].(py.String); ok && file != "" {
			return "<module '" + name + "' from '" + string(file) + "'>", true
		}
		return "<module '" + name + "' (built-in)>", true
	}
	return "", false
}

// qualname is o's __qualname__ (the class layer keeps it), or name.
func qualname(o py.Object, name string) string {
	if q, err := py.GetAttrString(o, "__qualname__"); err == nil {
		if s, ok := q.(py.String); ok && s != "" {
			return string(s)
		}
	}
	return name
}

// isModule reports whether o is a module (gpython's own module repr,
// "<module name>", is replaced).
func isModule(o py.Object) bool {
	_, ok := o.(*py.Module)
	return ok
}
