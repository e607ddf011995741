package sysmods

import "github.com/go-python/gpython/py"

// os.path's functions given bytes paths return bytes, as CPython's (the
// functions work on str; a bytes argument is decoded by pathArgs and the
// paths of the result are encoded back here). Mixing str and bytes is
// CPython's TypeError.

// pathResultFuncs are the os.path functions whose results are paths.
var pathResultFuncs = []string{"join", "split", "splitext", "splitdrive", "basename", "dirname", "normpath",
	"abspath", "realpath", "relpath", "expanduser", "expandvars", "commonpath", "commonprefix", "normcase"}

// withBytesPaths wraps fn (one of the shapes newMethods accepts) so that
// bytes arguments give bytes results.
func withBytesPaths(name string, fn interface{}) interface{} {
	kinds := func(args py.Tuple) (anyBytes, anyStr bool) {
		for _, a := range args {
			switch x := a.(type) {
			case py.String:
				anyStr = true
			case *py.List, py.Tuple:
				// commonpath/commonprefix take a sequence
				inner, _ := py.SequenceTuple(x)
				b, s := false, false
				for _, e := range inner {
					if _, ok := e.(py.String); ok {
						s = true
					} else if e.Type().Name == "bytes" {
						b = true
					}
				}
				anyBytes, anyStr = anyBytes || b, anyStr || s
			default:
				if a.Type().Name == "bytes" {
					anyBytes = true
				}
			}
		}
		return
	}
	wrap := func(args py.Tuple, call func() (py.Object, error)) (py.Object, error) {
		b, s := kinds(args)
		if b && s {
			return nil, py.ExceptionNewf(py.TypeError, "Can't mix strings and bytes in path components")
		}
		r, err := call()
		if err != nil || !b {
			return r, err
		}
		return pathsToBytes(r), nil
	}
	switch f := fn.(type) {
	case func(self py.Object, args py.Tuple) (py.Object, error):
		return func(self py.Object, args py.Tuple) (py.Object, error) {
			return wrap(args, func() (py.Object, error) { return f(self, args) })
		}
	case func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error):
		return func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return wrap(args, func() (py.Object, error) { return f(self, args, kw) })
		}
	case func(self, arg py.Object) (py.Object, error):
		return func(self, arg py.Object) (py.Object, error) {
			return wrap(py.Tuple{arg}, func() (py.Object, error) { return f(self, arg) })
		}
	}
	return fn
}

// pathsToBytes encodes the str of a path result (a str, or a tuple or list
// of them) as bytes.
func pathsToBytes(r py.Object) py.Object {
	switch x := r.(type) {
	case py.String:
		return newBytes([]byte(string(x)))
	case py.Tuple:
		out := make(py.Tuple, len(x))
		for i, e := range x {
			out[i] = pathsToBytes(e)
		}
		return out
	case *py.List:
		out := py.NewListSized(len(x.Items))
		for i, e := range x.Items {
			out.Items[i] = pathsToBytes(e)
		}
		return out
	}
	return r
}
