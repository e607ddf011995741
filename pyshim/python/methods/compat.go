package methods

import (
	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers the modules adapted below
)

// gpython's own Go modules accept only py.Bytes (a type assertion, or the
// "y" argument format), while bytes literals and bytes() produce this
// layer's Bytes. adaptModule wraps the functions of such modules so that
// Bytes arguments reach them as py.Bytes and py.Bytes results come back as
// Bytes (also inside a returned list or tuple).
var bytesModules = map[string][]string{
	"binascii": nil, // all functions
	"marshal":  nil,
	"glob":     nil,
	"tempfile": nil,
	"os":       nil,
	"builtins": {"ord"},
}

func init() {
	for name, only := range bytesModules {
		impl := py.GetModuleImpl(name)
		if impl == nil {
			continue
		}
		for i, m := range impl.Methods {
			if m == nil || m.Internal() != py.InternalMethodNone {
				continue
			}
			if only != nil && !contains(only, m.Name) {
				continue
			}
			impl.Methods[i] = adaptMethod(m)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func adaptMethod(m *py.Method) *py.Method {
	inner := m
	return py.MustNewMethod(m.Name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		args = toGoBytesArgs(args)
		var res py.Object
		var err error
		if len(kw) == 0 {
			res, err = inner.Call(self, args)
		} else {
			for k, v := range kw {
				if b, ok := v.(Bytes); ok {
					kw[k] = py.Bytes(b)
				}
			}
			res, err = inner.CallWithKeywords(self, args, kw)
		}
		if err != nil {
			return nil, err
		}
		return fromGoBytes(res), nil
	}, m.Flags, m.Doc)
}

func toGoBytesArgs(args py.Tuple) py.Tuple {
	var out py.Tuple
	for i, a := range args {
		if b, ok := a.(Bytes); ok {
			if out == nil {
				out = append(py.Tuple{}, args...)
			}
			out[i] = py.Bytes(b)
		}
	}
	if out == nil {
		return args
	}
	return out
}

// fromGoBytes converts py.Bytes results (and py.Bytes items of a result
// list or tuple) to Bytes.
func fromGoBytes(o py.Object) py.Object {
	switch x := o.(type) {
	case py.Bytes:
		return Bytes(x)
	case *py.List:
		for i, it := range x.Items {
			if b, ok := it.(py.Bytes); ok {
				x.Items[i] = Bytes(b)
			}
		}
	case py.Tuple:
		var out py.Tuple
		for i, it := range x {
			if b, ok := it.(py.Bytes); ok {
				if out == nil {
					out = append(py.Tuple{}, x...)
				}
				out[i] = Bytes(b)
			}
		}
		if out != nil {
			return out
		}
	}
	return o
}
